package dev.kith.application.export.port;

import static dev.kith.application.account.port.AccountFixtures.T0;
import static dev.kith.application.account.port.AccountFixtures.micros;
import static dev.kith.application.account.port.AccountFixtures.uuid;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kith.application.testing.SocialPortsContract;
import dev.kith.domain.account.Account;
import dev.kith.domain.account.AccountId;
import dev.kith.domain.export.Export;
import dev.kith.domain.export.ExportErrors;
import dev.kith.domain.export.ExportId;
import dev.kith.domain.export.ExportStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What every {@link ExportRepository} does: stores exports as given, finds an account's latest, allows one
 * in progress per account, stores their new states, and deletes the expired ready ones in batches.
 */
public abstract class ExportRepositoryContract extends SocialPortsContract {

    /** The export ports under test, on the same store or database as {@link #ports()}. */
    protected abstract ExportPorts exportPorts();

    protected ExportRepository exports() {
        return exportPorts().exports();
    }

    private Export stored(AccountId account, Instant at) {
        Export export = Export.create(new ExportId(uuid()), account, "exports/" + uuid() + "/kith-archive.zip", micros(at));
        transactor().run(() -> exports().add(export));
        return export;
    }

    private Export update(Export export) {
        transactor().run(() -> exports().update(export));
        return export;
    }

    @Test
    void an_export_is_found_as_stored_through_each_state() {
        Account owner = stored();
        Export export = stored(owner.id(), T0);

        assertThat(exports().find(export.id())).contains(export);
        assertThat(exports().find(new ExportId(uuid()))).isEmpty();
        Export running = update(export.started());
        assertThat(exports().find(export.id())).contains(running);
        Export ready = update(running.ready(micros(T0.plusSeconds(30))));
        assertThat(exports().find(export.id())).contains(ready);
        assertThat(ready.status()).isEqualTo(ExportStatus.READY);
    }

    @Test
    void the_latest_is_the_most_recently_asked_for_of_that_account() {
        Account owner = stored();
        Account other = stored();
        Export first = stored(owner.id(), T0);
        update(first.started().ready(micros(T0.plusSeconds(5))));
        Export second = stored(owner.id(), T0.plus(Duration.ofDays(1)));
        stored(other.id(), T0.plus(Duration.ofDays(2)));

        assertThat(exports().latest(owner.id())).contains(second);
        assertThat(exports().latest(stored().id())).isEmpty();
    }

    @Test
    void an_account_has_at_most_one_export_in_progress() {
        Account owner = stored();
        Export first = stored(owner.id(), T0);

        assertThatThrownBy(() -> stored(owner.id(), T0.plusSeconds(1))).isInstanceOf(ExportErrors.ExportInProgress.class);
        update(first.started());
        assertThatThrownBy(() -> stored(owner.id(), T0.plusSeconds(1))).isInstanceOf(ExportErrors.ExportInProgress.class);
        update(first.started().ready(micros(T0.plusSeconds(2))));
        assertThat(stored(owner.id(), T0.plusSeconds(3)).status()).isEqualTo(ExportStatus.PENDING);
    }

    @Test
    void expired_ready_exports_are_deleted_in_batches_and_the_others_kept() {
        Account owner = stored();
        Export old = update(stored(owner.id(), T0).started().ready(micros(T0)));
        Account other = stored();
        Export older = update(stored(other.id(), T0).started().ready(micros(T0)));
        Account third = stored();
        Export pending = stored(third.id(), T0);
        Instant expiry = old.expiresAt().orElseThrow();

        assertThat(transactor().inTransaction(() -> exports().deleteExpired(expiry.minusSeconds(1), 10))).isEmpty();
        List<Export> first = transactor().inTransaction(() -> exports().deleteExpired(expiry, 1));
        List<Export> second = transactor().inTransaction(() -> exports().deleteExpired(expiry, 10));

        assertThat(first).hasSize(1);
        assertThat(second).hasSize(1);
        assertThat(List.of(first.get(0), second.get(0))).containsExactlyInAnyOrder(old, older);
        assertThat(exports().find(old.id())).isEmpty();
        assertThat(exports().find(pending.id())).contains(pending);
    }

    @Test
    void all_of_an_accounts_exports_are_deleted_whatever_their_state_and_only_its() {
        Account owner = stored();
        Account other = stored();
        Export ready = update(stored(owner.id(), T0).started().ready(micros(T0)));
        Export pending = stored(owner.id(), T0.plusSeconds(90_000));
        Export others = stored(other.id(), T0);

        List<Export> deleted = transactor().inTransaction(() -> exports().deleteAllOf(owner.id()));

        assertThat(deleted).containsExactlyInAnyOrder(ready, pending);
        assertThat(exports().find(ready.id())).isEmpty();
        assertThat(exports().find(pending.id())).isEmpty();
        assertThat(exports().find(others.id())).contains(others);
        assertThat(transactor().inTransaction(() -> exports().deleteAllOf(owner.id()))).isEmpty();
    }
}

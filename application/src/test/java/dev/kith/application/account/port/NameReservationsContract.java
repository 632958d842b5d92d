package dev.kith.application.account.port;

import static dev.kith.application.account.port.AccountFixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kith.application.shared.port.Transactor;
import dev.kith.domain.account.EmailAddress;
import dev.kith.domain.account.Username;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * What every {@link NameReservations} does: a reserved username and email address are held, ignoring case,
 * until the end given (exclusive); the purge forgets exactly those whose time is up; reserving again extends.
 */
public abstract class NameReservationsContract {

    protected abstract NameReservations reservations();

    protected abstract Transactor transactor();

    private static final Instant UNTIL = T0.plus(Duration.ofDays(30));

    private static String unique() {
        return "n" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void a_reserved_name_and_email_are_held_ignoring_case_until_the_end() {
        String name = unique();
        Username username = new Username(name);
        EmailAddress email = new EmailAddress(name + "@example.com");
        transactor().run(() -> reservations().reserve(username, email, UNTIL));

        assertThat(reservations().holdsUsername(new Username(name.toUpperCase()), T0)).isTrue();
        assertThat(reservations().holdsEmail(new EmailAddress(name.toUpperCase() + "@Example.com"), UNTIL.minusMillis(1))).isTrue();
        assertThat(reservations().holdsUsername(username, UNTIL)).isFalse();
        assertThat(reservations().holdsEmail(email, UNTIL)).isFalse();
        assertThat(reservations().holdsUsername(new Username(unique()), T0)).isFalse();
        assertThat(reservations().holdsEmail(new EmailAddress(unique() + "@example.com"), T0)).isFalse();
    }

    @Test
    void the_purge_forgets_only_the_reservations_whose_time_is_up() {
        String early = unique();
        String late = unique();
        transactor().run(() -> {
            reservations().reserve(new Username(early), new EmailAddress(early + "@example.com"), UNTIL);
            reservations().reserve(new Username(late), new EmailAddress(late + "@example.com"), UNTIL.plusSeconds(1));
        });

        int purged = transactor().inTransaction(() -> reservations().purgeExpired(UNTIL));

        assertThat(purged).isGreaterThanOrEqualTo(2);
        assertThat(reservations().holdsUsername(new Username(late), UNTIL)).isTrue();
        assertThat(reservations().holdsEmail(new EmailAddress(late + "@example.com"), UNTIL)).isTrue();
        assertThat(transactor().inTransaction(() -> reservations().purgeExpired(UNTIL))).isZero();
        assertThat(reservations().holdsUsername(new Username(early), T0)).as("gone").isFalse();
    }

    @Test
    void reserving_again_extends_and_never_shortens() {
        String name = unique();
        Username username = new Username(name);
        EmailAddress email = new EmailAddress(name + "@example.com");
        transactor().run(() -> reservations().reserve(username, email, UNTIL));
        transactor().run(() -> reservations().reserve(username, email, UNTIL.plusSeconds(60)));
        transactor().run(() -> reservations().reserve(username, email, T0));

        assertThat(reservations().holdsUsername(username, UNTIL.plusSeconds(59))).isTrue();
        assertThat(reservations().holdsEmail(email, UNTIL.plusSeconds(59))).isTrue();
    }
}

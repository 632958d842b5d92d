package dev.kith.application.profile.port;

import dev.kith.application.graph.Scopes;
import dev.kith.application.testing.SocialPortsContract;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static dev.kith.application.account.port.AccountFixtures.T0;
import static dev.kith.application.account.port.AccountFixtures.account;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kith.application.account.port.AccountFixtures;
import dev.kith.application.account.port.AccountSummary;
import dev.kith.application.shared.Keyed;
import dev.kith.domain.account.Account;
import dev.kith.domain.account.EmailAddress;
import dev.kith.domain.account.Profile;
import dev.kith.domain.account.Username;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * What every {@link ProfileQueries} does: profiles by username in any case, and a search by username or
 * display-name prefix ignoring case, ordered by lower-cased username, keyset-paginated ({@code after}
 * exclusive), with {@code %} and {@code _} taken literally and blocked accounts left out. Each test's
 * accounts share a prefix of their own, so tests don't see each other's accounts.
 */
public abstract class ProfileQueriesContract extends SocialPortsContract {

    @Test
    void finds_a_profile_by_username_in_any_case() {
        Account account = stored("Pat_" + tag(), Optional.of("Pat Q."), Optional.of("hello"), true);

        Optional<ProfileView> found = profiles().byUsername(new Username(account.username().value().toUpperCase(Locale.ROOT)));

        assertThat(found).contains(new ProfileView(account.id(), account.username().value(), Optional.of("Pat Q."),
                Optional.of("hello"), Optional.empty(), true, 0, 0, 0));
    }

    @Test
    void finds_no_profile_for_an_unknown_username() {
        assertThat(profiles().byUsername(new Username("nobody_" + tag()))).isEmpty();
    }

    @Test
    void searches_username_prefixes_ignoring_case_ordered_by_lower_cased_username() {
        String tag = tag();
        Account bob = stored(tag.toUpperCase(Locale.ROOT) + "_Bob", Optional.empty());
        Account alice = stored(tag + "_alice", Optional.of("Zed"));
        Account carol = stored(tag + "_Carol", Optional.empty());
        stored("x" + tag + "_infix", Optional.empty());
        Account viewer = stored("viewer_" + tag(), Optional.empty());

        List<Keyed<String, AccountSummary>> found = profiles().search(tag, Scopes.of(viewer.id()), Optional.empty(), 10);

        assertThat(found).extracting(Keyed::key).containsExactly(tag + "_alice", tag + "_bob", tag + "_carol");
        assertThat(found.get(0).value()).isEqualTo(new AccountSummary(alice.id(), alice.username().value(), Optional.of("Zed"), Optional.empty()));
        assertThat(found).extracting(row -> row.value().id()).containsExactly(alice.id(), bob.id(), carol.id());
    }

    @Test
    void searches_display_name_prefixes_ignoring_case_in_any_script() {
        String tag = tag();
        Account elodie = stored("z" + tag + "_e", Optional.of(tag.toUpperCase(Locale.ROOT) + " Élodie"));
        Account user = stored("a" + tag + "_u", Optional.of(tag + " Ünï"));
        stored("m" + tag + "_other", Optional.of("Someone " + tag));
        Account viewer = stored("viewer_" + tag(), Optional.empty());

        assertThat(profiles().search(tag + " é", Scopes.of(viewer.id()), Optional.empty(), 10))
                .extracting(row -> row.value().id()).containsExactly(elodie.id());
        assertThat(profiles().search(tag, Scopes.of(viewer.id()), Optional.empty(), 10))
                .extracting(row -> row.value().id()).containsExactly(user.id(), elodie.id());
    }

    @Test
    void matches_an_account_once_when_both_its_names_match() {
        String tag = tag();
        Account both = stored(tag + "_both", Optional.of(tag + " both"));

        assertThat(profiles().search(tag, Scopes.of(both.id()), Optional.empty(), 10))
                .extracting(row -> row.value().id()).containsExactly(both.id());
    }

    @Test
    void takes_percent_and_underscore_literally() {
        String tag = tag();
        Account underscore = stored(tag + "_x", Optional.empty());
        stored(tag + "ax", Optional.empty());
        Account percent = stored("p" + tag, Optional.of(tag + "%off"));
        stored("q" + tag, Optional.of(tag + "woff"));
        Account viewer = stored("viewer_" + tag(), Optional.empty());

        assertThat(profiles().search(tag + "_", Scopes.of(viewer.id()), Optional.empty(), 10))
                .extracting(row -> row.value().id()).containsExactly(underscore.id());
        assertThat(profiles().search(tag + "%", Scopes.of(viewer.id()), Optional.empty(), 10))
                .extracting(row -> row.value().id()).containsExactly(percent.id());
        assertThat(profiles().search(tag + "\\", Scopes.of(viewer.id()), Optional.empty(), 10)).isEmpty();
    }

    @Test
    void pages_after_an_exclusive_lower_cased_username() {
        String tag = tag();
        for (String suffix : List.of("a", "B", "c", "D", "e")) {
            stored(tag + "_" + suffix, Optional.empty());
        }
        Account viewer = stored("viewer_" + tag(), Optional.empty());

        List<Keyed<String, AccountSummary>> first = profiles().search(tag, Scopes.of(viewer.id()), Optional.empty(), 2);
        List<Keyed<String, AccountSummary>> second = profiles().search(tag, Scopes.of(viewer.id()), Optional.of(first.get(1).key()), 2);
        List<Keyed<String, AccountSummary>> last = profiles().search(tag, Scopes.of(viewer.id()), Optional.of(second.get(1).key()), 2);
        List<Keyed<String, AccountSummary>> beyond = profiles().search(tag, Scopes.of(viewer.id()), Optional.of(tag + "_e"), 2);

        assertThat(first).extracting(Keyed::key).containsExactly(tag + "_a", tag + "_b");
        assertThat(second).extracting(Keyed::key).containsExactly(tag + "_c", tag + "_d");
        assertThat(last).extracting(Keyed::key).containsExactly(tag + "_e");
        assertThat(beyond).isEmpty();
    }

    @Test
    void pages_across_accounts_found_by_display_name() {
        String tag = tag();
        Account a = stored("a" + tag, Optional.empty());
        Account b = stored("b" + tag, Optional.of(tag));
        Account c = stored(tag + "_c", Optional.empty());
        Account d = stored("d" + tag, Optional.of(tag + " d"));

        List<Keyed<String, AccountSummary>> first = profiles().search(tag, Scopes.of(a.id()), Optional.empty(), 2);
        List<Keyed<String, AccountSummary>> second = profiles().search(tag, Scopes.of(a.id()), Optional.of(first.get(1).key()), 2);

        assertThat(first).extracting(row -> row.value().id()).containsExactly(b.id(), d.id());
        assertThat(second).extracting(row -> row.value().id()).containsExactly(c.id());
    }

    @Test
    void leaves_out_accounts_blocked_either_way() {
        String tag = tag();
        Account viewer = stored(tag + "_viewer", Optional.empty());
        Account blocked = stored(tag + "_blocked", Optional.empty());
        Account blocking = stored(tag + "_blocking", Optional.empty());
        Account visible = stored(tag + "_visible", Optional.empty());
        transactor().run(() -> {
            blocks().add(viewer.id(), blocked.id(), T0);
            blocks().add(blocking.id(), viewer.id(), T0);
        });

        assertThat(profiles().search(tag, Scopes.of(viewer.id()), Optional.empty(), 10))
                .extracting(row -> row.value().id()).containsExactly(viewer.id(), visible.id());
        assertThat(profiles().search(tag, Scopes.of(visible.id()), Optional.empty(), 10)).hasSize(4);
    }

    @Test
    void finds_nothing_for_a_prefix_nobody_has() {
        Account viewer = stored("viewer_" + tag(), Optional.empty());

        assertThat(profiles().search(tag(), Scopes.of(viewer.id()), Optional.empty(), 10)).isEmpty();
    }

    /** A lower-case prefix no other test uses, 8 to 9 characters. */
    private static String tag() {
        return "t" + Long.toString(AccountFixtures.uuid().getLeastSignificantBits() & 0xFF_FFFF_FFFFL, 36);
    }

    private Account stored(String username, Optional<String> displayName) {
        return stored(username, displayName, Optional.empty(), false);
    }

    private Account stored(String username, Optional<String> displayName, Optional<String> bio, boolean isPrivate) {
        Account account = Account.create(account().id(), new Username(username),
                new EmailAddress(username.toLowerCase(Locale.ROOT) + "@example.com"), account().passwordHash(), T0)
                .withProfile(new Profile(displayName, bio, Optional.empty(), isPrivate));
        transactor().run(() -> accounts().add(account));
        return account;
    }

    @Test
    void no_search_is_run_without_the_viewer_scope_the_policy_makes() {
        assertThatNullPointerException().isThrownBy(() -> profiles().search("ali", null, Optional.empty(), 10));
    }
}

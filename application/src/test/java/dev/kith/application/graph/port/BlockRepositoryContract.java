package dev.kith.application.graph.port;

import static dev.kith.application.account.port.AccountFixtures.T0;
import static dev.kith.application.account.port.AccountFixtures.account;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kith.application.testing.SocialPortsContract;
import dev.kith.domain.account.Account;
import dev.kith.domain.graph.Relationship;
import org.junit.jupiter.api.Test;

/** What every {@link BlockRepository} does, observed through {@link GraphQueries#audience}; extend it for each adapter. */
public abstract class BlockRepositoryContract extends SocialPortsContract {

    @Test
    void a_block_is_seen_from_both_sides() {
        Account alice = stored();
        Account bob = stored();

        boolean added = transactor().inTransaction(() -> blocks().add(alice.id(), bob.id(), T0));

        assertThat(added).isTrue();
        assertThat(relationship(alice, bob).blocking()).isTrue();
        assertThat(relationship(alice, bob).blockedBy()).isFalse();
        assertThat(relationship(bob, alice).blockedBy()).isTrue();
        assertThat(relationship(bob, alice).blocking()).isFalse();
    }

    @Test
    void blocking_twice_does_nothing() {
        Account alice = stored();
        Account bob = stored();
        transactor().run(() -> blocks().add(alice.id(), bob.id(), T0));

        boolean again = transactor().inTransaction(() -> blocks().add(alice.id(), bob.id(), T0.plusSeconds(1)));

        assertThat(again).isFalse();
        assertThat(relationship(alice, bob).blocking()).isTrue();
    }

    @Test
    void lifting_a_block_clears_it_and_lifting_again_does_nothing() {
        Account alice = stored();
        Account bob = stored();
        transactor().run(() -> blocks().add(alice.id(), bob.id(), T0));

        assertThat(transactor().inTransaction(() -> blocks().remove(alice.id(), bob.id()))).isTrue();
        assertThat(transactor().inTransaction(() -> blocks().remove(alice.id(), bob.id()))).isFalse();

        assertThat(relationship(alice, bob)).isEqualTo(Relationship.NONE);
        assertThat(relationship(bob, alice)).isEqualTo(Relationship.NONE);
    }

    @Test
    void blocks_in_both_directions_are_independent() {
        Account alice = stored();
        Account bob = stored();
        transactor().run(() -> {
            blocks().add(alice.id(), bob.id(), T0);
            blocks().add(bob.id(), alice.id(), T0);
        });

        transactor().run(() -> blocks().remove(alice.id(), bob.id()));

        assertThat(relationship(alice, bob).blocking()).isFalse();
        assertThat(relationship(alice, bob).blockedBy()).isTrue();
    }

    @Test
    void lifting_a_block_that_was_never_made_does_nothing() {
        Account alice = stored();
        Account bob = stored();

        assertThat(transactor().inTransaction(() -> blocks().remove(alice.id(), bob.id()))).isFalse();
    }

    private Relationship relationship(Account viewer, Account owner) {
        return graph().audience(viewer.id(), owner.id()).orElseThrow().relationship();
    }
}

package dev.kith.domain.graph;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RelationshipTest {

    @Test
    void strangers_have_no_follows_and_no_blocks() {
        assertThat(Relationship.NONE.following()).isFalse();
        assertThat(Relationship.NONE.followedBy()).isFalse();
        assertThat(Relationship.NONE.requested()).isFalse();
        assertThat(Relationship.NONE.blockedEitherWay()).isFalse();
    }

    @Test
    void a_block_in_either_direction_stands_between_the_two() {
        assertThat(new Relationship(false, false, false, true, false).blockedEitherWay()).isTrue();
        assertThat(new Relationship(false, false, false, false, true).blockedEitherWay()).isTrue();
        assertThat(new Relationship(true, true, false, false, false).blockedEitherWay()).isFalse();
    }
}

package dev.kith.domain.graph;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FollowStateTest {

    @Test
    void following_a_private_account_asks_first_and_a_public_one_follows_at_once() {
        assertThat(FollowState.whenFollowing(true)).isEqualTo(FollowState.REQUESTED);
        assertThat(FollowState.whenFollowing(false)).isEqualTo(FollowState.FOLLOWING);
    }
}

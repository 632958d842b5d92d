package dev.kith.adapter.postgres.seed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class SeedPlanTest {

    private static final Instant ANCHOR = Instant.parse("2025-06-01T00:00:00.123456Z");

    @Test
    void defaults_are_the_benchmark_data_set() {
        SeedPlan plan = SeedPlan.defaults(ANCHOR);

        assertThat(plan.seed()).isEqualTo(42);
        assertThat(plan.accounts()).isEqualTo(10_000);
        assertThat(plan.follows()).isEqualTo(1_000_000);
        assertThat(plan.posts()).isEqualTo(200_000);
        assertThat(plan.likes()).isEqualTo(1_000_000);
        assertThat(plan.comments()).isEqualTo(100_000);
        assertThat(plan.anchor()).isEqualTo(Instant.parse("2025-06-01T00:00:00.123Z"));
    }

    @Test
    void usernames_have_five_digits_or_as_many_as_the_accounts_need() {
        assertThat(SeedPlan.defaults(ANCHOR).username(1)).isEqualTo("user00001");
        assertThat(SeedPlan.defaults(ANCHOR).username(9_999)).isEqualTo("user09999");
        assertThat(SeedPlan.defaults(ANCHOR).withSizes(250_000, 10, 0, 0, 0).username(42)).isEqualTo("user000042");
        assertThatThrownBy(() -> SeedPlan.defaults(ANCHOR).username(10_000)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refuses_sizes_that_cannot_be_met() {
        SeedPlan plan = SeedPlan.defaults(ANCHOR);

        assertThatThrownBy(() -> plan.withSizes(1, 0, 0, 0, 0)).hasMessageContaining("accounts");
        assertThatThrownBy(() -> plan.withSizes(10, 10, 0, 0, 0)).hasMessageContaining("followsPerAccount");
        assertThatThrownBy(() -> plan.withSizes(10, 1, 0, 1, 0)).hasMessageContaining("need posts");
        assertThatThrownBy(() -> plan.withSizes(10, 1, 2, 10, 0)).hasMessageContaining("likes must be at most");
        assertThatThrownBy(() -> plan.withSizes(10, 1, -1, 0, 0)).hasMessageContaining("negative");
    }
}

package dev.kith.application.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import dev.kith.domain.account.AccountId;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ViewerScopeTest {

    private static final AccountId VIEWER = new AccountId(UUID.fromString("00000000-0000-7000-8000-000000000001"));

    @Test
    void an_adapter_that_does_not_apply_a_rule_of_the_scope_refuses_it() {
        ViewerScope scope = Scopes.of(VIEWER);

        assertThat(scope.requireOnly(EnumSet.allOf(ViewerScope.Rule.class))).isSameAs(scope);
        assertThatIllegalStateException().isThrownBy(() -> scope.requireOnly(Set.of(ViewerScope.Rule.NOT_BLOCKED_EITHER_WAY)))
                .withMessageContaining("OUTSIDE_GROUPS");
        assertThat(Scopes.with(VIEWER, Set.of()).requireOnly(Set.of()).viewer()).isEqualTo(VIEWER);
    }
}

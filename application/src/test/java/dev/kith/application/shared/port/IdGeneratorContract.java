package dev.kith.application.shared.port;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What every {@link IdGenerator} does; extend it for each adapter. */
public abstract class IdGeneratorContract {

    protected abstract IdGenerator ids();

    @Test
    void makes_unique_ids_that_sort_in_the_order_they_were_made() {
        List<String> made = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            made.add(ids().next().toString());
        }

        assertThat(made).doesNotHaveDuplicates().isSorted();
    }

    @Test
    void makes_version_7_uuids() {
        UUID id = ids().next();

        assertThat(id.version()).isEqualTo(7);
        assertThat(id.variant()).isEqualTo(2);
    }
}

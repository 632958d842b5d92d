package dev.kith.adapter.postgres.group;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kith.adapter.postgres.PostgresTestDatabase;
import dev.kith.adapter.postgres.internal.Rows;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The group search is one ordered range of {@code groups_search}: prefix and keyset in the index condition. */
class GroupSearchPlanTest {

    @RegisterExtension
    static final PostgresTestDatabase DB = new PostgresTestDatabase(2);

    @Test
    void the_search_reads_a_range_of_its_index_in_order() {
        List<String> plan = DB.jdbi().withHandle(handle -> {
            handle.execute("SET enable_seqscan = off");
            handle.execute("SET enable_sort = off");
            return handle.createQuery("EXPLAIN " + PostgresGroupQueries.SEARCH)
                    .bind("pattern", Rows.startsWith("kni"))
                    .bind("afterName", "knitting")
                    .bind("afterId", UUID.randomUUID())
                    .bind("viewer", UUID.randomUUID())
                    .bind("limit", 20)
                    .mapTo(String.class)
                    .list();
        });
        String text = String.join("\n", plan);

        assertThat(text).contains("groups_search").contains("Index Cond").doesNotContain("Sort");
        assertThat(text).as(text).containsPattern("Index Cond: .*~>=~.*~<~|Index Cond: .*>=.*<");
    }
}

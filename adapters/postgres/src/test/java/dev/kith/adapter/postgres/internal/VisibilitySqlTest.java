package dev.kith.adapter.postgres.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Each visibility rule's SQL is written once, in {@link VisibilitySql}, and nowhere else. */
class VisibilitySqlTest {

    /** How the rules read when spelled out; none of these may appear outside VisibilitySql. */
    private static final Pattern SPELLED_OUT = Pattern.compile(
            "'following'|'requested'|group_id IS NULL|blocker_id = :viewer|blocked_id = :viewer", Pattern.CASE_INSENSITIVE);

    @Test
    void no_statement_spells_out_a_rule_of_its_own() throws IOException {
        Path module = Path.of(System.getProperty("user.dir"));
        List<String> offenders = new ArrayList<>();
        for (Path sources : List.of(module.resolve("src/main/java"), module.resolveSibling("postgres-seed").resolve("src/main/java"))) {
            assertThat(sources).isDirectory();
            try (Stream<Path> files = Files.walk(sources)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                    if (file.getFileName().toString().equals("VisibilitySql.java")) {
                        continue;
                    }
                    List<String> lines = Files.readAllLines(file);
                    for (int i = 0; i < lines.size(); i++) {
                        if (SPELLED_OUT.matcher(lines.get(i)).find()) {
                            offenders.add(module.relativize(file) + ":" + (i + 1) + ": " + lines.get(i).strip());
                        }
                    }
                }
            }
        }

        assertThat(offenders).isEmpty();
    }

    @Test
    void the_fragments_read_as_the_rules() {
        assertThat(VisibilitySql.accepted("f")).isEqualTo("f.state = 'following'");
        assertThat(VisibilitySql.accepted(null)).isEqualTo("state = 'following'");
        assertThat(VisibilitySql.outsideGroups("p")).isEqualTo("p.group_id IS NULL");
        assertThat(VisibilitySql.notBlockedEitherWay("a.id")).isEqualTo(
                "NOT EXISTS (SELECT 1 FROM blocks b WHERE b.blocker_id = a.id AND b.blocked_id = :viewer) "
                        + "AND NOT EXISTS (SELECT 1 FROM blocks b WHERE b.blocker_id = :viewer AND b.blocked_id = a.id)");
        assertThat(VisibilitySql.BLOCKED_EITHER_WAY).contains("b.blocker_id = :viewer").contains("b.blocked_id = :viewer");
    }
}

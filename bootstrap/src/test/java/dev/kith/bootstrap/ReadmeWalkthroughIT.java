package dev.kith.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's curl walk-through, run as a script exactly as written against the packaged jar started
 * the README's way (in a directory, with its default ./data), on a fresh data directory and again on the
 * same one after a restart.
 */
class ReadmeWalkthroughIT {

    private static final Path README = Path.of(System.getProperty("user.dir")).resolveSibling("README.md");

    @TempDir
    Path workingDirectory;

    @Test
    void the_walkthrough_runs_as_written_on_a_fresh_and_on_a_reused_data_directory() throws Exception {
        String script = walkthrough();
        assertThat(script).contains("curl").contains("data/outbox");

        String first = runAgainstAFreshServer(script, "first");
        assertThat(first)
                .contains("\"username\":\"alice\"")
                .contains("\"emailVerified\":true")
                .contains("\"displayName\":\"Alice\"")
                .contains("\"text\":\"hello, @bob\"")
                .contains("\"code\":\"invalid_token\"")
                .doesNotContain("\"status\":500");

        String again = runAgainstAFreshServer(script, "again");
        assertThat(again)
                .contains("\"code\":\"username_taken\"")
                .contains("\"emailVerified\":true")
                .contains("\"displayName\":\"Alice\"")
                .doesNotContain("\"status\":500");
        // both runs' posts are on alice's timeline
        assertThat(Pattern.compile("\"text\":\"hello, @bob\"").matcher(again).results().count()).isGreaterThanOrEqualTo(3);
    }

    private String runAgainstAFreshServer(String script, String name) throws Exception {
        Path log = workingDirectory.resolve(name + "-server.log");
        try (KithProcess kith = KithProcess.launch(Map.of("RATE_LIMITS", "off"), log, List.of(), workingDirectory)) {
            kith.awaitReady();
            Path printed = workingDirectory.resolve(name + "-walkthrough.out");
            ProcessBuilder builder = new ProcessBuilder("bash", "-c", script)
                    .directory(workingDirectory.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(printed.toFile());
            builder.environment().put("BASE", kith.base());
            Process bash = builder.start();
            if (!bash.waitFor(90, TimeUnit.SECONDS)) {
                bash.destroyForcibly();
                throw new AssertionError("the walk-through hung after printing:\n" + Files.readString(printed)
                        + "\nthe server said:\n" + kith.output());
            }
            String output = Files.readString(printed, StandardCharsets.UTF_8);
            assertThat(bash.exitValue()).as("the script's exit status; it printed:%n%s", output).isZero();
            return output;
        }
    }

    /** Every {@code sh} block of the README's walk-through section, in order, as one script. */
    private static String walkthrough() throws IOException {
        String readme = Files.readString(README, StandardCharsets.UTF_8);
        int start = readme.indexOf("## A walk through the API with curl");
        int end = readme.indexOf("\n## ", start + 1);
        assertThat(start).as("the README has the walk-through").isNotNegative();
        Matcher blocks = Pattern.compile("```sh\\n(.*?)```", Pattern.DOTALL).matcher(readme.substring(start, end));
        StringBuilder script = new StringBuilder("set -u\n");
        while (blocks.find()) {
            script.append(blocks.group(1)).append('\n');
        }
        return script.toString();
    }
}

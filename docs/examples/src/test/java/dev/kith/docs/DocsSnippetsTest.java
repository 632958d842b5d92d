package dev.kith.docs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kith.docs.SourceTree.Snippet;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

/**
 * Keeps the docs and this module in step: every Java snippet in README.md and docs/*.md is a file of this
 * module, word for word, and every pom snippet is part of this module's pom.xml; the build compiles these
 * files and the tests run them, so what the docs show compiles and works.
 */
class DocsSnippetsTest {

    /** Where this module's own tests live; every other source file here is shown in the docs. */
    private static final String OWN_TESTS = "dev/kith/docs/";

    private static final Pattern PACKAGE = Pattern.compile("^package ([\\w.]+);", Pattern.MULTILINE);
    private static final Pattern TYPE = Pattern.compile(
            "^(?:public\\s+)?(?:(?:abstract|final|sealed)\\s+)*(?:class|interface|record|enum)\\s+(\\w+)",
            Pattern.MULTILINE);

    @Test
    void every_java_snippet_in_the_docs_is_a_file_of_the_examples_word_for_word() {
        List<Snippet> snippets = SourceTree.snippets("java");
        assertThat(snippets).as("Java snippets in the docs").isNotEmpty();

        SoftAssertions softly = new SoftAssertions();
        for (Snippet snippet : snippets) {
            Matcher packageName = PACKAGE.matcher(snippet.text());
            Matcher type = TYPE.matcher(snippet.text());
            if (!packageName.find() || !type.find()) {
                softly.fail("%s is not a complete Java file: it needs a package and a top-level type", snippet.where());
                continue;
            }
            String file = packageName.group(1).replace('.', '/') + "/" + type.group(1) + ".java";
            List<Path> candidates = Stream.of("src/main/java/", "src/test/java/")
                    .map(root -> SourceTree.MODULE.resolve(root + file))
                    .filter(Files::isRegularFile)
                    .toList();
            if (candidates.size() != 1) {
                softly.fail("%s shows %s, which should be one file under docs/examples/src/{main,test}/java, found %s",
                        snippet.where(), file, candidates);
                continue;
            }
            softly.assertThat(snippet.text())
                    .as("%s against %s", snippet.where(), SourceTree.ROOT.relativize(candidates.get(0)))
                    .isEqualTo(SourceTree.read(candidates.get(0)).strip());
        }
        softly.assertAll();
    }

    @Test
    void every_pom_snippet_in_the_docs_is_part_of_the_examples_pom() {
        List<Snippet> snippets = SourceTree.snippets("xml");
        assertThat(snippets).as("pom snippets in the docs").isNotEmpty();
        String pom = withoutLayout(SourceTree.read(SourceTree.MODULE.resolve("pom.xml")));

        SoftAssertions softly = new SoftAssertions();
        for (Snippet snippet : snippets) {
            softly.assertThat(pom)
                    .as("docs/examples/pom.xml should contain, in this order, what %s shows", snippet.where())
                    .contains(withoutLayout(snippet.text()));
        }
        softly.assertAll();
    }

    @Test
    void every_example_file_is_shown_in_the_docs() {
        List<String> shown = SourceTree.snippets("java").stream().map(Snippet::text).toList();
        List<Path> files = new ArrayList<>();
        for (String root : List.of("src/main/java", "src/test/java")) {
            Path sources = SourceTree.MODULE.resolve(root);
            if (Files.isDirectory(sources)) {
                try (Stream<Path> walk = Files.walk(sources)) {
                    walk.filter(path -> path.toString().endsWith(".java"))
                            .filter(path -> !sources.relativize(path).toString().replace('\\', '/')
                                    .startsWith(OWN_TESTS))
                            .forEach(files::add);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        assertThat(files).as("example files").isNotEmpty();

        List<String> notShown = files.stream()
                .filter(file -> !shown.contains(SourceTree.read(file).strip()))
                .map(file -> SourceTree.ROOT.relativize(file).toString())
                .toList();
        assertThat(notShown)
                .as("example files that no Java snippet in README.md or docs/*.md shows as they are")
                .isEmpty();
    }

    /** The text with whitespace runs made single and none between tags: indentation may differ. */
    private static String withoutLayout(String xml) {
        return xml.replaceAll("\\s+", " ").replace("> <", "><").strip();
    }
}

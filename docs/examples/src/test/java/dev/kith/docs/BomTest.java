package dev.kith.docs;

import static dev.kith.docs.SourceTree.children;
import static dev.kith.docs.SourceTree.text;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

/**
 * kith-bom stays complete and in step: it has no parent, so neither its version nor its list of
 * artifacts follows the build by itself.
 */
class BomTest {

    private static final Path BOM = SourceTree.ROOT.resolve("bootstrap/bom/pom.xml");
    /** Modules of the build that are not artifacts for users. */
    private static final Set<String> NOT_MANAGED = Set.of("bootstrap/bom", "docs/examples");

    private final Element root = SourceTree.pom(SourceTree.ROOT.resolve("pom.xml"));
    private final Element bom = SourceTree.pom(BOM);

    @Test
    void the_bom_manages_every_module_of_the_build_and_nothing_else() {
        List<String> expected = new ArrayList<>();
        for (Element module : children(children(root, "modules").get(0), "module")) {
            String path = module.getTextContent().strip();
            if (!NOT_MANAGED.contains(path)) {
                Element pom = SourceTree.pom(SourceTree.ROOT.resolve(path).resolve("pom.xml"));
                String artifactId = text(pom, "artifactId");
                expected.add(artifactId);
                if (artifactId.equals("kith-application")) {
                    expected.add("kith-application:test-jar");   // the port contract suites
                }
            }
        }

        assertThat(managed()).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void the_bom_and_every_artifact_it_manages_have_the_version_of_the_build() {
        String version = text(root, "version");

        assertThat(text(bom, "groupId")).isEqualTo(text(root, "groupId"));
        assertThat(text(bom, "version")).as("the version in bootstrap/bom/pom.xml").isEqualTo(version);
        assertThat(children(bom, "parent")).as("a parent of the BOM").isEmpty();
        for (Element dependency : managedDependencies()) {
            assertThat(text(dependency, "groupId")).isEqualTo("dev.kith");
            assertThat(text(dependency, "version")).isEqualTo("${project.version}");
        }
    }

    @Test
    void the_examples_import_the_bom_of_this_build_and_name_no_kith_version_of_their_own() {
        Element examples = SourceTree.pom(SourceTree.MODULE.resolve("pom.xml"));

        assertThat(children(examples, "parent")).as("a parent of the examples").isEmpty();
        Element imported = children(children(examples, "dependencyManagement").get(0), "dependencies").get(0);
        assertThat(children(imported, "dependency")).singleElement().satisfies(bomImport -> {
            assertThat(text(bomImport, "artifactId")).isEqualTo("kith-bom");
            assertThat(text(bomImport, "version")).isEqualTo(text(root, "version"));
            assertThat(text(bomImport, "scope")).isEqualTo("import");
        });
        for (Element dependency : children(children(examples, "dependencies").get(0), "dependency")) {
            if (text(dependency, "groupId").equals("dev.kith")) {
                assertThat(text(dependency, "version")).as("version of %s", text(dependency, "artifactId")).isEmpty();
            }
        }
    }

    @Test
    void the_embedding_guide_names_every_artifact_of_the_bom_and_no_other() {
        Set<String> named = new TreeSet<>();
        String guide = SourceTree.read(SourceTree.DOCS.resolve("embedding.md"));
        Matcher matcher = Pattern.compile("`(kith-[a-z0-9-]+)`").matcher(guide);
        while (matcher.find()) {
            named.add(matcher.group(1));
        }
        Set<String> artifacts = new TreeSet<>();
        managedDependencies().forEach(dependency -> artifacts.add(text(dependency, "artifactId")));
        artifacts.add("kith-bom");

        assertThat(named).isEqualTo(artifacts);
    }

    private List<Element> managedDependencies() {
        return children(children(children(bom, "dependencyManagement").get(0), "dependencies").get(0), "dependency");
    }

    /** artifactId, and ":type" unless a jar. */
    private List<String> managed() {
        return managedDependencies().stream()
                .map(dependency -> text(dependency, "artifactId")
                        + (text(dependency, "type").isEmpty() ? "" : ":" + text(dependency, "type")))
                .toList();
    }
}

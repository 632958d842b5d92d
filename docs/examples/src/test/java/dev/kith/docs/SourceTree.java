package dev.kith.docs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/** The files of the Kith repository that this module's tests read: the docs, their code blocks, the poms. */
final class SourceTree {

    /** docs/examples: surefire runs the tests in the module's directory. */
    static final Path MODULE = Path.of("").toAbsolutePath();
    static final Path DOCS = MODULE.getParent();
    static final Path ROOT = DOCS.getParent();

    private static final Pattern FENCE = Pattern.compile("^( *)```(\\S*)\\s*$");

    private SourceTree() {
    }

    /** One fenced code block of a document, without the fences and blank edges. */
    record Snippet(Path document, int line, String text) {

        /** The document and the line of the opening fence. */
        String where() {
            return ROOT.relativize(document) + ":" + line;
        }
    }

    /** README.md and every docs/*.md. */
    static List<Path> documents() {
        List<Path> documents = new ArrayList<>();
        documents.add(ROOT.resolve("README.md"));
        try (Stream<Path> list = Files.list(DOCS)) {
            list.filter(path -> path.getFileName().toString().endsWith(".md")).sorted().forEach(documents::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return documents;
    }

    /** The blocks of {@link #documents()} fenced with {@code ```language}, less the fence's indentation. */
    static List<Snippet> snippets(String language) {
        List<Snippet> snippets = new ArrayList<>();
        for (Path document : documents()) {
            List<String> lines = read(document).lines().toList();
            for (int i = 0; i < lines.size(); i++) {
                Matcher open = FENCE.matcher(lines.get(i));
                if (!open.matches()) {
                    continue;
                }
                int fenceLine = i + 1;
                int indent = open.group(1).length();
                StringBuilder text = new StringBuilder();
                for (i++; i < lines.size() && !lines.get(i).strip().equals("```"); i++) {
                    String line = lines.get(i);
                    int cut = Math.min(indent, line.length() - line.stripLeading().length());
                    text.append(line.substring(cut)).append('\n');
                }
                if (open.group(2).equals(language)) {
                    snippets.add(new Snippet(document, fenceLine, text.toString().strip()));
                }
            }
        }
        return snippets;
    }

    /** A text file, with Unix line ends. */
    static String read(Path file) {
        try {
            return Files.readString(file).replace("\r\n", "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The root element of a pom. */
    static Element pom(Path file) {
        try {
            return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(file.toFile()).getDocumentElement();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ParserConfigurationException | SAXException e) {
            throw new IllegalStateException("cannot read " + file, e);
        }
    }

    /** The child elements of {@code parent} named {@code name}, in order. */
    static List<Element> children(Element parent, String name) {
        List<Element> children = new ArrayList<>();
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && element.getTagName().equals(name)) {
                children.add(element);
            }
        }
        return children;
    }

    /** The text of the first child element at {@code path} (names separated by {@code /}), or "" when there is none. */
    static String text(Element parent, String path) {
        Element element = parent;
        for (String name : path.split("/")) {
            List<Element> children = children(element, name);
            if (children.isEmpty()) {
                return "";
            }
            element = children.get(0);
        }
        return element.getTextContent().strip();
    }
}

package org.recflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The module boundaries of the house (docs/modules/): each top-level package under {@code org.recflow} is a
 * module, only its base package is API (nested packages such as {@code web} are internal unless exposed), and
 * no two modules depend on each other in a cycle. Also writes the module documentation (C4 component diagrams
 * in PlantUML and one canvas per module) into {@code docs/modules}, which is committed.
 *
 * <p>Spring Modulith's Documenter lists relations and events in an order that changes from run to run (it walks
 * hash sets), so the documentation is written to a scratch folder first, every run of list lines (PlantUML
 * {@code Component(}/{@code Rel(} lines, AsciiDoc bullet lists) is sorted, and a file in {@code docs/modules} is
 * rewritten only when its sorted content differs: running the test twice leaves {@code git status} clean.
 */
class ModularityTest {

    private static final Path DOCS = Path.of("docs/modules");

    /** Production classes only, whatever the build directory is called (-Dbuild.dir=target-x puts tests in target-x/test-classes). */
    private final ApplicationModules modules = ApplicationModules.of(RecflowApplication.class,
            location -> !location.contains("/test-classes/"));

    @Test
    void modulesRespectTheirBoundariesAndFormNoCycle() {
        modules.verify();
    }

    @Test
    void writesTheModuleDocumentation(@TempDir Path scratch) throws IOException {
        new Documenter(modules, Documenter.Options.defaults().withOutputFolder(scratch.toString()))
                .writeDocumentation(Documenter.DiagramOptions.defaults(), Documenter.CanvasOptions.defaults());
        Files.createDirectories(DOCS);
        Set<String> written = new TreeSet<>();
        try (Stream<Path> files = Files.list(scratch)) {
            for (Path file : files.sorted().toList()) {
                String name = file.getFileName().toString();
                written.add(name);
                String content = sortedLists(Files.readString(file, StandardCharsets.UTF_8));
                Path target = DOCS.resolve(name);
                if (!Files.exists(target) || !Files.readString(target, StandardCharsets.UTF_8).equals(content)) {
                    Files.writeString(target, content, StandardCharsets.UTF_8);
                }
            }
        }
        try (Stream<Path> files = Files.list(DOCS)) {
            for (Path stale : files.filter(f -> !written.contains(f.getFileName().toString())).toList()) {
                Files.delete(stale);
            }
        }
        assertThat(written).contains("components.puml", "all-docs.adoc");
    }

    @Test
    void sortsEveryRunOfListLinesAndKeepsTheRestInPlace() {
        String puml = "title X\nComponent(b)\nComponent(a)\n}\n\nRel(c, a)\nRel(a, b)\nRel(a, b)\nSHOW_LEGEND(true)\n";
        assertThat(sortedLists(puml))
                .isEqualTo("title X\nComponent(a)\nComponent(b)\n}\n\nRel(a, b)\nRel(a, b)\nRel(c, a)\nSHOW_LEGEND(true)\n");
        String adoc = "|Events listened to\n|* `B` \n* `C` \n* `A` \n|===\n";
        assertThat(sortedLists(adoc)).isEqualTo("|Events listened to\n|* `A` \n* `B` \n* `C` \n|===\n");
        assertThat(sortedLists(sortedLists(adoc))).isEqualTo(sortedLists(adoc));
        // the groups of one cell, split by blank lines in any order, make one sorted list
        assertThat(sortedLists("|* `C` \n\n* `A` \n\n* `B` \n|===\n")).isEqualTo(sortedLists("|* `B` \n* `A` \n\n* `C` \n|===\n"))
                .isEqualTo("|* `A` \n* `B` \n* `C` \n|===\n");
    }

    /**
     * The text with every run of consecutive list lines sorted: lines starting with the same PlantUML element
     * ({@code Component(}, {@code Rel(}), or an AsciiDoc bullet list (its first item may start a table cell with
     * {@code |* }, which stays on the first line after sorting). Other lines keep their place; line ends are kept.
     */
    static String sortedLists(String text) {
        List<String> lines = List.of(text.split("\n", -1));
        List<String> out = new ArrayList<>();
        int i = 0;
        while (i < lines.size()) {
            String kind = kindOf(lines.get(i), true);
            if (kind == null) {
                out.add(lines.get(i++));
                continue;
            }
            boolean cell = lines.get(i).startsWith("|* ");
            List<String> run = new ArrayList<>();
            run.add(cell ? lines.get(i).substring(1) : lines.get(i));
            i++;
            while (i < lines.size()) {
                if (kind.equals(kindOf(lines.get(i), false))) {
                    run.add(lines.get(i++));
                    continue;
                }
                // a table cell's bullets come in groups (one per listener) split by blank lines, in an order that
                // changes from run to run: one cell is one list, its blank lines dropped
                int next = i;
                while (cell && next < lines.size() && lines.get(next).isBlank()) {
                    next++;
                }
                if (next > i && next < lines.size() && kind.equals(kindOf(lines.get(next), false))) {
                    i = next;
                    continue;
                }
                break;
            }
            run.sort(Comparator.naturalOrder());
            if (cell) {
                run.set(0, "|" + run.get(0));
            }
            out.addAll(run);
        }
        return out.stream().collect(Collectors.joining("\n"));
    }

    private static String kindOf(String line, boolean first) {
        String trimmed = line.strip();
        if (trimmed.startsWith("Component(")) {
            return "Component";
        }
        if (trimmed.startsWith("Rel(")) {
            return "Rel";
        }
        if (line.startsWith("* ") || (first && line.startsWith("|* "))) {
            return "*";
        }
        return null;
    }

    static {
        // fail loudly rather than silently writing nowhere when run from another directory
        if (!Files.isDirectory(Path.of("src/main/java"))) {
            throw new UncheckedIOException(new IOException("run from the project root; docs/modules is relative to it"));
        }
    }
}

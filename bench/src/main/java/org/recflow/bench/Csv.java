package org.recflow.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Appends rows to a CSV file (writing the header when the file is new) and reads them back for the report. */
final class Csv {

    private Csv() {
    }

    static synchronized void append(String file, String header, Object... values) throws IOException {
        Path p = Path.of(file);
        StringBuilder line = new StringBuilder();
        if (!Files.exists(p) || Files.size(p) == 0) {
            line.append(header).append('\n');
        }
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                line.append(',');
            }
            line.append(format(values[i]));
        }
        line.append('\n');
        Files.writeString(p, line, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }

    static String format(Object v) {
        if (v instanceof Double d) {
            return String.format(Locale.ROOT, Math.abs(d) < 1 ? "%.3f" : "%.2f", d);
        }
        String s = String.valueOf(v);
        return s.contains(",") || s.contains("\"") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }

    /** Rows as maps from header to value; missing file: no rows. */
    static List<Map<String, String>> read(Path p) throws IOException {
        List<Map<String, String>> rows = new ArrayList<>();
        if (!Files.exists(p)) {
            return rows;
        }
        List<String> lines = Files.readAllLines(p);
        if (lines.isEmpty()) {
            return rows;
        }
        List<String> header = split(lines.get(0));
        for (String l : lines.subList(1, lines.size())) {
            if (l.isBlank()) {
                continue;
            }
            List<String> cells = split(l);
            Map<String, String> row = new LinkedHashMap<>();
            for (int i = 0; i < header.size(); i++) {
                row.put(header.get(i), i < cells.size() ? cells.get(i) : "");
            }
            rows.add(row);
        }
        return rows;
    }

    private static List<String> split(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cur.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cur.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                out.add(cur.toString());
                cur.setLength(0);
            } else {
                cur.append(c);
            }
        }
        out.add(cur.toString());
        return out;
    }
}

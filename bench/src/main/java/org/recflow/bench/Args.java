package org.recflow.bench;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/** {@code --key=value} arguments. */
final class Args {

    private final Map<String, String> values = new LinkedHashMap<>();

    static Args parse(String[] argv, int from) {
        Args a = new Args();
        for (String s : Arrays.copyOfRange(argv, from, argv.length)) {
            if (!s.startsWith("--")) {
                throw new IllegalArgumentException("expected --key=value, got " + s);
            }
            int eq = s.indexOf('=');
            if (eq < 0) {
                a.values.put(s.substring(2), "true");
            } else {
                a.values.put(s.substring(2, eq), s.substring(eq + 1));
            }
        }
        return a;
    }

    boolean has(String key) {
        return values.containsKey(key) && !values.get(key).isEmpty();
    }

    String get(String key) {
        String v = values.get(key);
        if (v == null) {
            throw new IllegalArgumentException("missing --" + key);
        }
        return v;
    }

    String get(String key, String dflt) {
        String v = values.get(key);
        return v == null || v.isEmpty() ? dflt : v;
    }

    int getInt(String key, int dflt) {
        return Integer.parseInt(get(key, Integer.toString(dflt)));
    }

    long getLong(String key, long dflt) {
        return Long.parseLong(get(key, Long.toString(dflt)));
    }

    int[] getInts(String key, String dflt) {
        return Arrays.stream(get(key, dflt).split("[ ,]+")).filter(s -> !s.isBlank()).mapToInt(Integer::parseInt).toArray();
    }
}

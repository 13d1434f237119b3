package org.recflow.bench;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * The peak heap of another JVM while a phase runs: {@code jstat -gc <pid> <ms>} in the background, its used columns
 * (survivors, eden, old) summed per sample. The total follows the young collections; the old generation's peak shows
 * what a phase keeps (a 43 MB answer built in one piece lands there as humongous regions). No pid, or no jstat: NaN.
 */
final class HeapSampler implements AutoCloseable {

    private final Process jstat;
    private final Thread reader;
    private volatile double peakUsedMb = Double.NaN;
    private volatile double peakOldMb = Double.NaN;

    HeapSampler(String pid, int intervalMs) {
        Process p = null;
        Thread t = null;
        if (pid != null && !pid.isBlank()) {
            try {
                p = new ProcessBuilder("jstat", "-gc", pid, Integer.toString(intervalMs)).redirectErrorStream(true).start();
                Process started = p;
                t = new Thread(() -> read(started), "jstat-" + pid);
                t.setDaemon(true);
                t.start();
            } catch (Exception e) {
                System.err.println("heap sampling off: " + e);
            }
        }
        this.jstat = p;
        this.reader = t;
    }

    private void read(Process p) {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            List<String> header = null;
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                List<String> cols = Arrays.asList(line.trim().split("\\s+"));
                if (cols.contains("EU")) {
                    header = cols;
                    continue;
                }
                if (header == null || cols.size() != header.size()) {
                    continue;
                }
                double old = kb(cols, header, "OU");
                double used = kb(cols, header, "S0U") + kb(cols, header, "S1U") + kb(cols, header, "EU") + old;
                peakUsedMb = Double.isNaN(peakUsedMb) ? used / 1024 : Math.max(peakUsedMb, used / 1024);
                peakOldMb = Double.isNaN(peakOldMb) ? old / 1024 : Math.max(peakOldMb, old / 1024);
            }
        } catch (Exception e) {
            // the process ended
        }
    }

    private static double kb(List<String> cols, List<String> header, String name) {
        int i = header.indexOf(name);
        return i < 0 ? 0 : Double.parseDouble(cols.get(i));
    }

    double peakUsedMb() {
        return peakUsedMb;
    }

    double peakOldMb() {
        return peakOldMb;
    }

    @Override
    public void close() throws InterruptedException {
        if (jstat != null) {
            Thread.sleep(300); // one more sample after the phase
            jstat.destroy();
            reader.join(2000);
        }
    }
}

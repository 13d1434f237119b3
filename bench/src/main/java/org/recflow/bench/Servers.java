package org.recflow.bench;

import java.net.http.HttpResponse;

/** Waiting for a server to answer, and moving recflow's simulated clock. */
final class Servers {

    private Servers() {
    }

    /** Polls {@code --url} (as {@code --user}, password demo) until it answers 2xx or {@code --timeout} seconds pass. */
    static void waitReady(Args a) throws Exception {
        String url = a.get("url");
        String user = a.get("user", "tsb");
        long deadline = System.currentTimeMillis() + a.getLong("timeout", 300) * 1000;
        Exception last = null;
        while (System.currentTimeMillis() < deadline) {
            try {
                HttpResponse<String> r = Http.get(url, user);
                if (r.statusCode() / 100 == 2) {
                    System.out.println("ready " + url);
                    return;
                }
                last = new IllegalStateException("status " + r.statusCode());
            } catch (Exception e) {
                last = e;
            }
            Thread.sleep(250);
        }
        System.err.println("not ready: " + url + " (" + last + ")");
        System.exit(1);
    }

    static void clock(Args a) throws Exception {
        HttpResponse<String> r = Http.json("PUT", a.get("url") + "/api/sim/clock", "tsb", "{\"now\":\"" + a.get("now") + "\"}");
        System.out.println(r.statusCode() + " " + r.body());
        if (r.statusCode() != 200) {
            System.exit(1);
        }
    }
}

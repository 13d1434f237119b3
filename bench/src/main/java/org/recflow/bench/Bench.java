package org.recflow.bench;

/**
 * The measuring tool of bench/run.sh. Each sub-command does one thing and appends its numbers to a CSV file;
 * run.sh starts and stops the servers and calls these in order.
 */
public final class Bench {

    private Bench() {
    }

    public static void main(String[] argv) throws Exception {
        if (argv.length == 0) {
            System.err.println("usage: Bench <wait-ready|clock|seed-recflow|seed-baseline|replies|dashboard|commit-loop|reply-transaction|"
                    + "storm-sim|storm-watch|replicate|sql|report> --key=value ...");
            System.exit(2);
        }
        Args a = Args.parse(argv, 1);
        switch (argv[0]) {
            case "wait-ready" -> Servers.waitReady(a);
            case "clock" -> Servers.clock(a);
            case "seed-recflow" -> Seed.recflow(a);
            case "seed-baseline" -> Seed.baseline(a);
            case "replies" -> Replies.run(a);
            case "dashboard" -> Dashboard.run(a);
            case "commit-loop" -> CommitLoop.run(a);
            case "reply-transaction" -> ReplyTransaction.run(a);
            case "storm-sim" -> Storm.sim(a);
            case "storm-watch" -> Storm.watch(a);
            case "replicate" -> Replicate.run(a);
            case "sql" -> Sql.run(a);
            case "report" -> Report.run(a);
            case "jfr-summary" -> JfrSummary.run(a);
            default -> {
                System.err.println("unknown command " + argv[0]);
                System.exit(2);
            }
        }
    }
}

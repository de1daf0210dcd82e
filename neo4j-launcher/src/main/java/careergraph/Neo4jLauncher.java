package careergraph;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.harness.Neo4j;
import org.neo4j.harness.Neo4jBuilders;

/**
 * Starts a Neo4j Community server in this process (org.neo4j.test:neo4j-harness) for careergraph's tests.
 *
 * <p>Usage: {@code java -cp target/classes:target/lib/* careergraph.Neo4jLauncher WORK_DIR [PORT [DATA_DIR]]}.
 * The Bolt connector listens on 127.0.0.1:PORT (0, the default, picks a free port), authentication is on and
 * the password of the user {@code neo4j} is read from the environment variable CAREERGRAPH_NEO4J_PASSWORD, so
 * it never shows in a process list or a file. DATA_DIR, when given, keeps the databases between runs (a test
 * stops and restarts the server on them); otherwise they live in WORK_DIR and go when the server stops.
 *
 * <p>Once the server answers, one line goes to stdout: {@code bolt://127.0.0.1:PORT}. The server stops when
 * stdin closes (the parent process ended or closed the pipe) or on SIGTERM.
 */
public final class Neo4jLauncher {
    private static final String PASSWORD_VARIABLE = "CAREERGRAPH_NEO4J_PASSWORD";

    private Neo4jLauncher() {}

    public static void main(String[] args) throws IOException {
        if (args.length < 1 || args.length > 3) {
            System.err.println("usage: Neo4jLauncher WORK_DIR [PORT [DATA_DIR]]");
            System.exit(2);
        }
        String password = System.getenv(PASSWORD_VARIABLE);
        if (password == null || password.length() < 8) {
            System.err.println(PASSWORD_VARIABLE + " must hold the password to set, at least 8 characters");
            System.exit(2);
        }
        // stdout carries the one line the caller waits for; anything Neo4j prints goes to stderr.
        PrintStream announce = System.out;
        System.setOut(System.err);
        Path workDir = Path.of(args[0]).toAbsolutePath();
        Files.createDirectories(workDir);
        int port = args.length > 1 ? Integer.parseInt(args[1]) : 0;

        var builder = Neo4jBuilders.newInProcessBuilder(workDir)
                .withDisabledServer()
                .withConfig(GraphDatabaseSettings.auth_enabled, true)
                // the harness's default page cache is 8 MiB: an ESCO-scale graph would be read from disk
                .withConfig(GraphDatabaseSettings.pagecache_memory, 256L * 1024 * 1024)
                .withConfig(BoltConnector.enabled, true)
                .withConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
                .withConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED);
        if (args.length > 2) {
            Path dataDir = Path.of(args[2]).toAbsolutePath();
            Files.createDirectories(dataDir);
            builder = builder.withConfig(GraphDatabaseSettings.data_directory, dataDir);
        }
        Neo4j neo4j = builder.build();
        Runtime.getRuntime().addShutdownHook(new Thread(neo4j::close));

        try {
            neo4j.databaseManagementService()
                    .database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME)
                    .executeTransactionally(
                            "ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED",
                            Map.of("password", password));
        } catch (RuntimeException e) {
            if (!samePassword(e)) {
                throw e;
            }
            // a restart on DATA_DIR: the password is already the one asked for
        }

        announce.println(neo4j.boltURI());
        announce.flush();

        InputStream in = System.in;
        byte[] buffer = new byte[256];
        while (in.read(buffer) >= 0) {
            // Anything written to stdin is ignored: the server runs until the pipe closes.
        }
        System.exit(0);
    }

    private static boolean samePassword(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            String message = cause.getMessage();
            if (message != null && message.contains("Old password and new password cannot be the same")) {
                return true;
            }
        }
        return false;
    }
}

package org.convergences.neo4j;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.BindException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.SettingValueParsers;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;

/**
 * Runs Neo4j Community embedded in this JVM and serves it over Bolt on loopback, for
 * development and tests when no external NEO4J_URI is configured.
 *
 * <p>Protocol with the Node parent, on stdout only: exactly one line, either
 * {@code CONVERGENCES_NEO4J_READY bolt://127.0.0.1:PORT} or
 * {@code CONVERGENCES_NEO4J_ERROR message} (then exit code 3). Everything else, including
 * anything a library prints, goes to stderr or to the logs directory under --home.
 *
 * <p>The JVM exits when stdin reaches EOF, so it never outlives the parent holding the pipe.
 */
public final class Launcher {

  static final String DEFAULT_DATABASE = "neo4j";
  static final int EXIT_USAGE = 2;
  static final int EXIT_STARTUP_FAILED = 3;
  static final long AVAILABILITY_TIMEOUT_MS = TimeUnit.MINUTES.toMillis(2);

  /** The real stdout, reserved for the single protocol line. */
  private static PrintStream protocolOut;

  private static volatile DatabaseManagementService managementService;

  private Launcher() {}

  public static void main(String[] args) {
    protocolOut = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    // Stray prints from Neo4j or its libraries must not corrupt the protocol line.
    System.setOut(System.err);

    Options options;
    try {
      options = Options.parse(args);
    } catch (IllegalArgumentException e) {
      fail(e.getMessage(), EXIT_USAGE);
      return;
    }

    Runtime.getRuntime().addShutdownHook(new Thread(Launcher::shutdown, "neo4j-shutdown"));
    watchStdinForEof();

    try {
      managementService = start(options);
      GraphDatabaseService db = managementService.database(DEFAULT_DATABASE);
      if (!db.isAvailable(AVAILABILITY_TIMEOUT_MS)) {
        fail(
            "the default database '" + DEFAULT_DATABASE + "' did not become available within "
                + (AVAILABILITY_TIMEOUT_MS / 1000) + " s; see " + options.home.resolve("logs"),
            EXIT_STARTUP_FAILED);
        return;
      }
    } catch (Throwable t) {
      t.printStackTrace(System.err);
      fail(describeStartupFailure(t, options), EXIT_STARTUP_FAILED);
      return;
    }

    protocolOut.println("CONVERGENCES_NEO4J_READY bolt://127.0.0.1:" + options.port);
    protocolOut.flush();
  }

  private static DatabaseManagementService start(Options options) throws IOException {
    Files.createDirectories(options.home);
    DatabaseManagementServiceBuilder builder = new DatabaseManagementServiceBuilder(options.home)
        .setConfig(BoltConnector.enabled, true)
        .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", options.port))
        .setConfig(HttpConnector.enabled, false)
        .setConfig(HttpsConnector.enabled, false)
        // Auth is off because Bolt listens on loopback only; a shared or production
        // deployment sets NEO4J_URI and credentials instead of using this launcher.
        .setConfig(GraphDatabaseSettings.auth_enabled, false)
        .setConfig(GraphDatabaseSettings.pagecache_memory, options.pageCacheBytes)
        // No query may run forever and hold the embedded store hostage.
        .setConfig(GraphDatabaseSettings.transaction_timeout, options.txTimeout)
        .setConfig(GraphDatabaseSettings.logs_directory, options.home.resolve("logs"))
        // Bolt's two Netty groups each wait a 5 s quiet period on shutdown (10 s per stop,
        // and before a failed start reports). Local clients are gone by then, so 1 s suffices;
        // the store itself is still closed cleanly afterwards.
        .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 1);
    if (options.plugins != null) {
      // APOC (benchmarks only) needs its jars both on the classpath and in the plugin directory.
      builder
          .setConfig(GraphDatabaseSettings.plugin_dir, options.plugins)
          .setConfig(GraphDatabaseSettings.procedure_unrestricted, List.of("apoc.*"));
    }
    return builder.build();
  }

  /** Runs on System.exit, SIGTERM and SIGINT; a clean shutdown avoids store recovery next time. */
  private static void shutdown() {
    DatabaseManagementService service = managementService;
    if (service == null) {
      return;
    }
    managementService = null;
    try {
      service.shutdown();
    } catch (Throwable t) {
      System.err.println("Neo4j shutdown failed: " + t);
    }
  }

  private static void watchStdinForEof() {
    Thread watcher =
        new Thread(
            () -> {
              byte[] buffer = new byte[256];
              InputStream in = System.in;
              try {
                while (in.read(buffer) >= 0) {
                  // Input is ignored: only the end of the stream matters.
                }
              } catch (IOException e) {
                // A broken pipe means the parent is gone, same as EOF.
              }
              System.exit(0);
            },
            "stdin-eof-watcher");
    watcher.setDaemon(true);
    watcher.start();
  }

  private static String describeStartupFailure(Throwable failure, Options options) {
    // Depth-bounded because a cause chain can, in rare libraries, loop.
    int depth = 0;
    for (Throwable t = failure; t != null && depth < 50; t = t.getCause(), depth++) {
      String type = t.getClass().getSimpleName();
      if (type.equals("FileLockException")) {
        return "another Convergences/Neo4j is already using the data directory " + options.home
            + "; stop it or choose another data directory";
      }
      if (t instanceof BindException) {
        return "port " + options.port + " is in use on 127.0.0.1; stop the process using it"
            + " or choose another Bolt port";
      }
    }
    Throwable root = failure;
    for (int i = 0; i < 50 && root.getCause() != null; i++) {
      root = root.getCause();
    }
    String detail = root.getMessage() == null ? root.getClass().getName() : root.getMessage();
    return "Neo4j failed to start: " + detail.replaceAll("\\s+", " ").trim()
        + " (details in " + options.home.resolve("logs") + ")";
  }

  private static void fail(String message, int exitCode) {
    protocolOut.println("CONVERGENCES_NEO4J_ERROR " + message.replaceAll("\\s+", " ").trim());
    protocolOut.flush();
    System.exit(exitCode);
  }

  /** Command-line options; values use Neo4j's own syntax (512m, 30s). */
  static final class Options {
    Path home;
    int port = -1;
    long pageCacheBytes = SettingValueParsers.BYTES.parse("512m");
    Duration txTimeout = Duration.ofSeconds(30);
    Path plugins;

    static Options parse(String[] args) {
      Options options = new Options();
      for (int i = 0; i < args.length; i++) {
        String name = args[i];
        if (i + 1 >= args.length) {
          throw new IllegalArgumentException("missing value for " + name + "; " + usage());
        }
        String value = args[++i];
        switch (name) {
          case "--home" -> options.home = Path.of(value).toAbsolutePath().normalize();
          case "--port" -> options.port = parseValue(name, value, Integer::parseInt);
          case "--pagecache" ->
              options.pageCacheBytes = parseValue(name, value, SettingValueParsers.BYTES::parse);
          case "--plugins" -> options.plugins = Path.of(value).toAbsolutePath().normalize();
          case "--tx-timeout" ->
              options.txTimeout = parseValue(name, value, SettingValueParsers.DURATION::parse);
          default -> throw new IllegalArgumentException("unknown option " + name + "; " + usage());
        }
      }
      if (options.home == null) {
        throw new IllegalArgumentException("--home is required; " + usage());
      }
      if (options.port < 1 || options.port > 65535) {
        throw new IllegalArgumentException("--port must be between 1 and 65535; " + usage());
      }
      return options;
    }

    private static <T> T parseValue(String name, String value, Function<String, T> parser) {
      try {
        return parser.apply(value);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("invalid value '" + value + "' for " + name, e);
      }
    }

    static String usage() {
      return "usage: --home DIR --port N [--pagecache 512m] [--tx-timeout 30s] [--plugins DIR]";
    }
  }
}

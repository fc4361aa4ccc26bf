// Runs Neo4j Community in a child JVM (neo4j/ Maven project) when no external NEO4J_URI is set.
// The JVM is tied to this process: its stdin is our pipe, and it exits when that pipe closes,
// so it never outlives Node even after a SIGKILL. Options come from the caller; no env reads here.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdir, readdir, stat } from 'node:fs/promises';
import { createServer } from 'node:net';
import { delimiter, join } from 'node:path';
import { createInterface } from 'node:readline';
import neo4j from 'neo4j-driver';

export const NEO4J_VERSION = '5.26.30';
/** APOC, only for the benchmarks' @neo4j/graphql arm (`apoc: true`); copied to neo4j/target/apoc. */
export const APOC_VERSION = '5.26.19';
const LAUNCHER_CLASS = 'org.convergences.neo4j.Launcher';
const READY_PREFIX = 'CONVERGENCES_NEO4J_READY ';
const ERROR_PREFIX = 'CONVERGENCES_NEO4J_ERROR ';
const LOOPBACK = '127.0.0.1';
/** The Launcher itself gives the default database 120 s; this leaves room for JVM start. */
const READY_TIMEOUT_MS = 180_000;
const CONNECT_TIMEOUT_MS = 120_000;
/** A clean shutdown checkpoints the store; killing sooner risks recovery on the next start. */
const STOP_TIMEOUT_MS = 60_000;
const TAIL_LINES = 30;
const SIZE = /^\d+[kmg]$/i;
const DURATION = /^\d+(ms|s|m|h)$/;

export type Log = (line: string) => void;

export interface Neo4jLauncherPaths {
  pom: string;
  source: string;
  classesDir: string;
  compiledClass: string;
  libDir: string;
  /** The two APOC jars (never on the default classpath). */
  apocDir: string;
  /** Classpath for `java -cp`: the compiled launcher and every copied jar. */
  classpath: string;
}

export interface EnsureNeo4jInstalledOptions {
  rootDir: string;
  log?: Log;
  /** Also require the APOC jars (benchmarks). */
  apoc?: boolean;
}

export interface StartEmbeddedNeo4jOptions {
  rootDir: string;
  /** Neo4j home: store, transaction logs and Neo4j's own logs (under logs/). */
  dataDir: string;
  /** Bolt port on 127.0.0.1; 0 picks a free one. */
  port?: number;
  /** JVM heap, both -Xms and -Xmx, e.g. '1g'. */
  heap?: string;
  pageCache?: string;
  /** Server-side limit on any transaction, so no query runs forever, e.g. '30s'. */
  txTimeout?: string;
  log?: Log;
  /** Also pass the JVM's own stdout/stderr lines to log. */
  verbose?: boolean;
  /**
   * Loads APOC core (classpath and plugin directory, `apoc.*` unrestricted). Only the benchmarks'
   * @neo4j/graphql arm needs it; the project's own Cypher never does. Default false.
   */
  apoc?: boolean;
  /** Called when the JVM exits after it was ready without stop() having been asked (a crash, a kill). */
  onUnexpectedExit?: (description: string) => void;
}

export interface EmbeddedNeo4j {
  uri: string;
  port: number;
  pid: number;
  /** SIGTERM, then waits for the clean shutdown (SIGKILL only after 60 s); safe to call twice. */
  stop(): Promise<void>;
}

/** A failed start; `stderr` keeps the JVM's last lines for whoever wants the details. */
export class EmbeddedNeo4jError extends Error {
  constructor(
    message: string,
    readonly stderr: string[] = [],
  ) {
    super(message);
    this.name = 'EmbeddedNeo4jError';
  }
}

const noop: Log = () => {};

export function neo4jLauncherPaths(rootDir: string): Neo4jLauncherPaths {
  const base = join(rootDir, 'neo4j');
  const classesDir = join(base, 'target', 'classes');
  const libDir = join(base, 'target', 'lib');
  const classPath = LAUNCHER_CLASS.split('.');
  return {
    pom: join(base, 'pom.xml'),
    source: join(base, 'src', 'main', 'java', ...classPath) + '.java',
    classesDir,
    compiledClass: join(classesDir, ...classPath) + '.class',
    libDir,
    apocDir: join(base, 'target', 'apoc'),
    // The JVM expands `dir/*` itself; spawn uses no shell, so nothing globs it first.
    classpath: [classesDir, join(libDir, '*')].join(delimiter),
  };
}

async function mtimeMs(path: string): Promise<number | undefined> {
  try {
    return (await stat(path)).mtimeMs;
  } catch {
    return undefined;
  }
}

async function hasPinnedJars(paths: Neo4jLauncherPaths): Promise<boolean> {
  let jars: string[];
  try {
    jars = await readdir(paths.libDir);
  } catch {
    return false;
  }
  // Checking the pinned version's jars makes a version bump in the POM trigger a rebuild.
  return [`neo4j-${NEO4J_VERSION}.jar`, `neo4j-bolt-${NEO4J_VERSION}.jar`].every((jar) => jars.includes(jar));
}

async function hasApocJars(paths: Neo4jLauncherPaths): Promise<boolean> {
  let jars: string[];
  try {
    jars = await readdir(paths.apocDir);
  } catch {
    return false;
  }
  return [`apoc-core-${APOC_VERSION}.jar`, `apoc-common-${APOC_VERSION}.jar`].every((jar) => jars.includes(jar));
}

async function isInstalled(paths: Neo4jLauncherPaths, apoc = false): Promise<boolean> {
  const [compiled, source] = await Promise.all([mtimeMs(paths.compiledClass), mtimeMs(paths.source)]);
  if (compiled === undefined || (source !== undefined && source > compiled)) return false;
  return (await hasPinnedJars(paths)) && (!apoc || (await hasApocJars(paths)));
}

/** Keeps the last lines of a stream, for error messages. */
class Tail {
  readonly lines: string[] = [];
  push(line: string): void {
    this.lines.push(line);
    if (this.lines.length > TAIL_LINES) this.lines.shift();
  }
  /** The lines as a suffix for a message, or nothing when there are none. */
  describe(what: string): string {
    return this.lines.length === 0 ? '' : `; last ${what} lines:\n${this.lines.join('\n')}`;
  }
}

/** Maven's "[INFO] Downloaded from central: URL (12 kB at ...)" shortened to the jar's name and size. */
function describeDownload(line: string): string | undefined {
  const match = /^(?:\[INFO\] )?Downloaded from \S+: (\S+\.jar) \(([^)]*?)(?: at [^)]*)?\)/.exec(line);
  if (!match) return undefined;
  const file = match[1].slice(match[1].lastIndexOf('/') + 1);
  return `  ${file} (${match[2]})`;
}

async function countJars(dir: string): Promise<number> {
  try {
    return (await readdir(dir)).filter((name) => name.endsWith('.jar')).length;
  } catch {
    return 0;
  }
}

/** Builds neo4j/ with Maven unless its jars and compiled launcher are already up to date. */
export async function ensureNeo4jInstalled({ rootDir, log = noop, apoc = false }: EnsureNeo4jInstalledOptions): Promise<Neo4jLauncherPaths> {
  const paths = neo4jLauncherPaths(rootDir);
  if (await isInstalled(paths, apoc)) {
    log(`Neo4j ${NEO4J_VERSION} jars already present (${await countJars(paths.libDir)} jars in ${paths.libDir}).`);
    return paths;
  }

  // Maven copies the jars from its local repository (~/.m2) when it has them: only then is nothing downloaded.
  const announcement = (await hasPinnedJars(paths))
    ? `Neo4j ${NEO4J_VERSION} jars already present; recompiling the embedded Neo4j launcher…`
    : `Installing Neo4j ${NEO4J_VERSION} with Maven (jars not yet in Maven's local repository are downloaded from Maven Central, about 120 MB in all)…`;
  const started = Date.now();
  const tail = new Tail();
  let downloads = 0;
  const mvn = spawn('mvn', ['-B', '-Dstyle.color=never', '-f', paths.pom, 'package', '-DskipTests'], {
    cwd: rootDir,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  mvn.once('spawn', () => log(announcement));
  // Debian's Maven 3.8 still emits colour resets with style.color=never; they would garble messages.
  const onLine = (raw: string): void => {
    const line = raw.replace(/\x1b\[[0-9;]*m/g, '');
    if (line.trim() !== '') tail.push(line);
    const download = describeDownload(line);
    if (download !== undefined) {
      downloads += 1;
      log(download);
    }
  };
  createInterface({ input: mvn.stdout }).on('line', onLine);
  createInterface({ input: mvn.stderr }).on('line', onLine);

  const code = await new Promise<number | null>((resolve, reject) => {
    mvn.once('error', (error: NodeJS.ErrnoException) => {
      reject(
        error.code === 'ENOENT'
          ? new Error(
              'Maven (mvn) is not on PATH: Maven 3 and Java 17 are needed to build the embedded Neo4j, ' +
                'or set NEO4J_URI to use an existing Neo4j server.',
            )
          : error,
      );
    });
    mvn.once('close', (exitCode) => resolve(exitCode));
  });
  if (code !== 0) {
    throw new Error(`Maven failed to build the embedded Neo4j (exit code ${code})${tail.describe('Maven output')}`);
  }
  if (!(await isInstalled(paths, apoc))) {
    throw new Error(`Maven succeeded but ${paths.compiledClass} or the Neo4j ${NEO4J_VERSION} jars in ${paths.libDir} (or APOC's in ${paths.apocDir}) are missing.`);
  }
  const jars = await countJars(paths.libDir);
  const fetched = downloads > 0 ? `${downloads} jars downloaded` : "none downloaded: all were in Maven's local repository";
  log(`Built the Neo4j ${NEO4J_VERSION} launcher (${jars} jars in ${paths.libDir}, ${fetched}; ${((Date.now() - started) / 1000).toFixed(1)} s).`);
  return paths;
}

/** Binds the port on loopback for a moment: port 0 yields a free port, a taken one an error. */
function claimPort(port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.once('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EADDRINUSE') {
        reject(
          new EmbeddedNeo4jError(
            `port ${port} is in use: another Convergences may be running; stop it or set NEO4J_BOLT_PORT ` +
              `(neo4jBoltPort) to another port, or 0 for any free one.`,
          ),
        );
      } else {
        reject(error);
      }
    });
    server.listen({ host: LOOPBACK, port, exclusive: true }, () => {
      const address = server.address();
      const bound = typeof address === 'object' && address !== null ? address.port : port;
      server.close(() => resolve(bound));
    });
  });
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

// Auth is off on the loopback-only embedded server, hence no auth token.
async function waitForBolt(uri: string, deadline: number, hasExited: () => boolean): Promise<void> {
  const driver = neo4j.driver(uri, undefined, { connectionTimeout: 5_000 });
  try {
    for (;;) {
      try {
        await driver.verifyConnectivity();
        return;
      } catch (error) {
        if (hasExited()) throw new EmbeddedNeo4jError('Neo4j exited while the driver was connecting.');
        if (Date.now() >= deadline) {
          const reason = error instanceof Error ? error.message : String(error);
          throw new EmbeddedNeo4jError(`Neo4j said it was ready but ${uri} did not accept a connection: ${reason}`);
        }
        await sleep(250);
      }
    }
  } finally {
    await driver.close();
  }
}

/** Starts Neo4j in a child JVM and resolves once a driver has connected to it over Bolt. */
export async function startEmbeddedNeo4j({
  rootDir,
  dataDir,
  port: requestedPort = 0,
  heap = '1g',
  pageCache = '512m',
  txTimeout = '30s',
  log = noop,
  verbose = false,
  apoc = false,
  onUnexpectedExit,
}: StartEmbeddedNeo4jOptions): Promise<EmbeddedNeo4j> {
  if (!Number.isInteger(requestedPort) || requestedPort < 0 || requestedPort > 65535) {
    throw new EmbeddedNeo4jError(`invalid Bolt port ${requestedPort}: use 1-65535, or 0 for any free port.`);
  }
  if (!SIZE.test(heap)) throw new EmbeddedNeo4jError(`invalid heap size '${heap}': use a size such as 1g or 512m.`);
  if (!SIZE.test(pageCache)) throw new EmbeddedNeo4jError(`invalid page cache size '${pageCache}': use a size such as 512m.`);
  if (!DURATION.test(txTimeout)) throw new EmbeddedNeo4jError(`invalid transaction timeout '${txTimeout}': use e.g. 30s.`);

  const paths = await ensureNeo4jInstalled({ rootDir, log, apoc });
  const port = await claimPort(requestedPort);
  // Owner-only: whoever can read the store files can read the whole graph, auth or not.
  await mkdir(dataDir, { recursive: true, mode: 0o700 });

  const started = Date.now();
  const child = spawn(
    'java',
    [
      `-Xms${heap}`,
      `-Xmx${heap}`,
      '-XX:+UseG1GC',
      '-cp',
      apoc ? [paths.classpath, join(paths.apocDir, '*')].join(delimiter) : paths.classpath,
      LAUNCHER_CLASS,
      '--home',
      dataDir,
      '--port',
      String(port),
      '--pagecache',
      pageCache,
      '--tx-timeout',
      txTimeout,
      ...(apoc ? ['--plugins', paths.apocDir] : []),
    ],
    // stdin stays an open pipe on purpose: the Launcher exits when it reaches EOF.
    { cwd: rootDir, stdio: ['pipe', 'pipe', 'pipe'] },
  );

  const stderrTail = new Tail();
  let exited = false;
  let ready = false;
  let stopping = false;
  const exit = new Promise<void>((resolve) => {
    child.once('exit', (code, signal) => {
      exited = true;
      if (ready && !stopping) {
        log(`Embedded Neo4j exited unexpectedly (${signal ?? `code ${code}`})${stderrTail.describe('stderr')}`);
        onUnexpectedExit?.(signal ?? `code ${code}`);
      }
      resolve();
    });
    // A JVM that could not be spawned (no java on PATH) never emits 'exit'.
    child.once('error', () => {
      if (child.pid === undefined) {
        exited = true;
        resolve();
      }
    });
  });
  // The pipe breaks when the JVM dies first; that is reported through 'exit', not as a crash here.
  child.stdin.on('error', noop);

  let stopped: Promise<void> | undefined;
  const stop = (): Promise<void> => {
    stopped ??= (async () => {
      stopping = true;
      if (exited) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => {
        log(`Embedded Neo4j did not stop within ${STOP_TIMEOUT_MS / 1000} s; killing it.`);
        child.kill('SIGKILL');
      }, STOP_TIMEOUT_MS);
      await exit;
      clearTimeout(timer);
      child.stdin.destroy();
    })();
    return stopped;
  };

  try {
    const uri = await waitForReadyLine(child, stderrTail, { verbose, log });
    ready = true;
    await waitForBolt(uri, Date.now() + CONNECT_TIMEOUT_MS, () => exited);
    if (verbose) log(`Embedded Neo4j ${NEO4J_VERSION} up at ${uri} in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
    return { uri, port, pid: child.pid ?? -1, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

function waitForReadyLine(
  child: ChildProcess,
  stderrTail: Tail,
  { verbose, log }: { verbose: boolean; log: Log },
): Promise<string> {
  return new Promise<string>((resolve, reject) => {
    let settled = false;
    const settle = (action: () => void): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      action();
    };
    const timer = setTimeout(() => {
      settle(() => reject(new EmbeddedNeo4jError(`Neo4j did not report ready within ${READY_TIMEOUT_MS / 1000} s.`, [...stderrTail.lines])));
    }, READY_TIMEOUT_MS);

    createInterface({ input: child.stdout! }).on('line', (line) => {
      if (line.startsWith(READY_PREFIX)) {
        settle(() => resolve(line.slice(READY_PREFIX.length).trim()));
      } else if (line.startsWith(ERROR_PREFIX)) {
        const message = line.slice(ERROR_PREFIX.length).trim();
        settle(() => reject(new EmbeddedNeo4jError(message, [...stderrTail.lines])));
      } else if (verbose) {
        log(`[neo4j] ${line}`);
      }
    });
    createInterface({ input: child.stderr! }).on('line', (line) => {
      stderrTail.push(line);
      if (verbose) log(`[neo4j] ${line}`);
    });
    child.once('error', (error: NodeJS.ErrnoException) => {
      settle(() =>
        reject(
          error.code === 'ENOENT'
            ? new EmbeddedNeo4jError('java is not on PATH: Java 17 or newer is needed for the embedded Neo4j, or set NEO4J_URI.')
            : error,
        ),
      );
    });
    // 'close' waits for stdout to drain, so an ERROR line printed just before exit is read first.
    child.once('close', (code, signal) => {
      settle(() =>
        reject(
          new EmbeddedNeo4jError(
            `Neo4j exited before it was ready (${signal ?? `code ${code}`})${stderrTail.describe('stderr')}`,
            [...stderrTail.lines],
          ),
        ),
      );
    });
  });
}

/** Restart delays after an unexpected exit: at once, then doubling from 1 s up to 30 s while it keeps failing. */
const FIRST_BACKOFF_MS = 1_000;
const MAX_BACKOFF_MS = 30_000;
/** A JVM that stayed up this long is considered healthy again: the next restart is immediate. */
const STABLE_AFTER_MS = 60_000;

export interface SuperviseEmbeddedNeo4jOptions extends Omit<StartEmbeddedNeo4jOptions, 'onUnexpectedExit'> {
  /** The JVM exited unexpectedly; a restart follows. */
  onExit?: (description: string) => void;
  /** A restarted JVM accepts connections again. */
  onRestart?: () => void;
}

export interface SupervisedNeo4j {
  /** The same URI across restarts (the port is kept), so one driver serves every life of the JVM. */
  uri: string;
  port: number;
  /** The current JVM's process id (changes on restart). */
  readonly pid: number;
  /** How many times the JVM was restarted. */
  readonly restarts: number;
  /** Stops supervising, then stops the JVM cleanly. */
  stop(): Promise<void>;
}

/**
 * Starts the embedded Neo4j and keeps it running: when the JVM exits without being asked to (killed,
 * crashed, out of memory), it is started again on the same data directory and port, at once the first
 * time and then with a doubling delay while restarts keep failing, every step logged. Committed
 * transactions survive (Neo4j recovers its store from the transaction log on start).
 */
export async function superviseEmbeddedNeo4j(options: SuperviseEmbeddedNeo4jOptions): Promise<SupervisedNeo4j> {
  const { onExit, onRestart, ...startOptions } = options;
  const log = options.log ?? noop;
  let stopping = false;
  let restarts = 0;
  let backoff = 0;
  let startedAt = Date.now();
  let restarting: Promise<void> | undefined;
  let wake: (() => void) | undefined;

  const pause = (ms: number) =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, ms);
      wake = () => {
        clearTimeout(timer);
        resolve();
      };
    });

  const start = (port: number) => startEmbeddedNeo4j({ ...startOptions, port, onUnexpectedExit: (d) => exited(d) });

  let current = await start(options.port ?? 0);
  const port = current.port;

  async function restart(): Promise<void> {
    // A JVM that dies soon after starting is not restarted in a tight loop.
    backoff = Date.now() - startedAt >= STABLE_AFTER_MS ? 0 : Math.min(Math.max(backoff * 2, FIRST_BACKOFF_MS), MAX_BACKOFF_MS);
    for (let attempt = 1; !stopping; attempt++) {
      if (backoff > 0) {
        log(`Restarting the embedded Neo4j in ${backoff / 1000} s…`);
        await pause(backoff);
        if (stopping) return;
      }
      log(`Restarting the embedded Neo4j (attempt ${attempt})…`);
      const began = Date.now();
      try {
        const next = await start(port);
        if (stopping) {
          await next.stop();
          return;
        }
        current = next;
        startedAt = Date.now();
        restarts += 1;
        log(`Embedded Neo4j restarted at ${next.uri} in ${((Date.now() - began) / 1000).toFixed(1)} s (pid ${next.pid}).`);
        onRestart?.();
        return;
      } catch (error) {
        backoff = Math.min(Math.max(backoff * 2, FIRST_BACKOFF_MS), MAX_BACKOFF_MS);
        log(`Embedded Neo4j did not restart: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
  }

  function exited(description: string): void {
    if (stopping) return;
    onExit?.(description);
    restarting ??= restart().finally(() => {
      restarting = undefined;
    });
  }

  return {
    uri: current.uri,
    port,
    get pid() {
      return current.pid;
    },
    get restarts() {
      return restarts;
    },
    stop: async () => {
      stopping = true;
      wake?.();
      await restarting;
      await current.stop();
    },
  };
}

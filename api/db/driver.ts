// The only module that talks to neo4j-driver: one driver per process, managed transactions,
// a timeout on every transaction, the database always named, results turned into plain values.
import neo4j, { type Driver, type ManagedTransaction } from 'neo4j-driver';
import type { Neo4jConfig } from '../config.js';
import { cypher } from './cypher.js';
import { toPlain } from './values.js';

export type Row = Record<string, unknown>;
export type Params = Record<string, unknown>;

/** A transaction handed to store code: run statements by their cypher/ file name. */
export interface Tx {
  run<T = Row>(file: string, params?: Params): Promise<T[]>;
  /** Like run, for statements whose text comes from a closed set (migrations); never from input. */
  runText<T = Row>(text: string, params?: Params): Promise<T[]>;
}

export interface DbStats {
  /** Number of statements sent to Neo4j since the counter was last reset; tests and benchmarks read it. */
  roundTrips: number;
}

/**
 * Counts write transactions begun and finished in this process, by any Db. Caches of what a reader
 * may see (api/auth/request-viewer.ts) are valid only while it has not moved: any write may change a
 * membership, a link or a session.
 */
export const writeEpoch = { value: 0 };

export class Db {
  readonly stats: DbStats = { roundTrips: 0 };

  constructor(
    readonly driver: Driver,
    private readonly database: string,
    private readonly timeoutMs: number,
  ) {}

  static connect(config: Pick<Neo4jConfig, 'uri' | 'username' | 'password' | 'database' | 'queryTimeoutMs'> & { uri: string }): Db {
    const auth = config.password !== undefined ? neo4j.auth.basic(config.username, config.password) : undefined;
    const driver = neo4j.driver(config.uri, auth, {
      disableLosslessIntegers: false,
      maxConnectionPoolSize: 50,
      connectionAcquisitionTimeout: 20_000,
      logging: { level: 'error', logger: (_level, message) => console.error(`[neo4j-driver] ${message}`) },
    });
    return new Db(driver, config.database, config.queryTimeoutMs);
  }

  private wrap(tx: ManagedTransaction): Tx {
    const exec = async <T>(text: string, params: Params = {}): Promise<T[]> => {
      this.stats.roundTrips += 1;
      const result = await tx.run(text, params);
      return result.records.map((r) => {
        const row: Record<string, unknown> = {};
        for (const key of r.keys) row[key as string] = toPlain(r.get(key));
        return row as T;
      });
    };
    return {
      run: (file, params) => exec(cypher(file), params),
      runText: (text, params) => exec(text, params),
    };
  }

  /** One read transaction, retried by the driver on transient errors. */
  read<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
    const session = this.driver.session({ database: this.database, defaultAccessMode: neo4j.session.READ });
    return session.executeRead((tx) => work(this.wrap(tx)), { timeout: this.timeoutMs }).finally(() => session.close());
  }

  /** One write transaction: everything inside commits together or not at all. */
  write<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
    writeEpoch.value += 1;
    const session = this.driver.session({ database: this.database, defaultAccessMode: neo4j.session.WRITE });
    return session
      .executeWrite((tx) => work(this.wrap(tx)), { timeout: this.timeoutMs })
      .finally(() => {
        writeEpoch.value += 1;
        return session.close();
      });
  }

  /** Shorthand for a single read statement. */
  query<T = Row>(file: string, params?: Params): Promise<T[]> {
    return this.read((tx) => tx.run<T>(file, params));
  }

  async verify(): Promise<void> {
    await this.driver.verifyConnectivity({ database: this.database });
  }

  close(): Promise<void> {
    return this.driver.close();
  }
}

// What every benchmark query shares: the readers, the three arms' runtime, and the shape of a query.
// Each query (bench/queries/qN-*.ts) gives its inputs and one function per arm; every arm returns data
// normalised to one shape, so the correctness gate compares them with a deep equality.
import type { Access } from '../../api/auth/access.js';
import type { Db } from '../../api/db/driver.js';
import type { Graph } from '../generate.js';

/** A reader: anonymous, or a member with the spaces whose members-only items they may see. */
export interface Reader {
  kind: 'anonymous' | 'member';
  access: Access;
  /** Session cookie value for arm C over HTTP. */
  token: string | null;
  /** The member's person id (null for anonymous). */
  personId: string | null;
  /** Actor spaces the member manages (current MANAGER role): where writes (Q7) are allowed. */
  managedSpaceIds: string[];
}

export interface ArmRuntime {
  /** Arm A's statements run through this Db, so its round trips are counted the same way as C's. */
  db: Db;
  b: { execute(source: string, variables: Record<string, unknown>, spaceIds: string[]): Promise<{ data: unknown; errors?: readonly unknown[] }> };
  c: { execute(source: string, variables: Record<string, unknown>, reader: Reader): Promise<{ data: unknown; errors?: readonly unknown[]; bytes: number }> };
}

/** One timed line of the report: a subset of the inputs under a name ("Q3 page 50"). */
export interface Variant<I> {
  name: string;
  inputs: I[];
}

export interface Query<I> {
  id: string;
  title: string;
  /** Inputs sampled from the generated graph (deterministic for a seed). */
  inputs(g: Graph, readers: Reader[], n: number): I[];
  /** Work done once per input before the gate and the timing (a cursor, say), outside the timed part. */
  prepare?(rt: ArmRuntime, input: I): Promise<void>;
  /** The report's lines; one line named after the query when absent. */
  variants?(inputs: I[]): Variant<I>[];
  a(rt: ArmRuntime, input: I): Promise<unknown>;
  b(rt: ArmRuntime, input: I): Promise<unknown>;
  /** False when the query has no arm B (the library cannot express it): B is left out of its gate and timing. */
  hasB?: boolean;
  c(rt: ArmRuntime, input: I): Promise<unknown>;
  /** A parameterised statement for PROFILE (database hits): arm A's main statement. */
  profile?(input: I): { text: string; params: Record<string, unknown> };
  /**
   * Why C's p95 may exceed 1.2× A's, per variant name: printed next to a missed target. Written from
   * what the profile and the round trips show, and kept up to date with the figures.
   */
  whyMissed?: Record<string, string>;
}

export const isoOf = (v: unknown): string => new Date(String(v)).toISOString();

/** The data of a GraphQL answer; an answer with errors stops the gate with the arm's name. */
export function check(result: { data: unknown; errors?: readonly unknown[] }, arm: string): Record<string, unknown> {
  if (result.errors && result.errors.length > 0) throw new Error(`arm ${arm} answered with errors: ${JSON.stringify(result.errors).slice(0, 500)}`);
  return result.data as Record<string, unknown>;
}

// Sessions: opaque random tokens in an HttpOnly cookie; the server stores only their SHA-256 hash,
// so a copy of the database cannot be replayed as a login.
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import type { Db, Tx } from '../db/driver.js';
import type { Viewer } from '../context.js';

export const SESSION_COOKIE = 'cv_session';
/** Sessions last 30 days from login. */
export const SESSION_DAYS = 30;

export function hashToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('base64url');
}

/** Opens a session and returns the token to put in the cookie (never stored as such). */
export async function openSession(tx: Tx, personId: string, ip: string): Promise<{ token: string; expiresAt: Date; sessionId: string }> {
  const token = randomBytes(32).toString('base64url');
  const expiresAt = new Date(Date.now() + SESSION_DAYS * 86_400_000);
  const sessionId = randomUUID();
  await tx.run('auth/create-session', { id: sessionId, personId, tokenHash: hashToken(token), expiresAt: expiresAt.toISOString(), ip });
  return { token, expiresAt, sessionId };
}

export async function resolveSession(db: Db, token: string | undefined): Promise<Viewer | null> {
  if (!token || token.length > 200) return null;
  const [row] = await db.query<{ sessionId: string; personId: string; isAdmin: boolean }>('auth/resolve-session', { tokenHash: hashToken(token) });
  return row ? { personId: row.personId, isAdmin: row.isAdmin, sessionId: row.sessionId } : null;
}

export async function endSession(tx: Tx, sessionId: string): Promise<number> {
  const [row] = await tx.run<{ ended: number }>('auth/end-sessions', { sessionId, personId: null, keepId: null });
  return row?.ended ?? 0;
}

/** Ends every session of a person, except `keepId` when given (password change keeps the current one). */
export async function endSessionsOf(tx: Tx, personId: string, keepId: string | null = null): Promise<number> {
  const [row] = await tx.run<{ ended: number }>('auth/end-sessions', { sessionId: null, personId, keepId });
  return row?.ended ?? 0;
}

/** Reads one cookie from a Cookie header. */
export function readCookie(header: string | undefined, name: string): string | undefined {
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) return decodeURIComponent(part.slice(eq + 1).trim());
  }
  return undefined;
}

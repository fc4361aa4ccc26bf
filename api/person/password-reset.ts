// Password reset by e-mail: a request sends a link with a random token to the account's address (only
// if there is one: the answer is the same either way), the token stored only as its SHA-256 hash; the
// link sets a new password once, before it expires, ends every session of the person and signs this
// request in. Recorded in the audit log as `resetPassword`, without personal data.
import { randomBytes, randomUUID } from 'node:crypto';
import { endSession, endSessionsOf, hashToken, openSession } from '../auth/session.js';
import { checkNewPassword, hashPassword } from '../auth/password.js';
import type { Db, Tx } from '../db/driver.js';
import { recordChange } from '../entity/entity.write.js';
import { AppError } from '../errors.js';
import type { MailSetup } from '../mail/mailer.js';
import { passwordResetMail, type Lang } from '../mail/templates.js';
import { checkEmail, type OpenedSession } from './person.store.js';

/** Where the web app lets a person choose the new password (the link in the e-mail). */
export const RESET_PATH = '/compte/nouveau-mot-de-passe';

/**
 * Creates a reset link and queues its e-mail when an account (live, not suspended) has this address;
 * does nothing otherwise. The caller answers the same in both cases.
 */
export async function requestPasswordReset(db: Db, mail: MailSetup, email: string): Promise<void> {
  const address = checkEmail('email', email);
  const [person] = await db.query<{ id: string; displayName: string; lang: Lang }>('person/find-reset-recipient', { email: address });
  if (!person) return;
  const token = randomBytes(32).toString('base64url');
  await db.write((tx) =>
    tx.run('person/create-password-reset', {
      id: randomUUID(),
      personId: person.id,
      tokenHash: hashToken(token),
      expiresAt: new Date(Date.now() + mail.passwordResetTtlMs).toISOString(),
    }),
  );
  const message = passwordResetMail(person.lang, {
    displayName: person.displayName,
    url: mail.mailer.link(RESET_PATH, { token }),
    validMinutes: Math.round(mail.passwordResetTtlMs / 60_000),
  });
  mail.mailer.send({ to: address, lang: person.lang, kind: 'password-reset', ...message });
}

interface ResetRow {
  id: string;
  personId: string;
  email: string;
  used: boolean;
  expired: boolean;
  deleted: boolean;
  suspended: boolean;
}

/** The reset a token names if it may still be used; otherwise the precise refusal, on the `token` field. */
async function usableReset(run: (query: string, params: Record<string, unknown>) => Promise<ResetRow[]>, token: string, lock: boolean): Promise<ResetRow> {
  const invalid = (message: string) => new AppError('INVALID_TOKEN', message, 'token');
  if (token.length === 0 || token.length > 200) throw invalid('This password reset link is not valid. Ask for a new one.');
  const [row] = await run(lock ? 'person/lock-password-reset' : 'person/find-password-reset', { tokenHash: hashToken(token) });
  if (!row || row.deleted) throw invalid('This password reset link is not valid. Ask for a new one.');
  if (row.used) throw invalid('This password reset link was already used. Ask for a new one if you need to.');
  if (row.expired) throw new AppError('TOKEN_EXPIRED', 'This password reset link has expired. Ask for a new one.', 'token');
  if (row.suspended) throw new AppError('FORBIDDEN', 'This account is suspended.', 'token');
  return row;
}

/**
 * Sets the new password of the token's person, marks their reset links used, ends all their sessions
 * (and the one the request came with) and opens a new one. Returns the person's id, e-mail and session.
 */
export async function resetPassword(
  db: Db,
  input: { token: string; newPassword: string },
  client: { ip: string; previousSessionId: string | null },
): Promise<{ personId: string; email: string; session: OpenedSession }> {
  const password = checkNewPassword('newPassword', input.newPassword);
  // Checked before hashing, so an unknown token costs no Argon2; checked again under the lock below.
  await usableReset((q, p) => db.query<ResetRow>(q, p), input.token, false);
  const passwordHash = await hashPassword(password);
  return db.write(async (tx: Tx) => {
    const reset = await usableReset((q, p) => tx.run<ResetRow>(q, p), input.token, true);
    await tx.run('person/set-password-hash', { id: reset.personId, passwordHash });
    await tx.run('person/use-password-resets', { personId: reset.personId });
    await endSessionsOf(tx, reset.personId);
    if (client.previousSessionId) await endSession(tx, client.previousSessionId);
    const session = await openSession(tx, reset.personId, client.ip);
    await recordChange(tx, { op: 'resetPassword', entityType: 'Person', entityId: reset.personId, after: { password: '(changed)' }, personId: reset.personId });
    return { personId: reset.personId, email: reset.email, session };
  });
}

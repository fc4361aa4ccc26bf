// People and their accounts: sign-up, credentials, profile, deletion (erasure), suspension, export.
// Change records about a person never hold personal data: e-mail and display name show as "(changed)",
// so erasing an account leaves nothing of it in the audit log.
import { randomUUID } from 'node:crypto';
import { endSession, endSessionsOf, openSession } from '../auth/session.js';
import { checkNewPassword, hashPassword } from '../auth/password.js';
import type { Db, Tx } from '../db/driver.js';
import { recordChange } from '../entity/entity.write.js';
import { badInput, conflict, notFound } from '../errors.js';
import { foldText } from '../shared/slug.js';
import { DEFAULT_LANG, type Lang } from '../mail/templates.js';

/** The signed-in person's own record (the `Me` type); public reads go through the people loader. */
export interface PersonRecord {
  id: string;
  displayName: string;
  email: string | null;
  emailPublic: boolean;
  isAdmin: boolean;
  /** Language of the person's e-mails. */
  lang: Lang;
  deleted: boolean;
  suspended: boolean;
  createdAt: string;
}

/** The name a deleted account shows, so its contributions stay attributed to someone. */
export const DELETED_NAME = 'Personne supprimée';
/** Marker written in change records instead of personal data. */
const CHANGED = '(changed)';

export interface OpenedSession {
  token: string;
  expiresAt: Date;
}

/** E-mails are compared trimmed and lowercased. */
export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

// Deliberately loose: one @, no spaces, a dot in the domain. The real check is a mail reaching it.
const EMAIL_SHAPE = /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/;

export function checkEmail(field: string, email: string): string {
  const normalised = normaliseEmail(email);
  if (normalised.length > 254 || !EMAIL_SHAPE.test(normalised)) throw badInput(field, 'This is not an e-mail address (expected name@example.org).');
  return normalised;
}

export function checkDisplayName(field: string, name: string): string {
  const trimmed = name.trim();
  if (trimmed.length < 1 || trimmed.length > 100) throw badInput(field, 'A display name has 1 to 100 characters.');
  if (/[\u0000-\u001f\u007f]/.test(trimmed)) throw badInput(field, 'A display name cannot contain control characters (line breaks, tabs…).');
  return trimmed;
}

function isEmailTaken(error: unknown): boolean {
  const e = error as { code?: string; message?: string } | null;
  return e?.code === 'Neo.ClientError.Schema.ConstraintValidationFailed' && /email/i.test(e.message ?? '');
}

const TAKEN = 'An account already exists for this e-mail address. Sign in, or use another address.';

/**
 * Creates an account in the caller's transaction and records it. `authorId` is the person themselves
 * at sign-up, null when created from the command line.
 */
export async function createPerson(
  tx: Tx,
  input: { email: string; displayName: string; passwordHash: string; isAdmin: boolean; lang?: Lang },
  authorId: 'self' | null,
): Promise<PersonRecord> {
  const id = randomUUID();
  const [row] = await tx.run<{ person: PersonRecord }>('person/create-person', {
    id,
    email: input.email,
    displayName: input.displayName,
    sortName: foldText(input.displayName),
    passwordHash: input.passwordHash,
    isAdmin: input.isAdmin,
    lang: input.lang ?? DEFAULT_LANG,
  });
  await recordChange(tx, {
    op: 'createPerson',
    entityType: 'Person',
    entityId: id,
    after: { email: CHANGED, displayName: CHANGED, emailPublic: false, isAdmin: input.isAdmin },
    personId: authorId === 'self' ? id : null,
  });
  return row!.person;
}

/** Validates and creates an account (unique e-mail), and opens its first session. */
export async function signUp(
  db: Db,
  input: { email: string; password: string; displayName: string; lang?: Lang },
  client: { ip: string; previousSessionId: string | null },
): Promise<{ person: PersonRecord; session: OpenedSession }> {
  const email = checkEmail('email', input.email);
  const password = checkNewPassword('password', input.password);
  const displayName = checkDisplayName('displayName', input.displayName);
  const passwordHash = await hashPassword(password);
  try {
    return await db.write(async (tx) => {
      if ((await tx.run('person/find-login', { email })).length > 0) throw conflict(TAKEN, 'email');
      const person = await createPerson(tx, { email, displayName, passwordHash, isAdmin: false, lang: input.lang }, 'self');
      if (client.previousSessionId) await endSession(tx, client.previousSessionId);
      const session = await openSession(tx, person.id, client.ip);
      return { person, session };
    });
  } catch (error) {
    // Two sign-ups racing for one address: the constraint decides, the message stays the same.
    if (isEmailTaken(error)) throw conflict(TAKEN, 'email');
    throw error;
  }
}

export interface LoginRecord {
  id: string;
  passwordHash: string | null;
  suspended: boolean;
}

export async function findLogin(db: Db, email: string): Promise<LoginRecord | null> {
  const [row] = await db.query<LoginRecord>('person/find-login', { email: normaliseEmail(email) });
  return row ?? null;
}

/** Opens a session after a verified sign-in, ending the session the request came with (a new token each time). */
export async function startSession(db: Db, personId: string, client: { ip: string; previousSessionId: string | null }): Promise<OpenedSession> {
  return db.write(async (tx) => {
    if (client.previousSessionId) await endSession(tx, client.previousSessionId);
    return openSession(tx, personId, client.ip);
  });
}

export async function endOneSession(db: Db, sessionId: string): Promise<boolean> {
  return (await db.write((tx) => endSession(tx, sessionId))) > 0;
}

export async function getCredentials(db: Db, personId: string): Promise<{ email: string; passwordHash: string | null } | null> {
  const [row] = await db.query<{ email: string; passwordHash: string | null }>('person/get-credentials', { id: personId });
  return row ?? null;
}

/** The signed-in person's own record, or null if the account is gone. */
export async function getMe(db: Db, personId: string): Promise<PersonRecord | null> {
  const [row] = await db.query<{ person: PersonRecord }>('person/get-me', { id: personId });
  return row?.person ?? null;
}

/** Sets a new password hash and ends every other session of the person. */
export async function changePassword(db: Db, personId: string, newPassword: string, keepSessionId: string | null): Promise<void> {
  const passwordHash = await hashPassword(checkNewPassword('newPassword', newPassword));
  await db.write(async (tx) => {
    const [row] = await tx.run('person/set-password-hash', { id: personId, passwordHash });
    if (!row) throw notFound('account', personId);
    await endSessionsOf(tx, personId, keepSessionId);
    await recordChange(tx, { op: 'changePassword', entityType: 'Person', entityId: personId, after: { password: CHANGED }, personId });
  });
}

export async function updateProfile(
  db: Db,
  personId: string,
  input: { displayName?: string | null; emailPublic?: boolean | null; lang?: Lang | null },
): Promise<PersonRecord> {
  if (input.displayName === null) throw badInput('displayName', 'A display name cannot be removed.');
  if (input.emailPublic === null) throw badInput('emailPublic', 'emailPublic is true or false; leave it out to keep it as it is.');
  if (input.lang === null) throw badInput('lang', 'lang is FR or EN; leave it out to keep it as it is.');
  const displayName = input.displayName === undefined ? null : checkDisplayName('displayName', input.displayName);
  return db.write(async (tx) => {
    const [row] = await tx.run<{ before: { displayName: string; emailPublic: boolean; lang: Lang }; person: PersonRecord }>('person/update-profile', {
      id: personId,
      displayName,
      sortName: displayName === null ? null : foldText(displayName),
      emailPublic: input.emailPublic ?? null,
      lang: input.lang ?? null,
    });
    if (!row) throw notFound('account', personId);
    const before: Record<string, unknown> = {};
    const after: Record<string, unknown> = {};
    if (row.before.displayName !== row.person.displayName) {
      before.displayName = CHANGED;
      after.displayName = CHANGED;
    }
    if (row.before.emailPublic !== row.person.emailPublic) {
      before.emailPublic = row.before.emailPublic;
      after.emailPublic = row.person.emailPublic;
    }
    if (row.before.lang !== row.person.lang) {
      before.lang = row.before.lang;
      after.lang = row.person.lang;
    }
    if (Object.keys(after).length > 0) await recordChange(tx, { op: 'updatePerson', entityType: 'Person', entityId: personId, before, after, personId });
    return row.person;
  });
}

/**
 * Erases the account's personal data, ends its sessions and current memberships; the node and id stay.
 * Each ended membership gets its own change record, about its space, as when a member leaves.
 */
export async function deletePerson(db: Db, personId: string): Promise<void> {
  await db.write(async (tx) => {
    const [row] = await tx.run<{ id: string; endedMemberships: { id: string; spaceId: string; until: string }[] }>('person/erase-person', {
      id: personId,
      deletedName: DELETED_NAME,
      deletedSortName: foldText(DELETED_NAME),
    });
    if (!row) throw notFound('account', personId);
    await endSessionsOf(tx, personId);
    for (const m of row.endedMemberships) {
      await recordChange(tx, { op: 'endMembership', entityType: 'Membership', entityId: m.id, before: { until: null }, after: { until: m.until }, personId, subjectIds: [m.spaceId] });
    }
    await recordChange(tx, {
      op: 'deletePerson',
      entityType: 'Person',
      entityId: personId,
      before: { email: CHANGED, displayName: CHANGED },
      after: { email: null, displayName: DELETED_NAME, deleted: true },
      personId,
    });
  });
}

/** Suspends an account (the caller checked the administrator's right): it cannot sign in, its sessions end. */
export async function suspendPerson(db: Db, input: { personId: string; reason: string }, adminId: string): Promise<PersonRecord> {
  const reason = input.reason.trim();
  if (reason.length < 1 || reason.length > 1000) throw badInput('reason', 'Give the reason for the suspension (1 to 1000 characters).');
  if (input.personId === adminId) throw badInput('personId', 'You cannot suspend your own account.');
  return db.write(async (tx) => {
    const [row] = await tx.run<{ wasSuspended: boolean; person: PersonRecord }>('person/suspend-person', { id: input.personId, reason });
    if (!row) throw notFound('person', input.personId, 'personId');
    const ended = await endSessionsOf(tx, input.personId);
    await recordChange(tx, {
      op: 'suspendPerson',
      entityType: 'Person',
      entityId: input.personId,
      before: { suspended: row.wasSuspended },
      after: { suspended: true, reason, sessionsEnded: ended },
      personId: adminId,
    });
    return row.person;
  });
}

/** Makes an existing account an administrator (command line). Null when no account has this e-mail. */
export async function promoteToAdmin(db: Db, email: string): Promise<{ person: PersonRecord; wasAdmin: boolean } | null> {
  return db.write(async (tx) => {
    const [row] = await tx.run<{ wasAdmin: boolean; person: PersonRecord }>('person/promote-to-admin', { email: normaliseEmail(email) });
    if (!row) return null;
    if (!row.wasAdmin) {
      await recordChange(tx, { op: 'updatePerson', entityType: 'Person', entityId: row.person.id, before: { isAdmin: false }, after: { isAdmin: true }, personId: null });
    }
    return row;
  });
}

/** Creates an administrator account (command line). */
export async function createAdmin(db: Db, input: { email: string; displayName: string; password: string }): Promise<PersonRecord> {
  const email = checkEmail('email', input.email);
  const displayName = checkDisplayName('name', input.displayName);
  const passwordHash = await hashPassword(checkNewPassword('password', input.password));
  try {
    return await db.write((tx) => createPerson(tx, { email, displayName, passwordHash, isAdmin: true }, null));
  } catch (error) {
    if (isEmailTaken(error)) throw conflict(TAKEN, 'email');
    throw error;
  }
}

export interface PersonExport {
  exportedAt: string;
  profile: Record<string, unknown>;
  memberships: Record<string, unknown>[];
  changes: Record<string, unknown>[];
  sessions: Record<string, unknown>[];
}

/** Everything held about the person, for their own download. */
export async function exportPersonData(db: Db, personId: string): Promise<PersonExport> {
  const [row] = await db.query<Omit<PersonExport, 'exportedAt'>>('person/export-person-data', { id: personId });
  if (!row) throw notFound('account', personId);
  const parse = (json: unknown) => (typeof json === 'string' ? (JSON.parse(json) as unknown) : null);
  return {
    exportedAt: new Date().toISOString(),
    profile: row.profile,
    memberships: row.memberships,
    changes: row.changes.map((c) => ({ ...c, before: parse(c.before), after: parse(c.after) })),
    sessions: row.sessions,
  };
}

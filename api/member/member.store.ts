// Memberships of spaces: invitations, join requests, role changes and departures. Every change is
// dated (a role change ends one membership and starts another) and written to the audit log.
import { randomBytes, randomUUID } from 'node:crypto';
import { SPACE_KINDS, requireOne, type Seer } from '../auth/lookup.js';
import { RULES, requireRole, requireSignedIn, type Author, type Role } from '../auth/rights.js';
import { hashToken } from '../auth/session.js';
import type { Db, Tx } from '../db/driver.js';
import { recordChange } from '../entity/entity.write.js';
import { AppError, badInput, conflict, notFound } from '../errors.js';
import type { MailSetup } from '../mail/mailer.js';
import { DEFAULT_LANG, invitationMail, type Lang } from '../mail/templates.js';
import type { EntityRecord, InvitationRecord, JoinRequestRecord, MembershipRecord, PublicPersonRecord } from '../records.js';

/** Invitations stay valid this long. */
export const INVITATION_DAYS = 14;

/** Where the web app takes the link of an invitation e-mail: sign up or sign in, then acceptInvitation. */
export const INVITATION_PATH = '/invitation';

/** The space (actor, action or partnership) the id names, if the author may see it (api/auth/lookup.ts). */
export async function requireSpace(tx: Tx, by: Seer, spaceId: string, field = 'spaceId'): Promise<EntityRecord> {
  return requireOne(tx, by, field, spaceId, SPACE_KINDS);
}

/** A membership its member, or whoever may read its space's member list, may see. */
async function getMembership(tx: Tx, by: Author, id: string): Promise<MembershipRecord> {
  const { __typename: _t, ...m } = await requireOne(tx, by, 'membershipId', id, ['Membership']);
  return m;
}

async function startMembership(tx: Tx, by: Author, personId: string, spaceId: string, role: Role, op: string): Promise<MembershipRecord> {
  const [existing] = await tx.run<{ id: string; role: Role }>('member/find-current-membership', { personId, spaceId });
  if (existing) throw conflict(`This person is already a member of the space (role ${existing.role}); change their role instead.`);
  const id = randomUUID();
  await tx.run('member/create-membership', { id, personId, spaceId, role, since: by.now });
  await recordChange(tx, { op, entityType: 'Membership', entityId: id, after: { personId, spaceId, role }, personId: by.personId, subjectIds: [spaceId] });
  return { id, personId, spaceId, role, since: new Date(by.now).toISOString(), until: null };
}

/** Refuses to leave a space without a manager: the last direct MANAGER needs a successor first. */
async function keepAManager(tx: Tx, m: MembershipRecord): Promise<void> {
  if (m.role !== 'MANAGER') return;
  const [row] = await tx.run<{ managers: number }>('member/count-current-managers', { spaceId: m.spaceId });
  if ((row?.managers ?? 0) <= 1) throw conflict('This is the last manager of the space: appoint another manager before leaving or changing this role.', 'membershipId');
}

/**
 * Creates an invitation. Every invitation has a random token, stored hashed: a link invitation's is
 * returned once, to share; an e-mail invitation's goes only into the e-mail sent to the address (its
 * link leads through sign-up or sign-in to acceptInvitation with the token), queued once the
 * invitation is saved. The e-mail is in `lang`, else the invited account's language, else the inviter's.
 */
export async function inviteMember(
  db: Db,
  input: { spaceId: string; role: Role; email?: string | null; lang?: Lang },
  by: Author,
  mail: MailSetup,
): Promise<{ invitation: InvitationRecord; token: string | null }> {
  const email = input.email != null ? input.email.trim().toLowerCase() : null;
  if (email !== null && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) throw badInput('email', 'This is not an e-mail address.');
  const token = randomBytes(24).toString('base64url');
  const { invitation, space } = await db.write(async (tx) => {
    const space = await requireSpace(tx, by, input.spaceId);
    await requireRole(tx, by, [space], RULES.manageMembers, `invite people into "${space.name}"`);
    const [row] = await tx.run<{ invitation: InvitationRecord }>('member/create-invitation', {
      id: randomUUID(),
      spaceId: space.id,
      role: input.role,
      email,
      tokenHash: hashToken(token),
      createdBy: by.personId,
      expiresAt: new Date(Date.parse(by.now) + INVITATION_DAYS * 86_400_000).toISOString(),
    });
    const invitation = row!.invitation;
    await recordChange(tx, { op: 'inviteMember', entityType: 'Invitation', entityId: invitation.id, after: { role: input.role, byLink: email === null }, personId: by.personId, subjectIds: [space.id] });
    return { invitation, space };
  });
  if (email === null) return { invitation, token };
  await sendInvitationMail(db, mail, { invitation, spaceName: space.name, email, token, lang: input.lang, inviterId: by.personId });
  return { invitation, token: null };
}

async function sendInvitationMail(
  db: Db,
  mail: MailSetup,
  args: { invitation: InvitationRecord; spaceName: string; email: string; token: string; lang?: Lang; inviterId: string | null },
): Promise<void> {
  const [who] = await db.query<{ inviterName: string | null; inviterLang: Lang | null; inviteeLang: Lang | null }>('member/get-invitation-mail-context', {
    inviterId: args.inviterId,
    email: args.email,
  });
  const lang = args.lang ?? who?.inviteeLang ?? who?.inviterLang ?? DEFAULT_LANG;
  const message = invitationMail(lang, {
    inviterName: who?.inviterName ?? null,
    spaceName: args.spaceName,
    role: args.invitation.role,
    url: mail.mailer.link(INVITATION_PATH, { token: args.token }),
    expiresAt: args.invitation.expiresAt,
  });
  mail.mailer.send({ to: args.email, lang, kind: 'invitation', ...message });
}

export async function acceptInvitation(db: Db, input: { invitationId?: string | null; token?: string | null }, by: Author): Promise<MembershipRecord> {
  const personId = requireSignedIn(by, 'accept an invitation');
  if ((input.invitationId == null) === (input.token == null)) throw badInput('invitationId', 'Give the invitation id or the token of an invitation link (one of them).');
  return db.write(async (tx) => {
    const field = input.token != null ? 'token' : 'invitationId';
    // By id: only an invitation addressed to the person's own e-mail is theirs to see (api/auth/lookup.ts);
    // by token: the token is the invitation.
    let invitation: InvitationRecord | undefined;
    if (input.invitationId != null) invitation = await requireOne(tx, by, 'invitationId', input.invitationId, ['Invitation']);
    else {
      const [row] = await tx.run<{ invitation: InvitationRecord }>('member/find-invitation', { tokenHash: hashToken(input.token!) });
      invitation = row?.invitation;
    }
    if (!invitation) throw notFound('invitation', null, field);
    if (invitation.acceptedAt) throw conflict('This invitation was already used.', field);
    if (invitation.expiresAt <= new Date(by.now).toISOString()) throw badInput(field, 'This invitation has expired; ask the space’s managers for a new one.');
    await tx.run('member/accept-invitation', { id: invitation.id, personId });
    return startMembership(tx, by, personId, invitation.spaceId, invitation.role, 'acceptInvitation');
  });
}

export async function requestToJoin(db: Db, input: { spaceId: string; message?: string | null }, by: Author): Promise<JoinRequestRecord> {
  const personId = requireSignedIn(by, 'ask to join a space');
  if (input.message != null && input.message.length > 2000) throw badInput('message', 'The message is too long (2,000 characters at most).');
  return db.write(async (tx) => {
    // A members-only space does not exist for others (the lookup answers NOT_FOUND); those who see it
    // from above (managers of a parent space) are told it is joined by invitation.
    const space = await requireSpace(tx, by, input.spaceId);
    const [member] = await tx.run('member/find-current-membership', { personId, spaceId: space.id });
    if (member) throw conflict('You are already a member of this space.', 'spaceId');
    if ((space as { visibility?: string }).visibility === 'MEMBERS' && !by.isAdmin) {
      throw new AppError('FORBIDDEN', `"${space.name}" is open to its members only: its managers invite people in.`, 'spaceId');
    }
    const [pending] = await tx.run('member/find-join-request', { personId, spaceId: space.id });
    if (pending) throw conflict('You already asked to join this space; its managers have not answered yet.', 'spaceId');
    const [row] = await tx.run<{ request: JoinRequestRecord }>('member/create-join-request', { id: randomUUID(), personId, spaceId: space.id, message: input.message ?? null });
    await recordChange(tx, { op: 'requestToJoin', entityType: 'JoinRequest', entityId: row!.request.id, after: { spaceId: space.id }, personId, subjectIds: [space.id] });
    return row!.request;
  });
}

export async function answerJoinRequest(db: Db, input: { requestId: string; accept: boolean; role?: Role | null }, by: Author): Promise<JoinRequestRecord> {
  return db.write(async (tx) => {
    const request = await requireOne(tx, by, 'requestId', input.requestId, ['JoinRequest']);
    const space = await requireSpace(tx, by, request.spaceId, 'requestId');
    await requireRole(tx, by, [space], RULES.manageMembers, `answer join requests of "${space.name}"`);
    if (request.status !== 'PENDING') throw conflict(`This request was already answered (${request.status}).`, 'requestId');
    const [row] = await tx.run<{ request: JoinRequestRecord }>('member/answer-join-request', { id: request.id, status: input.accept ? 'ACCEPTED' : 'DECLINED', answeredBy: by.personId });
    await recordChange(tx, { op: 'answerJoinRequest', entityType: 'JoinRequest', entityId: request.id, before: { status: 'PENDING' }, after: { status: row!.request.status }, personId: by.personId, subjectIds: [space.id] });
    if (input.accept) await startMembership(tx, by, request.personId, space.id, input.role ?? 'MEMBER', 'acceptJoinRequest');
    return row!.request;
  });
}

export async function changeMemberRole(db: Db, input: { membershipId: string; role: Role }, by: Author): Promise<MembershipRecord> {
  return db.write(async (tx) => {
    const m = await getMembership(tx, by, input.membershipId);
    const space = await requireSpace(tx, by, m.spaceId, 'membershipId');
    await requireRole(tx, by, [space], RULES.manageMembers, `change roles in "${space.name}"`);
    if (m.until !== null) throw badInput('membershipId', 'This membership has ended.');
    if (m.role === input.role) return m;
    if (input.role !== 'MANAGER') await keepAManager(tx, m);
    await tx.run('member/end-membership', { id: m.id, until: by.now });
    const id = randomUUID();
    await tx.run('member/create-membership', { id, personId: m.personId, spaceId: m.spaceId, role: input.role, since: by.now });
    await recordChange(tx, { op: 'changeMemberRole', entityType: 'Membership', entityId: id, before: { membershipId: m.id, role: m.role }, after: { role: input.role }, personId: by.personId, subjectIds: [space.id] });
    return { id, personId: m.personId, spaceId: m.spaceId, role: input.role, since: new Date(by.now).toISOString(), until: null };
  });
}

export async function endMembership(db: Db, input: { membershipId: string }, by: Author): Promise<MembershipRecord> {
  requireSignedIn(by, 'end a membership');
  return db.write(async (tx) => {
    const m = await getMembership(tx, by, input.membershipId);
    const space = await requireSpace(tx, by, m.spaceId, 'membershipId');
    if (m.personId !== by.personId) await requireRole(tx, by, [space], RULES.manageMembers, `remove members of "${space.name}"`);
    if (m.until !== null) throw badInput('membershipId', 'This membership has already ended.');
    await keepAManager(tx, m);
    await tx.run('member/end-membership', { id: m.id, until: by.now });
    await recordChange(tx, { op: 'endMembership', entityType: 'Membership', entityId: m.id, before: { until: null }, after: { until: by.now }, personId: by.personId, subjectIds: [space.id] });
    return { ...m, until: new Date(by.now).toISOString() };
  });
}

export async function listMembers(db: Db, spaceIds: readonly string[]): Promise<Map<string, MembershipRecord[]>> {
  const rows = await db.query<{ spaceId: string; membership: MembershipRecord }>('member/list-members', { spaceIds });
  const out = new Map<string, MembershipRecord[]>();
  for (const r of rows) out.set(r.spaceId, [...(out.get(r.spaceId) ?? []), r.membership]);
  return out;
}

export async function listMembershipsOf(db: Db, personId: string): Promise<MembershipRecord[]> {
  return (await db.query<{ membership: MembershipRecord }>('member/list-memberships-of-person', { personId })).map((r) => r.membership);
}

export async function listInvitationsFor(db: Db, personId: string): Promise<InvitationRecord[]> {
  const [me] = await db.query<{ email: string | null }>('member/get-person-email', { personId });
  if (!me?.email) return [];
  return (await db.query<{ invitation: InvitationRecord }>('member/list-invitations-for-email', { email: me.email })).map((r) => r.invitation);
}

export async function getPeopleByIds(db: Db, ids: readonly string[]): Promise<Map<string, PublicPersonRecord>> {
  const rows = await db.query<{ id: string; person: PublicPersonRecord }>('member/get-people-by-ids', { ids });
  return new Map(rows.map((r) => [r.id, r.person]));
}

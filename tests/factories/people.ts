// People for tests: an administrator session (for tests about the model, not about rights), fresh
// accounts signed in on their own clients, and roles in spaces given the way people get them.
import { randomUUID } from 'node:crypto';
import { openSession } from '../../api/auth/session.js';
import type { Db } from '../../api/db/driver.js';
import { graphql } from '../gql/index.js';
import type { Role } from '../gql/graphql.js';
import type { TestApi } from '../helpers/api.js';
import { signUpClient, type Client, type SignedUp } from '../helpers/client.js';
import { idOf, send, type Ref, type Writer } from './write.js';

/** Creates an administrator account and opens a session; returns the cookie value to send. */
export async function adminSession(db: Db): Promise<{ personId: string; cookie: string }> {
  const personId = randomUUID();
  return db.write(async (tx) => {
    await tx.runText(
      `CREATE (:Person {id: $id, email: $email, displayName: 'Admin de test', sortName: 'admin de test', emailPublic: false,
        isAdmin: true, createdAt: datetime(), updatedAt: datetime()})`,
      { id: personId, email: `admin-${personId}@test.convergences.local` },
    );
    const { token } = await openSession(tx, personId, '127.0.0.1');
    return { personId, cookie: `cv_session=${token}` };
  });
}

/** A signed-in person: their own cookie-holding client, ids, and `ok`/`gql` shortcuts on it. */
export interface Someone extends SignedUp {
  ok: Client['ok'];
  gql: Client['gql'];
}

/** A fresh account, signed in on its own client. */
export async function signedIn(api: Pick<TestApi, 'url'>, options: { displayName?: string } = {}): Promise<Someone> {
  const person = await signUpClient(api, options);
  return { ...person, ok: (q, v) => person.client.ok(q, v), gql: (q, v) => person.client.gql(q, v) };
}

const INVITE_MEMBER = graphql(`
  mutation FactoryInviteMember($input: InviteMemberInput!) {
    inviteMember(input: $input) {
      invitation {
        id
      }
    }
  }
`);

const ACCEPT_INVITATION = graphql(`
  mutation FactoryAcceptInvitation($input: AcceptInvitationInput!) {
    acceptInvitation(input: $input) {
      membership {
        id
      }
    }
  }
`);

/**
 * Gives `person` a role in a space the way people get one: `manager` invites their e-mail, they accept
 * the invitation by its id. Returns the new membership's id.
 */
export async function addMember(manager: Writer, space: Ref, person: Pick<SignedUp, 'client' | 'email'>, role: Role): Promise<string> {
  const invited = await send(manager, INVITE_MEMBER, { input: { spaceId: idOf(space), role, email: person.email } });
  const accepted = await send(person.client, ACCEPT_INVITATION, { input: { invitationId: invited.inviteMember.invitation.id } });
  return accepted.acceptInvitation.membership.id;
}

// People for tests: an administrator session (for tests about the model, not about rights).
import { randomUUID } from 'node:crypto';
import { openSession } from '../../api/auth/session.js';
import type { Db } from '../../api/db/driver.js';

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

// Password hashing with Argon2id (OWASP's recommended parameters) and the checks a new password passes.
import { hash, verify, type Algorithm } from '@node-rs/argon2';
import { badInput } from '../errors.js';

// `Algorithm` is a const enum, which isolatedModules cannot read at compile time; 2 is Argon2id.
const ARGON2ID = 2 as Algorithm.Argon2id;
const OPTIONS = { algorithm: ARGON2ID, memoryCost: 19_456, timeCost: 2, parallelism: 1 };

export const PASSWORD_MIN = 10;
export const PASSWORD_MAX = 200;

/** A new password's length rule; the error names the input field. Passwords are never trimmed. */
export function checkNewPassword(field: string, password: string): string {
  if (password.length < PASSWORD_MIN || password.length > PASSWORD_MAX) {
    throw badInput(field, `A password has ${PASSWORD_MIN} to ${PASSWORD_MAX} characters.`);
  }
  return password;
}

export function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS);
}

let dummyHash: Promise<string> | null = null;

/**
 * True when the password matches the stored hash. With no hash (unknown e-mail, deleted account) it
 * still verifies against a dummy hash of the same cost, so the answer takes as long either way.
 */
export async function verifyPassword(storedHash: string | null | undefined, password: string): Promise<boolean> {
  // An overlong password cannot be right; do not spend Argon2 on it, but keep the timing.
  const candidate = password.length > PASSWORD_MAX ? '' : password;
  if (!storedHash) {
    dummyHash ??= hashPassword('not-a-password: timing stand-in');
    await verify(await dummyHash, candidate).catch(() => false);
    return false;
  }
  try {
    const ok = await verify(storedHash, candidate);
    return ok && candidate === password;
  } catch {
    // A malformed stored hash counts as a mismatch rather than a server error.
    return false;
  }
}

// Accounts: sign-up, sign-in (rate-limited), sign-out, password (and its reset by e-mail), profile,
// deletion, suspension, export.
import { setTimeout as sleep } from 'node:timers/promises';
import { verifyPassword } from '../auth/password.js';
import type { Context } from '../context.js';
import { AppError } from '../errors.js';
import type { Resolvers } from '../generated/graphql.js';
import { langOf, languageOf } from '../mail/templates.js';
import { requestPasswordReset, resetPassword } from './password-reset.js';
import {
  changePassword,
  deletePerson,
  endOneSession,
  exportPersonData,
  findLogin,
  getCredentials,
  getMe,
  normaliseEmail,
  signUp,
  startSession,
  suspendPerson,
  updateProfile,
  type OpenedSession,
} from './person.store.js';

const WRONG_CREDENTIALS = 'E-mail or password is incorrect.';

/** "in 3 minutes", "in 20 seconds": how long a refused client waits, in words. */
function waitWords(seconds: number): string {
  if (seconds < 60) return `${seconds} second${seconds > 1 ? 's' : ''}`;
  const minutes = Math.ceil(seconds / 60);
  return `${minutes} minute${minutes > 1 ? 's' : ''}`;
}

class TooManyAttempts extends AppError {
  constructor(what: string, retryAfterSeconds: number) {
    super('TOO_MANY_REQUESTS', `Too many ${what}; try again in ${waitWords(retryAfterSeconds)}.`);
    this.extensions.retryAfterSeconds = retryAfterSeconds;
  }
}

/** No address is longer than 254 characters; the cut keeps a huge input from becoming a huge key. */
const accountKey = (email: string) => normaliseEmail(email).slice(0, 254);

/**
 * Counts a password attempt against the (account, address) pair, the address and the account, then
 * waits as long as the account's backstop asks (a distributed attack on one account is slowed, not
 * turned into a lock-out of its owner), or refuses it.
 */
async function countAttempt(ctx: Context, email: string): Promise<void> {
  const verdict = await ctx.limits.login.attempt(ctx.db, accountKey(email), ctx.http.clientIp);
  if ('refusedForSeconds' in verdict) throw new TooManyAttempts('sign-in attempts', verdict.refusedForSeconds);
  if (verdict.delayMs > 0) await sleep(verdict.delayMs);
}

function signedIn(ctx: Context): string {
  if (!ctx.viewer.personId) throw new AppError('UNAUTHENTICATED', 'Sign in first.');
  return ctx.viewer.personId;
}

function client(ctx: Context): { ip: string; previousSessionId: string | null } {
  return { ip: ctx.http.clientIp, previousSessionId: ctx.viewer.sessionId };
}

function setCookie(ctx: Context, session: OpenedSession): void {
  ctx.http.setSessionCookie(session.token, session.expiresAt);
}

/** Checks the signed-in person's password before a sensitive change; attempts count like sign-ins. */
async function confirmPassword(ctx: Context, personId: string, password: string, field: string): Promise<void> {
  const credentials = await getCredentials(ctx.db, personId);
  if (!credentials) throw new AppError('UNAUTHENTICATED', 'Sign in first.');
  await countAttempt(ctx, credentials.email);
  if (!(await verifyPassword(credentials.passwordHash, password))) throw new AppError('BAD_USER_INPUT', 'The password is incorrect.', field);
  await ctx.limits.login.succeeded(ctx.db, accountKey(credentials.email), ctx.http.clientIp);
}

export const personResolvers: Resolvers = {
  Query: {
    me: (_, __, ctx) => (ctx.viewer.personId ? getMe(ctx.db, ctx.viewer.personId) : null),
    // The public profile, the same for everyone (the person included): it shows what others see.
    person: (_, { id }, ctx) => ctx.loaders.people.load(id),
    exportMyData: async (_, __, ctx) => JSON.stringify(await exportPersonData(ctx.db, signedIn(ctx)), null, 2),
  },
  Mutation: {
    signUp: async (_, { input }, ctx) => {
      // Counted per address before the password is hashed: account spam and Argon2 CPU are bounded.
      const wait = await ctx.limits.signUp.attempt(ctx.db, ctx.http.clientIp);
      if (wait > 0) throw new TooManyAttempts('sign-ups from this address', wait);
      const { person, session } = await signUp(ctx.db, { ...input, lang: input.lang ? langOf(input.lang) : undefined }, client(ctx));
      setCookie(ctx, session);
      return { me: person };
    },
    logIn: async (_, { input }, ctx) => {
      // Counted before the password is checked, so parallel or aliased attempts cannot overtake the limit.
      await countAttempt(ctx, input.email);
      const login = await findLogin(ctx.db, input.email);
      // Unknown e-mails verify against a dummy hash: same answer, same time.
      const ok = await verifyPassword(login?.passwordHash, input.password);
      if (!login || !ok) throw new AppError('UNAUTHENTICATED', WRONG_CREDENTIALS);
      await ctx.limits.login.succeeded(ctx.db, accountKey(input.email), ctx.http.clientIp);
      if (login.suspended) throw new AppError('FORBIDDEN', 'This account is suspended.');
      const session = await startSession(ctx.db, login.id, client(ctx));
      setCookie(ctx, session);
      const me = await getMe(ctx.db, login.id);
      if (!me) throw new AppError('UNAUTHENTICATED', WRONG_CREDENTIALS);
      return { me };
    },
    logOut: async (_, __, ctx) => {
      // Clear the cookie even without a live session: it may hold an ended or expired token.
      ctx.http.clearSessionCookie();
      if (!ctx.viewer.sessionId) return false;
      return endOneSession(ctx.db, ctx.viewer.sessionId);
    },
    changePassword: async (_, { input }, ctx) => {
      const personId = signedIn(ctx);
      await confirmPassword(ctx, personId, input.currentPassword, 'currentPassword');
      await changePassword(ctx.db, personId, input.newPassword, ctx.viewer.sessionId);
      return true;
    },
    requestPasswordReset: async (_, { input }, ctx) => {
      // Counted per e-mail and per client address whether or not the account exists: neither the
      // answer nor a refusal says whether it does.
      const wait = await ctx.limits.passwordReset.request(ctx.db, accountKey(input.email), ctx.http.clientIp);
      if (wait > 0) throw new TooManyAttempts('password reset requests', wait);
      await requestPasswordReset(ctx.db, ctx.mail, input.email);
      return true;
    },
    resetPassword: async (_, { input }, ctx) => {
      const wait = await ctx.limits.passwordReset.use(ctx.db, ctx.http.clientIp);
      if (wait > 0) throw new TooManyAttempts('password reset attempts', wait);
      const { personId, email, session } = await resetPassword(ctx.db, input, client(ctx));
      // The owner proved they hold the address: earlier wrong passwords from here no longer lock them out.
      await ctx.limits.login.succeeded(ctx.db, accountKey(email), ctx.http.clientIp);
      setCookie(ctx, session);
      const me = await getMe(ctx.db, personId);
      if (!me) throw new AppError('UNAUTHENTICATED', 'Sign in first.');
      return { me };
    },
    updateMyProfile: async (_, { input }, ctx) =>
      updateProfile(ctx.db, signedIn(ctx), { ...input, lang: input.lang === undefined ? undefined : input.lang === null ? null : langOf(input.lang) }),
    deleteMyAccount: async (_, { input }, ctx) => {
      const personId = signedIn(ctx);
      await confirmPassword(ctx, personId, input.password, 'password');
      await deletePerson(ctx.db, personId);
      ctx.http.clearSessionCookie();
      return true;
    },
    suspendPerson: async (_, { input }, ctx) => {
      const adminId = signedIn(ctx);
      if (!ctx.viewer.isAdmin) throw new AppError('FORBIDDEN', 'Only administrators may suspend accounts.');
      return suspendPerson(ctx.db, input, adminId);
    },
  },
  Me: {
    id: (p) => p.id,
    displayName: (p) => p.displayName,
    email: (p) => p.email ?? '',
    emailPublic: (p) => p.emailPublic,
    isAdmin: (p) => p.isAdmin,
    lang: (p) => languageOf(p.lang),
  },
  Person: {
    id: (p) => p.id,
    displayName: (p) => p.displayName,
    // The stores already blank it; checked again here for records reached by any other path.
    email: (p) => (p.emailPublic && !p.deleted ? p.email : null),
    deleted: (p) => p.deleted,
  },
};

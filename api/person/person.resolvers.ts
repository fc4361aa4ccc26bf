// Accounts: sign-up, sign-in (rate-limited), sign-out, password, profile, deletion, suspension, export.
import { verifyPassword } from '../auth/password.js';
import { LoginLimiter } from '../auth/rate-limit.js';
import type { Context } from '../context.js';
import { AppError } from '../errors.js';
import type { Resolvers } from '../generated/graphql.js';
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

/**
 * Password attempts, for this server process: per account and per client address. Tests may swap
 * the limits (`loginLimiter.configure`) rather than wait out a window.
 */
export const loginLimiter = new LoginLimiter();

const WRONG_CREDENTIALS = 'E-mail or password is incorrect.';

class TooManyAttempts extends AppError {
  constructor(retryAfterSeconds: number) {
    const minutes = Math.ceil(retryAfterSeconds / 60);
    super('TOO_MANY_REQUESTS', `Too many sign-in attempts; try again in ${minutes} minute${minutes > 1 ? 's' : ''}.`);
    this.extensions.retryAfterSeconds = retryAfterSeconds;
  }
}

/** Counts a password attempt against the account and the client address, or refuses it. */
function countAttempt(ctx: Context, email: string): void {
  // No address is longer than 254 characters; the cut keeps a huge input from becoming a huge key.
  const wait = loginLimiter.attempt(normaliseEmail(email).slice(0, 254), ctx.http.clientIp);
  if (wait > 0) throw new TooManyAttempts(wait);
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
  countAttempt(ctx, credentials.email);
  if (!(await verifyPassword(credentials.passwordHash, password))) throw new AppError('BAD_USER_INPUT', 'The password is incorrect.', field);
  loginLimiter.succeeded(normaliseEmail(credentials.email));
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
      const { person, session } = await signUp(ctx.db, input, client(ctx));
      setCookie(ctx, session);
      return { me: person };
    },
    logIn: async (_, { input }, ctx) => {
      // Counted before the password is checked, so parallel or aliased attempts cannot overtake the limit.
      countAttempt(ctx, input.email);
      const login = await findLogin(ctx.db, input.email);
      // Unknown e-mails verify against a dummy hash: same answer, same time.
      const ok = await verifyPassword(login?.passwordHash, input.password);
      if (!login || !ok) throw new AppError('UNAUTHENTICATED', WRONG_CREDENTIALS);
      loginLimiter.succeeded(normaliseEmail(input.email).slice(0, 254));
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
    updateMyProfile: async (_, { input }, ctx) => updateProfile(ctx.db, signedIn(ctx), input),
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
  },
  Person: {
    id: (p) => p.id,
    displayName: (p) => p.displayName,
    // The stores already blank it; checked again here for records reached by any other path.
    email: (p) => (p.emailPublic && !p.deleted ? p.email : null),
    deleted: (p) => p.deleted,
  },
};

// Outgoing e-mail, one way for every message: through SMTP (nodemailer, SMTP_URL), into the local
// outbox in development (one JSON file per message, listed at /dev/outbox.json), or nowhere
// (MAIL_DISABLED). Messages leave one at a time, in the order they were queued, after the request that
// queued them has answered: the answer and its timing never depend on the mail server (a password
// reset answers alike whether or not an e-mail goes out), and a failure is logged, never shown.
import { createTransport } from 'nodemailer';
import type { MailConfig } from '../config.js';
import type { Lang } from './templates.js';
import { writeToOutbox } from './outbox.js';

export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
  html: string;
  lang: Lang;
  /** What the message is about (password-reset, invitation): for logs and the dev outbox. */
  kind: string;
}

export interface Mailer {
  readonly mode: MailConfig['mode'];
  /** Queues a message; it is sent after the current ones. Never throws: failures are logged. */
  send(mail: OutgoingMail): void;
  /** Resolves when every queued message has been handled (sent, written or failed). */
  idle(): Promise<void>;
  /** One line for the start log: where messages go. */
  describe(): string;
  /** An absolute link into the web app for an e-mail: `link('/invitation', { token })`. */
  link(path: string, query?: Record<string, string>): string;
  close(): void;
}

/** What the account mutations need to send their e-mails (the request context carries it). */
export interface MailSetup {
  mailer: Mailer;
  /** How long a password reset link stays valid. */
  passwordResetTtlMs: number;
}

/** SMTP waits: a mail server that hangs must not hold the queue for ever. */
const SMTP_TIMEOUTS = { connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 30_000 };

/** The SMTP URL without its password, for logs. */
export function redactedSmtpUrl(url: string): string {
  const u = new URL(url);
  if (u.password) u.password = '***';
  return u.toString();
}

type Deliver = (mail: OutgoingMail) => Promise<void>;

function deliveryFor(config: MailConfig): { deliver: Deliver; describe: string; close: () => void } {
  if (config.mode === 'smtp') {
    const transport = createTransport({ url: config.smtpUrl!, ...SMTP_TIMEOUTS });
    return {
      deliver: async (mail) => {
        await transport.sendMail({ from: config.from, to: mail.to, subject: mail.subject, text: mail.text, html: mail.html, headers: { 'Content-Language': mail.lang } });
      },
      describe: `E-mail is sent through SMTP at ${redactedSmtpUrl(config.smtpUrl!)}, from ${config.from}.`,
      close: () => transport.close(),
    };
  }
  if (config.mode === 'outbox') {
    return {
      deliver: async (mail) => {
        await writeToOutbox(config.outboxDir, { ...mail, from: config.from });
      },
      describe: `E-mail is not sent (no SMTP_URL): each message is written to ${config.outboxDir}/ and listed at /dev/outbox.json.`,
      close: () => {},
    };
  }
  return { deliver: () => Promise.resolve(), describe: 'E-mail is turned off (MAIL_DISABLED): no message is sent or kept.', close: () => {} };
}

export function createMailer(config: MailConfig, publicUrl: string, log: (line: string) => void = console.error): Mailer {
  const { deliver, describe, close } = deliveryFor(config);
  let queue: Promise<void> = Promise.resolve();
  return {
    mode: config.mode,
    send(mail) {
      queue = queue.then(() =>
        deliver(mail).catch((error: unknown) => {
          // The address is personal data: the log names the kind of message only.
          log(`An e-mail (${mail.kind}) could not be sent: ${error instanceof Error ? error.message : String(error)}`);
        }),
      );
    },
    idle: () => queue,
    describe: () => describe,
    link: (path, query = {}) => {
      const search = new URLSearchParams(query).toString();
      return `${publicUrl}${path}${search ? `?${search}` : ''}`;
    },
    close,
  };
}

/**
 * Why the start command must refuse this configuration, or null: production with no way to send
 * e-mail would silently lose every password reset and invitation.
 */
export function mailStartProblem(env: string, config: MailConfig): string | null {
  if (env !== 'production' || config.mode !== 'outbox') return null;
  return 'In production, e-mail needs SMTP_URL (and MAIL_FROM): password resets and invitations are sent by e-mail. Set them, or set MAIL_DISABLED=true to run without e-mail on purpose.';
}

// The development outbox: without SMTP_URL every message is written to MAIL_OUTBOX_DIR as one JSON
// file, named by its date so names sort by age, and GET /dev/outbox.json lists them for the
// toolbox's /dev/outbox page. The files hold working links (password resets, invitations), so they
// are readable by their owner only, and the listing exists only in development with the outbox in use.
import { randomUUID } from 'node:crypto';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Router } from 'express';
import type { Config } from '../config.js';
import type { OutgoingMail } from './mailer.js';

/** One message as the outbox keeps it. */
export interface OutboxMessage extends OutgoingMail {
  id: string;
  from: string;
  /** When it was written (ISO 8601). */
  date: string;
}

/** How many messages the listing returns at most (the newest). */
export const OUTBOX_LIST_MAX = 100;

export async function writeToOutbox(dir: string, mail: OutgoingMail & { from: string }): Promise<OutboxMessage> {
  const date = new Date().toISOString();
  const message: OutboxMessage = { id: randomUUID(), date, ...mail };
  await mkdir(dir, { recursive: true, mode: 0o700 });
  // 2026-12-02T18-35-24.123Z-<uuid>.json: the name sorts as the date does.
  await writeFile(join(dir, `${date.replace(/:/g, '-')}-${message.id}.json`), `${JSON.stringify(message, null, 2)}\n`, { mode: 0o600 });
  return message;
}

/** The newest messages first; files that are not messages are skipped. */
export async function listOutbox(dir: string, max = OUTBOX_LIST_MAX): Promise<OutboxMessage[]> {
  const names = await readdir(dir).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return [] as string[];
    throw error;
  });
  const newest = names
    .filter((n) => n.endsWith('.json'))
    .sort()
    .reverse()
    .slice(0, max);
  const messages: OutboxMessage[] = [];
  for (const name of newest) {
    try {
      messages.push(JSON.parse(await readFile(join(dir, name), 'utf8')) as OutboxMessage);
    } catch {
      // A file being written, or one put there by hand: not a message.
    }
  }
  return messages;
}

/** Whether GET /dev/outbox.json answers: outbox mode, outside production. */
export function outboxListed(config: Config): boolean {
  return config.mail.mode === 'outbox' && config.env !== 'production';
}

/** GET /dev/outbox.json: `{ dir, messages }`, newest first; 404 unless the outbox is in use in development. */
export function outboxRoutes(config: Config): Router {
  const router = Router();
  router.get('/dev/outbox.json', (_req, res, next) => {
    if (!outboxListed(config)) {
      res.status(404).json({ error: 'There is no outbox here: e-mail is sent through SMTP, turned off, or this is production.' });
      return;
    }
    listOutbox(config.mail.outboxDir)
      .then((messages) => {
        res.set('cache-control', 'no-store').json({ dir: config.mail.outboxDir, messages });
      })
      .catch(next);
  });
  return router;
}

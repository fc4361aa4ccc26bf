// The one place that reads process.env: parsed and validated once, then passed around.
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

/** Repository root, resolved from this file so commands work from any working directory. */
export const ROOT_DIR = resolve(fileURLToPath(new URL('.', import.meta.url)), '..');

const boolish = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

const envSchema = z
  .object({
    NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
    HOST: z.string().min(1).default('127.0.0.1'),
    PORT: z.coerce.number().int().min(0).max(65535).default(4000),
    NEO4J_URI: z.url().optional(),
    NEO4J_USERNAME: z.string().default('neo4j'),
    NEO4J_PASSWORD: z.string().optional(),
    NEO4J_DATABASE: z.string().min(1).default('neo4j'),
    NEO4J_DATA_DIR: z.string().min(1).default('data/neo4j'),
    NEO4J_BOLT_PORT: z.coerce.number().int().min(0).max(65535).default(7687),
    NEO4J_HEAP: z.string().regex(/^\d+[mg]$/, 'a size such as 512m or 1g').default('1g'),
    NEO4J_PAGECACHE: z.string().regex(/^\d+[mg]$/, 'a size such as 512m or 1g').default('512m'),
    NEO4J_QUERY_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(15_000),
    // Sign-ups per client address per hour: each is an Argon2 hash and a new account.
    SIGNUP_LIMIT_PER_HOUR: z.coerce.number().int().min(1).max(100_000).default(10),
    // Migrations and first-run loads (territories, demo): they read and write the whole graph.
    NEO4J_MAINTENANCE_TIMEOUT_MS: z.coerce.number().int().min(1_000).max(86_400_000).default(600_000),
    // A whole GraphQL request, every statement it runs included.
    REQUEST_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(30_000),
    LOAD_DEMO: boolish.default(true),
    TRUST_PROXY: boolish.default(false),
    INTROSPECTION: boolish.optional(),
    // The site's address as the public reaches it: link previews, canonical links (else the request's
    // own address) and the links in e-mails (else http://HOST:PORT).
    PUBLIC_URL: z.url().regex(/^https?:\/\/[^/?#]+(\/[^?#]*)?$/, 'an http(s) address without query or fragment').optional(),
    IMPORT_TERRITORIES: boolish.default(true),
    MEDIA_DIR: z.string().min(1).default('data/media'),
    // 20 MiB; GraphQL's Media.size is an Int, so 2 GB is the ceiling.
    MEDIA_MAX_BYTES: z.coerce.number().int().min(1024).max(2_000_000_000).default(20 * 1024 * 1024),
    // Width × height of an uploaded image; stops decompression bombs (a tiny file that decodes to gigabytes).
    MEDIA_MAX_IMAGE_PIXELS: z.coerce.number().int().min(10_000).max(1_000_000_000).default(50_000_000),
    // smtp://user:password@host:587 (STARTTLS when offered) or smtps://…:465; unset: the local outbox.
    SMTP_URL: z.url({ protocol: /^smtps?$/, error: 'an smtp:// or smtps:// URL' }).optional(),
    MAIL_FROM: z.string().min(3).optional(),
    MAIL_OUTBOX_DIR: z.string().min(1).default('data/outbox'),
    // Production without SMTP_URL refuses to start unless mail is turned off on purpose.
    MAIL_DISABLED: boolish.default(false),
    PASSWORD_RESET_TTL_MINUTES: z.coerce.number().int().min(1).max(7 * 24 * 60).default(60),
    // The licence stated by every open-data export (docs/diffusion.md).
    OPEN_DATA_LICENCE: z.string().trim().min(1).max(200).default('ODbL-1.0'),
    // A MapLibre style (JSON) with real tiles; unset, the portal's map draws on its own blank style.
    MAP_STYLE_URL: z.url({ protocol: /^https?$/ }).optional(),
    // The map's first view when the address names no area: west,south,east,north (default Côtes-d'Armor).
    MAP_HOME_BBOX: z
      .string()
      .default('-3.67,48.03,-1.90,48.90')
      .transform((value, ctx) => {
        const parts = value.split(',').map(Number);
        const [west, south, east, north] = parts;
        if (parts.length !== 4 || parts.some((n) => !Number.isFinite(n)) || !(west! < east! && south! < north!) || west! < -180 || east! > 180 || south! < -85 || north! > 85) {
          ctx.addIssue({ code: 'custom', message: 'four numbers west,south,east,north in degrees, west < east and south < north' });
          return z.NEVER;
        }
        return { west: west!, south: south!, east: east!, north: north! };
      }),
  })
  .superRefine((env, ctx) => {
    if (env.NEO4J_URI && env.NEO4J_PASSWORD === undefined && !/^(bolt|neo4j):\/\/(127\.0\.0\.1|localhost)/.test(env.NEO4J_URI)) {
      ctx.addIssue({ code: 'custom', path: ['NEO4J_PASSWORD'], message: 'required when NEO4J_URI names a remote server' });
    }
    if (env.SMTP_URL && !env.MAIL_FROM) {
      ctx.addIssue({ code: 'custom', path: ['MAIL_FROM'], message: 'required with SMTP_URL: the sender of every e-mail, such as "Convergences <no-reply@example.org>"' });
    }
  });

export interface Neo4jConfig {
  /** Set when an external server is used; absent means the project starts its own embedded Neo4j. */
  uri?: string;
  username: string;
  password?: string;
  database: string;
  dataDir: string;
  boltPort: number;
  heap: string;
  pageCache: string;
  /** Every transaction a request runs is stopped after this (and the request's deadline cuts it shorter). */
  queryTimeoutMs: number;
  /** Transactions of migrations and first-run loads are stopped after this instead. */
  maintenanceTimeoutMs: number;
}

export interface MediaConfig {
  /** Where uploaded files live (content-addressed), their thumbnails and upload temp files. */
  dir: string;
  /** Largest upload accepted, in bytes. */
  maxBytes: number;
  /** Largest image accepted, in pixels (width × height). */
  maxImagePixels: number;
}

export interface MailConfig {
  /**
   * How e-mail leaves: through SMTP (SMTP_URL set), into the local outbox directory (development,
   * one JSON file per message), or not at all (MAIL_DISABLED).
   */
  mode: 'smtp' | 'outbox' | 'disabled';
  smtpUrl?: string;
  /** The From of every message. */
  from: string;
  /** The outbox directory (outbox mode). */
  outboxDir: string;
}

export interface MapConfig {
  /** A MapLibre style URL with real tiles; absent means the bundled blank style. */
  styleUrl?: string;
  /** The first view when the address names no area. */
  homeBbox: { west: number; south: number; east: number; north: number };
}

export interface Config {
  env: 'development' | 'production' | 'test';
  host: string;
  port: number;
  /** Deadline of one GraphQL request, in milliseconds. */
  requestTimeoutMs: number;
  rootDir: string;
  neo4j: Neo4jConfig;
  loadDemo: boolean;
  importTerritories: boolean;
  /** Set behind a reverse proxy that terminates HTTPS. */
  trustProxy: boolean;
  /** GraphQL introspection: on by default except in production. */
  introspection: boolean;
  media: MediaConfig;
  /** Sign-ups accepted per client address per hour. */
  signUpLimitPerHour: number;
  /** The site's public address without a trailing slash (absolute links in pages' heads); absent: the request's host. */
  publicUrl?: string;
  /** Where people reach the web app, without a trailing slash: links in e-mails start with it (PUBLIC_URL, else this server's own address). */
  mailLinkUrl: string;
  mail: MailConfig;
  /** How long a password reset link stays valid, in milliseconds. */
  passwordResetTtlMs: number;
  /** Licence of the open-data exports, as stated in their headers (an SPDX id or a short name). */
  openDataLicence: string;
  /** The portal's map (GET /config.json gives it to the SPA). */
  map: MapConfig;
}

export class ConfigError extends Error {}

/** Parses the environment; throws a ConfigError listing every problem at once. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  - ${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  return {
    env: e.NODE_ENV,
    host: e.HOST,
    port: e.PORT,
    requestTimeoutMs: e.REQUEST_TIMEOUT_MS,
    rootDir: ROOT_DIR,
    neo4j: {
      uri: e.NEO4J_URI,
      username: e.NEO4J_USERNAME,
      password: e.NEO4J_PASSWORD,
      database: e.NEO4J_DATABASE,
      dataDir: resolve(ROOT_DIR, e.NEO4J_DATA_DIR),
      boltPort: e.NEO4J_BOLT_PORT,
      heap: e.NEO4J_HEAP,
      pageCache: e.NEO4J_PAGECACHE,
      queryTimeoutMs: e.NEO4J_QUERY_TIMEOUT_MS,
      maintenanceTimeoutMs: e.NEO4J_MAINTENANCE_TIMEOUT_MS,
    },
    loadDemo: e.LOAD_DEMO,
    trustProxy: e.TRUST_PROXY,
    introspection: e.INTROSPECTION ?? e.NODE_ENV !== 'production',
    importTerritories: e.IMPORT_TERRITORIES,
    media: { dir: resolve(ROOT_DIR, e.MEDIA_DIR), maxBytes: e.MEDIA_MAX_BYTES, maxImagePixels: e.MEDIA_MAX_IMAGE_PIXELS },
    signUpLimitPerHour: e.SIGNUP_LIMIT_PER_HOUR,
    publicUrl: e.PUBLIC_URL?.replace(/\/+$/, ''),
    mailLinkUrl: (e.PUBLIC_URL ?? `http://${e.HOST.includes(':') ? `[${e.HOST}]` : e.HOST}:${e.PORT}`).replace(/\/+$/, ''),
    mail: {
      mode: e.MAIL_DISABLED ? 'disabled' : e.SMTP_URL ? 'smtp' : 'outbox',
      smtpUrl: e.SMTP_URL,
      from: e.MAIL_FROM ?? 'Convergences <no-reply@localhost>',
      outboxDir: resolve(ROOT_DIR, e.MAIL_OUTBOX_DIR),
    },
    passwordResetTtlMs: e.PASSWORD_RESET_TTL_MINUTES * 60_000,
    openDataLicence: e.OPEN_DATA_LICENCE,
    map: { styleUrl: e.MAP_STYLE_URL, homeBbox: e.MAP_HOME_BBOX },
  };
}

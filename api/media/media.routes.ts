// The HTTP side of media, beside GraphQL: uploads (POST /media, the raw file as the body) and downloads
// of stored files and thumbnails (GET /media/files/…, GET /media/thumbs/…), with the visibility rules
// of every other read. docs/media.md explains the protocol and its protections.
import express, { type Request, type Response, type Router } from 'express';
import { rm, stat } from 'node:fs/promises';
import type { Author } from '../auth/rights.js';
import { requestViewer } from '../auth/request-viewer.js';
import type { Config } from '../config.js';
import type { Db } from '../db/driver.js';
import { bookmarksOf, sendBookmarks } from '../shared/consistency.js';
import { AppError, RETRY_AFTER_SECONDS, type ErrorCode } from '../errors.js';
import { SHA256_PATTERN, UploadError, prepareImage, filePath, fileUrl, keep, megabytes, receive, tempPath, thumbPath, thumbUrl, THUMB_WIDTH } from './media.files.js';
import { checkAlt, checkTitle, createUploadedMedia, findVisibleFile, requireUploadRights, type UploadedFile } from './media.store.js';
import { ACCEPTED_FORMATS, FORMATS, fileSource, sniff, type MediaExt } from './sniff.js';

/** Header a script sets to show the upload is not a cross-site form post (see refuseCrossSiteForm). */
export const UPLOAD_HEADER = 'x-convergences-upload';

/** Content types a page on another site may POST without asking (no CORS preflight): HTML forms and no-cors fetch. */
const CORS_SIMPLE_TYPES = new Set(['application/x-www-form-urlencoded', 'multipart/form-data', 'text/plain']);

const STATUS: Partial<Record<ErrorCode, number>> = {
  BAD_USER_INPUT: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  PAYLOAD_TOO_LARGE: 413,
  TOO_MANY_REQUESTS: 429,
  TIMEOUT: 504,
  SERVICE_UNAVAILABLE: 503,
};

const YEAR_SECONDS = 31_536_000;

export function mediaRouter(config: Config, db: Db): Router {
  const router = express.Router();
  // Like GraphQL requests, these start from the client's bookmarks: a file uploaded through one process
  // is found by the next request on any other.
  const client = (req: Request) => db.withBookmarks(bookmarksOf(req));
  router.post('/', (req, res) => upload(config, client(req), req, res).catch((err: unknown) => sendError(req, res, err)));
  router.get('/files/:name', (req, res) => serveFile(config, client(req), req, res, 'file').catch((err: unknown) => sendError(req, res, err)));
  router.get('/thumbs/:name', (req, res) => serveFile(config, client(req), req, res, 'thumb').catch((err: unknown) => sendError(req, res, err)));
  return router;
}

/**
 * The session cookie is SameSite=Lax, which already keeps it off cross-site POSTs in current browsers;
 * this is the second lock, for older browsers and for sibling sites (same site, other origin). A page
 * elsewhere can make a browser POST only a form's three content types (or none, with fetch in no-cors
 * mode) and no custom header, unless the server agrees to a CORS preflight, which this one never does.
 * So an upload must carry our header, or a content type a form cannot send (the file's own, image/png…).
 */
function refuseCrossSiteForm(req: Request): void {
  if (req.get(UPLOAD_HEADER) === '1') return;
  const type = (req.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
  if (type !== '' && !CORS_SIMPLE_TYPES.has(type)) return;
  throw new UploadError(
    403,
    'FORBIDDEN',
    `Send the file with the header "X-Convergences-Upload: 1" or with its own content type (such as image/png): a form on another site can send neither, and this protects you from uploads made in your name.`,
    UPLOAD_HEADER,
  );
}

/** One query-string parameter, given at most once. */
function param(query: URLSearchParams, name: string): string | undefined {
  const values = query.getAll(name);
  if (values.length > 1) throw new UploadError(400, 'BAD_USER_INPUT', `${name} is given ${values.length} times; give it once.`, name);
  return values[0];
}

async function upload(config: Config, db: Db, req: Request, res: Response): Promise<void> {
  refuseCrossSiteForm(req);
  const { viewer, access } = await requestViewer(db, req);
  if (!viewer.personId && !viewer.isAdmin) throw new UploadError(401, 'UNAUTHENTICATED', 'Sign in to upload media.');

  const query = new URL(req.originalUrl, 'http://localhost').searchParams;
  const spaceId = param(query, 'spaceId');
  if (!spaceId) throw new UploadError(400, 'BAD_USER_INPUT', 'spaceId is required: the space the file is uploaded to.', 'spaceId');
  const title = checkTitle(param(query, 'title') ?? '');
  const alt = checkAlt(param(query, 'alt')) ?? null;
  const visibility = param(query, 'visibility') ?? 'PUBLIC';
  if (visibility !== 'PUBLIC' && visibility !== 'MEMBERS') throw new UploadError(400, 'BAD_USER_INPUT', 'visibility is PUBLIC or MEMBERS.', 'visibility');

  const { maxBytes, maxImagePixels, dir } = config.media;
  const declared = Number(req.get('content-length'));
  if (declared > maxBytes) throw new UploadError(413, 'PAYLOAD_TOO_LARGE', `The file is ${megabytes(declared)}; this server accepts at most ${megabytes(maxBytes)}.`, 'file');

  const by: Author = { personId: viewer.personId, isAdmin: viewer.isAdmin, now: new Date().toISOString(), access };
  await requireUploadRights(db, spaceId, by);

  const tmp = await tempPath(dir, '.upload');
  let thumbTmp: string | null = null;
  let imageTmp: string | null = null;
  try {
    const received = await receive(req, tmp, maxBytes);
    if (received.size === 0) throw new UploadError(400, 'BAD_USER_INPUT', 'The request has no file: send the file itself as the body.', 'file');
    const source = await fileSource(tmp);
    const found = await sniff(source).finally(() => source.close());
    if (!found.ok) throw new UploadError(415, 'UNSUPPORTED_MEDIA_TYPE', `This file is ${found.found}. Accepted: ${ACCEPTED_FORMATS}.`, 'file');

    // What is stored and served: the file as received, or an image's copy without metadata (named by its own hash).
    let stored = { path: tmp, sha256: received.sha256, size: received.size };
    let dimensions: { width: number; height: number } | null = null;
    if (found.type === 'IMAGE') {
      thumbTmp = await tempPath(dir, '.webp');
      imageTmp = await tempPath(dir, `.${found.ext}`);
      const image = await prepareImage(tmp, found.ext, maxImagePixels, imageTmp, thumbTmp);
      stored = { path: imageTmp, sha256: image.sha256, size: image.size };
      dimensions = { width: image.width, height: image.height };
    }
    const { sha256, size } = stored;
    await keep(stored.path, filePath(dir, sha256, found.ext), size);
    if (thumbTmp) await keep(thumbTmp, thumbPath(dir, sha256), (await stat(thumbTmp)).size);

    const file: UploadedFile = {
      type: found.type,
      mimeType: found.mimeType,
      ext: found.ext,
      size,
      sha256,
      width: dimensions?.width ?? null,
      height: dimensions?.height ?? null,
      url: fileUrl(sha256, found.ext),
      thumbnailUrl: thumbTmp ? thumbUrl(sha256) : null,
    };
    // A file kept here whose item then fails to be written stays on disk unreferenced, and is never served.
    const item = await createUploadedMedia(db, { spaceId, title: title!, alt, visibility, file }, by);
    const { type, url, thumbnailUrl, mimeType, width, height } = file;
    if (db.bookmarks) sendBookmarks(res, db.bookmarks, req.secure);
    res.status(201).json({ media: { id: item.id, type, title: item.title, url, thumbnailUrl, mimeType, size, width, height, sha256, visibility } });
  } finally {
    await rm(tmp, { force: true });
    if (thumbTmp) await rm(thumbTmp, { force: true });
    if (imageTmp) await rm(imageTmp, { force: true });
  }
}

const FILE_NAME = /^([0-9a-f]{64})\.([a-z0-9]{2,4})$/;
const THUMB_NAME = new RegExp(`^([0-9a-f]{64})-${THUMB_WIDTH}\\.webp$`);

/** Office files are downloaded rather than opened in the browser tab: they are not the web's formats. */
const INLINE_TYPES: MediaExt[] = ['jpg', 'png', 'gif', 'webp', 'pdf', 'mp3', 'ogg', 'wav', 'flac'];

async function serveFile(config: Config, db: Db, req: Request, res: Response, kind: 'file' | 'thumb'): Promise<void> {
  const name = String(req.params.name);
  const match = (kind === 'file' ? FILE_NAME : THUMB_NAME).exec(name);
  const sha256 = match?.[1];
  const ext = kind === 'file' ? (match?.[2] as MediaExt | undefined) : null;
  const notFound = () => new UploadError(404, 'NOT_FOUND', 'This file does not exist, or only members of its space may see it.');
  if (!sha256 || !SHA256_PATTERN.test(sha256) || (ext !== null && !(ext !== undefined && ext in FORMATS))) throw notFound();

  const { access } = await requestViewer(db, req);
  const found = await findVisibleFile(db, sha256, ext, access, new Date().toISOString());
  if (!found) throw notFound();

  const path = kind === 'file' ? filePath(config.media.dir, sha256, found.ext) : thumbPath(config.media.dir, sha256);
  const mimeType = kind === 'file' ? FORMATS[found.ext].mimeType : 'image/webp';
  const inline = kind === 'thumb' || INLINE_TYPES.includes(found.ext);
  const headers: Record<string, string> = {
    'Content-Type': mimeType,
    'X-Content-Type-Options': 'nosniff',
    'Content-Disposition': `${inline ? 'inline' : 'attachment'}; ${filenameParams(found.title, kind === 'file' ? found.ext : 'webp')}`,
    // The name is the content's hash, so the bytes behind a URL never change. Members-only files stay
    // out of shared caches (proxies), which would hand them to anyone.
    'Cache-Control': `${found.public ? 'public' : 'private'}, max-age=${YEAR_SECONDS}, immutable`,
    'Cross-Origin-Resource-Policy': found.public ? 'cross-origin' : 'same-origin',
  };
  // A document opened from here runs no script; PDFs are spared because browsers will not show a PDF in a sandbox.
  if (found.ext !== 'pdf' || kind === 'thumb') headers['Content-Security-Policy'] = "default-src 'none'; img-src 'self'; media-src 'self'; style-src 'unsafe-inline'; sandbox";
  await new Promise<void>((resolve) => {
    res.sendFile(path, { headers, cacheControl: false, dotfiles: 'deny' }, (err) => {
      if (err && !res.headersSent) sendError(req, res, (err as NodeJS.ErrnoException).code === 'ENOENT' ? notFound() : err);
      resolve();
    });
  });
}

/** `filename` (ASCII) and `filename*` (UTF-8, RFC 5987) from the item's title. */
function filenameParams(title: string, ext: string): string {
  const base = title.slice(0, 100);
  const ascii = base.normalize('NFKD').replace(/[^\x20-\x7e]/g, '').replace(/["\\/]/g, '').trim() || 'media';
  const encoded = encodeURIComponent(`${base}.${ext}`).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `filename="${ascii}.${ext}"; filename*=UTF-8''${encoded}`;
}

function sendError(req: Request, res: Response, err: unknown): void {
  let e: UploadError;
  if (err instanceof UploadError) e = err;
  else if (err instanceof AppError) {
    const code = err.extensions.code as ErrorCode;
    e = new UploadError(STATUS[code] ?? 400, code, err.message, err.extensions.field as string | undefined);
  } else {
    console.error(err);
    e = new UploadError(500, 'INTERNAL_SERVER_ERROR', 'Internal server error. It has been logged.');
  }
  if (res.headersSent) {
    res.destroy();
    return;
  }
  if (!req.complete) {
    // Refused before or while reading the body: answer, then close the connection rather than read the rest.
    res.setHeader('Connection', 'close');
    res.on('finish', () => req.destroy());
  }
  if (e.code === 'SERVICE_UNAVAILABLE') res.setHeader('Retry-After', String(RETRY_AFTER_SECONDS));
  res.status(e.status).json({ error: { code: e.code, message: e.message, field: e.field ?? null } });
}

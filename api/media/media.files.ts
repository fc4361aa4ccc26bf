// Uploaded files on disk: received to a temp file while hashed and counted, checked (images decoded by
// sharp, which also makes the thumbnail, and copied without their metadata), then kept under their
// SHA-256 so identical uploads share one file.
//
//   MEDIA_DIR/ab/cd/<sha256>.<ext>        the file as uploaded; an image without its metadata
//   MEDIA_DIR/thumbs/<sha256>-320.webp    the thumbnail of an image (at most 320 px wide, no metadata)
//   MEDIA_DIR/tmp/                        uploads in progress (removed when the request ends)
import { createHash, randomUUID } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, rename, rm, stat } from 'node:fs/promises';
import type { IncomingMessage } from 'node:http';
import { dirname, join } from 'node:path';
import { PassThrough, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import sharp, { type Metadata } from 'sharp';
import type { ErrorCode } from '../errors.js';
import type { MediaExt } from './sniff.js';
import { MalformedImage, stripImageMetadata, type StrippableExt, type Stripped } from './strip-metadata.js';

/** Width of every thumbnail; also in its file name, so another size can be added beside it later. */
export const THUMB_WIDTH = 320;

export type UploadErrorCode = ErrorCode;

/** A refusal of the upload routes: the HTTP status and the JSON error `{ code, message, field }`. */
export class UploadError extends Error {
  constructor(
    readonly status: number,
    readonly code: UploadErrorCode,
    message: string,
    readonly field?: string,
  ) {
    super(message);
  }
}

export const SHA256_PATTERN = /^[0-9a-f]{64}$/;

export function filePath(dir: string, sha256: string, ext: MediaExt): string {
  return join(dir, sha256.slice(0, 2), sha256.slice(2, 4), `${sha256}.${ext}`);
}

export function thumbPath(dir: string, sha256: string): string {
  return join(dir, 'thumbs', `${sha256}-${THUMB_WIDTH}.webp`);
}

export const fileUrl = (sha256: string, ext: MediaExt) => `/media/files/${sha256}.${ext}`;
export const thumbUrl = (sha256: string) => `/media/thumbs/${sha256}-${THUMB_WIDTH}.webp`;

/** A fresh temp file path in MEDIA_DIR/tmp (same file system as the store, so keeping it is a rename). */
export async function tempPath(dir: string, suffix: string): Promise<string> {
  const tmp = join(dir, 'tmp');
  await mkdir(tmp, { recursive: true });
  return join(tmp, `${randomUUID()}${suffix}`);
}

export function megabytes(bytes: number): string {
  return `${Math.round((bytes / 1_048_576) * 10) / 10} MB`;
}

function tooLarge(maxBytes: number): UploadError {
  return new UploadError(413, 'PAYLOAD_TOO_LARGE', `The file is larger than ${megabytes(maxBytes)}, the most this server accepts.`, 'file');
}

/**
 * Streams the request body into `path`, hashing and counting as it goes; past `maxBytes` it stops with
 * a 413 error without reading the rest. The request itself is left open so the caller can still answer.
 */
export async function receive(req: IncomingMessage, path: string, maxBytes: number): Promise<{ sha256: string; size: number }> {
  const hash = createHash('sha256');
  let size = 0;
  const meter = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      size += chunk.length;
      if (size > maxBytes) return done(tooLarge(maxBytes));
      hash.update(chunk);
      done(null, chunk);
    },
  });
  // The request is piped into a go-between, not into the pipeline itself: a failing pipeline destroys
  // its source, and destroying the request would close the socket before the 413 could be sent.
  const source = new PassThrough();
  const onError = (err: Error) => source.destroy(err);
  const onClose = () => {
    if (!req.complete) source.destroy(new UploadError(400, 'BAD_USER_INPUT', 'The upload was interrupted before the end of the file.', 'file'));
  };
  req.on('error', onError);
  req.on('close', onClose);
  req.pipe(source);
  try {
    await pipeline(source, meter, createWriteStream(path, { flags: 'wx' }));
  } finally {
    req.unpipe(source);
    req.off('error', onError);
    req.off('close', onClose);
  }
  return { sha256: hash.digest('hex'), size };
}

const SHARP_FORMAT: Partial<Record<MediaExt, string>> = { jpg: 'jpeg', png: 'png', gif: 'gif', webp: 'webp' };
const FORMAT_NAME: Partial<Record<MediaExt, string>> = { jpg: 'JPEG', png: 'PNG', gif: 'GIF', webp: 'WebP' };

/**
 * Checks and prepares an image that the sniffer recognised: refuses one that does not decode (a PNG
 * header followed by anything else) or that is too many pixels (a decompression bomb); writes to
 * `keepTo` the copy that is stored and served, without metadata (strip-metadata.ts: no GPS position,
 * camera or dates; the orientation kept), and to `thumbTo` its thumbnail. Returns the copy's hash and
 * size (what names the stored file) and the image's size as displayed (EXIF orientation applied).
 */
export async function prepareImage(
  path: string,
  ext: MediaExt,
  maxPixels: number,
  keepTo: string,
  thumbTo: string,
): Promise<{ width: number; height: number; sha256: string; size: number }> {
  const name = FORMAT_NAME[ext] ?? ext;
  const notDecodable = (err: unknown) =>
    new UploadError(415, 'UNSUPPORTED_MEDIA_TYPE', `The file starts like a ${name} image but does not decode as one (${reason(err)}).`, 'file');
  // 'error' refuses corrupt and truncated pixel data; 'warning' would also refuse many ordinary phone photos.
  const options = { failOn: 'error', limitInputPixels: maxPixels, autoOrient: true } as const;
  let meta: Metadata;
  try {
    meta = await sharp(path, { ...options, limitInputPixels: false }).metadata();
  } catch (err) {
    throw notDecodable(err);
  }
  if (meta.format !== SHARP_FORMAT[ext]) throw notDecodable(new Error(`it is ${meta.format}`));
  if (meta.width * meta.height > maxPixels) {
    throw new UploadError(
      413,
      'PAYLOAD_TOO_LARGE',
      `The image is ${meta.width} × ${meta.height} pixels; this server accepts at most ${Math.round(maxPixels / 1e6)} megapixels. Make it smaller and upload it again.`,
      'file',
    );
  }
  let kept: Stripped;
  try {
    kept = await stripImageMetadata(path, keepTo, ext as StrippableExt, meta.orientation);
  } catch (err) {
    await rm(keepTo, { force: true });
    if (err instanceof MalformedImage) throw notDecodable(err);
    throw err;
  }
  try {
    // Decoding every row of the stored copy to make the thumbnail proves that copy is whole; sharp
    // writes no metadata (EXIF, GPS) unless asked.
    await sharp(keepTo, options).resize({ width: THUMB_WIDTH, withoutEnlargement: true }).webp({ quality: 80 }).toFile(thumbTo);
  } catch (err) {
    await rm(thumbTo, { force: true });
    throw notDecodable(err);
  }
  return { width: meta.autoOrient.width, height: meta.autoOrient.height, ...kept };
}

function reason(err: unknown): string {
  const message = err instanceof Error ? err.message : String(err);
  return message.split('\n')[0]!.replace(/^Input (file|buffer) /, '').replace(/[\s:]+$/, '').slice(0, 200);
}

/**
 * Moves a checked temp file to its content-addressed place; an identical file already there is kept.
 * Safe when several processes share MEDIA_DIR: each writes its own temp file (a random name) on the
 * same file system and only a complete one is renamed into place, atomically, so a reader opens the
 * old file or the new one, never a part; two processes keeping the same content both put the same bytes.
 */
export async function keep(tmp: string, final: string, size: number): Promise<void> {
  const existing = await stat(final).catch(() => null);
  if (existing && existing.size === size) {
    await rm(tmp, { force: true });
    return;
  }
  await mkdir(dirname(final), { recursive: true });
  await rename(tmp, final);
}

// Copies an uploaded image without its metadata, losslessly: the pixels' bytes are copied as they are,
// only the containers' metadata blocks are left out. Originals are served publicly, and a phone photo's
// EXIF holds where it was taken (GPS), when, with what camera; XMP and IPTC can hold the same, and a
// JPEG may carry whole other files after its end (a "motion photo" video, with its own position).
//
// Each format keeps an allow-list of what decoding and display need; everything else goes:
//   JPEG   every segment but APPn and COM; of APPn only JFIF (APP0), ICC profile (APP2), Adobe (APP14).
//          Nothing after the end-of-image marker.
//   PNG    the chunks of the image, its colour and its animation (APNG); no eXIf, text, time or
//          unknown chunk. Nothing after IEND.
//   WebP   the image, alpha, animation and ICC chunks; no EXIF, XMP or unknown chunk.
//   GIF    images, graphic controls, plain text and the looping extension; no comment, no XMP.
//          Nothing after the end of the image data.
// The EXIF orientation is the one piece kept (how to turn the picture upright): written back as a
// minimal EXIF block holding that tag alone.
import { createHash } from 'node:crypto';
import { open, type FileHandle } from 'node:fs/promises';
import { crc32 } from 'node:zlib';
import type { MediaExt } from './sniff.js';

export type StrippableExt = Extract<MediaExt, 'jpg' | 'png' | 'gif' | 'webp'>;

/** The stripped copy: its SHA-256 (which names the stored file) and size. */
export interface Stripped {
  sha256: string;
  size: number;
}

/** Thrown when the file's structure is not what its format says; the caller refuses the upload. */
export class MalformedImage extends Error {}

/**
 * Writes `src` to `dest` without metadata, keeping `orientation` (EXIF 1–8; 1 or absent writes none).
 * The file is streamed, never held in memory whole.
 */
export async function stripImageMetadata(src: string, dest: string, ext: StrippableExt, orientation?: number): Promise<Stripped> {
  const input = await open(src, 'r');
  const output = await open(dest, 'wx');
  try {
    const reader = new Reader(input, (await input.stat()).size);
    const writer = new Writer(output);
    const turn = orientation !== undefined && Number.isInteger(orientation) && orientation >= 2 && orientation <= 8 ? orientation : null;
    await STRIPPERS[ext](reader, writer, turn);
    await writer.flush();
    return { sha256: writer.hash.digest('hex'), size: writer.size };
  } finally {
    await input.close();
    await output.close();
  }
}

const STRIPPERS: Record<StrippableExt, (r: Reader, w: Writer, orientation: number | null) => Promise<void>> = {
  jpg: stripJpeg,
  png: stripPng,
  webp: stripWebp,
  gif: stripGif,
};

// ---------------------------------------------------------------------------------------------------
// JPEG: markers FF xx; most carry a 2-byte length; after SOS, entropy-coded data runs to the next marker
// (FF 00 is a stuffed FF, FF D0–D7 restart markers belong to the data).

const SOI = 0xd8;
const EOI = 0xd9;
const SOS = 0xda;
const APP0 = 0xe0;
const APP2 = 0xe2;
const APP14 = 0xee;
const COM = 0xfe;

/** APPn segments kept, by the identifier their payload starts with. */
const KEPT_APP: Record<number, string> = { [APP0]: 'JFIF\0', [APP2]: 'ICC_PROFILE\0', [APP14]: 'Adobe' };

async function stripJpeg(r: Reader, w: Writer, orientation: number | null): Promise<void> {
  const soi = await r.take(2);
  if (soi[0] !== 0xff || soi[1] !== SOI) throw new MalformedImage('no JPEG start marker');
  await w.write(soi);
  let exifPending = orientation !== null;
  let marker = await nextMarker(r);
  for (;;) {
    if (marker === EOI) {
      await w.write(Buffer.from([0xff, EOI]));
      return; // whatever follows the image (another picture, a video) is not copied
    }
    if (marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) {
      await w.write(Buffer.from([0xff, marker]));
      marker = await nextMarker(r);
      continue;
    }
    const lengthBytes = await r.take(2);
    const length = lengthBytes.readUInt16BE(0);
    if (length < 2) throw new MalformedImage('a JPEG segment shorter than its header');
    const isApp = marker >= APP0 && marker <= 0xef;
    const isJfif = marker === APP0 && (await r.peekStartsWith(KEPT_APP[APP0]!, length - 2));
    if (exifPending && !isJfif) {
      await w.write(jpegExifSegment(orientation!));
      exifPending = false;
    }
    const kept = !(isApp || marker === COM) || (KEPT_APP[marker] !== undefined && (await r.peekStartsWith(KEPT_APP[marker]!, length - 2)));
    if (kept) {
      await w.write(Buffer.from([0xff, marker]));
      await w.write(lengthBytes);
      await r.copy(w, length - 2);
    } else {
      await r.skip(length - 2);
    }
    marker = marker === SOS ? await copyEntropyData(r, w) : await nextMarker(r);
  }
}

/**
 * The next marker's code, past any fill bytes (FF FF …). Stray bytes before it are skipped, as libjpeg
 * skips them (with a warning that sharp's `failOn: 'error'` lets through).
 */
async function nextMarker(r: Reader): Promise<number> {
  for (;;) {
    while ((await r.byte()) !== 0xff);
    let b = await r.byte();
    while (b === 0xff) b = await r.byte();
    if (b !== 0x00) return b;
  }
}

/** Copies a scan's entropy-coded data; returns the code of the marker that ends it. */
async function copyEntropyData(r: Reader, w: Writer): Promise<number> {
  for (;;) {
    const chunk = await r.peek(2);
    // A file cut inside its image data ends there, as decoders read it; decoding the copy judges it.
    if (chunk.length < 2) {
      await w.write(chunk);
      r.advance(chunk.length);
      return EOI;
    }
    // FF 00 (a stuffed FF) and FF D0–D7 (restart markers) belong to the data; any other FF starts a marker.
    let i = chunk.indexOf(0xff);
    while (i >= 0 && i + 1 < chunk.length && (chunk[i + 1] === 0x00 || (chunk[i + 1]! >= 0xd0 && chunk[i + 1]! <= 0xd7))) i = chunk.indexOf(0xff, i + 2);
    const end = i < 0 ? chunk.length : i;
    await w.write(chunk.subarray(0, end));
    r.advance(end);
    // An FF as the last buffered byte is looked at again once its follower is read.
    if (i >= 0 && i + 1 < chunk.length) return nextMarker(r);
  }
}

/** A TIFF block holding one tag, Orientation (0x0112, SHORT), big-endian. */
function orientationTiff(orientation: number): Buffer {
  const b = Buffer.alloc(26);
  b.write('MM', 0, 'latin1');
  b.writeUInt16BE(42, 2);
  b.writeUInt32BE(8, 4); // IFD0 right after the header
  b.writeUInt16BE(1, 8); // one entry
  b.writeUInt16BE(0x0112, 10);
  b.writeUInt16BE(3, 12); // SHORT
  b.writeUInt32BE(1, 14);
  b.writeUInt16BE(orientation, 18); // value, left-justified in its 4 bytes
  b.writeUInt32BE(0, 22); // no next IFD
  return b;
}

function jpegExifSegment(orientation: number): Buffer {
  const payload = Buffer.concat([Buffer.from('Exif\0\0', 'latin1'), orientationTiff(orientation)]);
  const head = Buffer.from([0xff, 0xe1, 0, 0]);
  head.writeUInt16BE(payload.length + 2, 2);
  return Buffer.concat([head, payload]);
}

// ---------------------------------------------------------------------------------------------------
// PNG: signature, then chunks (length, type, data, CRC).

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const PNG_KEPT = new Set([
  'IHDR', 'PLTE', 'IDAT', 'IEND', // the image
  'tRNS', 'cHRM', 'gAMA', 'iCCP', 'sBIT', 'sRGB', 'cICP', 'mDCv', 'cLLI', 'bKGD', 'hIST', 'pHYs', 'sPLT', // colour and display
  'acTL', 'fcTL', 'fdAT', // animation (APNG)
]);

async function stripPng(r: Reader, w: Writer, orientation: number | null): Promise<void> {
  if (!(await r.take(8)).equals(PNG_SIGNATURE)) throw new MalformedImage('no PNG signature');
  await w.write(PNG_SIGNATURE);
  for (;;) {
    const head = await r.take(8);
    const length = head.readUInt32BE(0);
    const type = head.toString('latin1', 4, 8);
    if (PNG_KEPT.has(type)) {
      await w.write(head);
      await r.copy(w, length + 4);
    } else {
      await r.skip(length + 4);
    }
    // eXIf must come before the image data: right after the header chunk.
    if (type === 'IHDR' && orientation !== null) await w.write(pngChunk('eXIf', orientationTiff(orientation)));
    if (type === 'IEND') return;
  }
}

function pngChunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

// ---------------------------------------------------------------------------------------------------
// WebP: a RIFF file of chunks (FourCC, little-endian size, data padded to an even length). Its total
// size heads the file, so the chunks are listed first, then copied.

const WEBP_KEPT = new Set(['VP8 ', 'VP8L', 'VP8X', 'ALPH', 'ANIM', 'ANMF', 'ICCP']);
const VP8X_EXIF = 0x08;
const VP8X_XMP = 0x04;

async function stripWebp(r: Reader, w: Writer, orientation: number | null): Promise<void> {
  const head = await r.take(12);
  if (head.toString('latin1', 0, 4) !== 'RIFF' || head.toString('latin1', 8, 12) !== 'WEBP') throw new MalformedImage('no WebP header');
  const end = Math.min(8 + head.readUInt32LE(4), r.size);
  const chunks: { type: string; offset: number; size: number }[] = [];
  for (let at = 12; at + 8 <= end; ) {
    const h = await r.readAt(at, 8);
    const size = h.readUInt32LE(4);
    const padded = size + (size % 2);
    if (at + 8 + padded > end) throw new MalformedImage('a WebP chunk runs past the end of the file');
    chunks.push({ type: h.toString('latin1', 0, 4), offset: at, size });
    at += 8 + padded;
  }
  const kept = chunks.filter((c) => WEBP_KEPT.has(c.type));
  // Only the extended format (VP8X) can say it has EXIF; a simple WebP never carries an orientation.
  const exif = orientation !== null && kept.some((c) => c.type === 'VP8X') ? orientationTiff(orientation) : null;
  const exifChunk = exif ? riffChunk('EXIF', exif) : null;
  const bodySize = kept.reduce((sum, c) => sum + 8 + c.size + (c.size % 2), 0) + (exifChunk?.length ?? 0);
  const riff = Buffer.from(head);
  riff.writeUInt32LE(4 + bodySize, 4);
  await w.write(riff);
  for (const c of kept) {
    if (c.type === 'VP8X') {
      const x = await r.readAt(c.offset, 8 + c.size);
      x[8] = (x[8]! & ~(VP8X_EXIF | VP8X_XMP)) | (exif ? VP8X_EXIF : 0);
      await w.write(x);
      if (c.size % 2) await w.write(Buffer.alloc(1));
    } else {
      await r.copyAt(w, c.offset, 8 + c.size + (c.size % 2));
    }
  }
  if (exifChunk) await w.write(exifChunk);
}

function riffChunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.write(type, 0, 'latin1');
  head.writeUInt32LE(data.length, 4);
  return Buffer.concat([head, data, Buffer.alloc(data.length % 2)]);
}

// ---------------------------------------------------------------------------------------------------
// GIF: header, screen descriptor and colour table, then blocks: images (0x2C), extensions (0x21, in
// sub-blocks), trailer (0x3B).

const GIF_KEPT_APPS = new Set(['NETSCAPE2.0', 'ANIMEXTS1.0']);

async function stripGif(r: Reader, w: Writer): Promise<void> {
  const head = await r.take(13);
  const signature = head.toString('latin1', 0, 6);
  if (signature !== 'GIF87a' && signature !== 'GIF89a') throw new MalformedImage('no GIF header');
  await w.write(head);
  await r.copy(w, colourTableSize(head[10]!));
  for (;;) {
    // Like browsers, anything but an image or an extension (the trailer, stray bytes, the end of the
    // file) ends the GIF: what follows is not shown, so it is not kept.
    const kind = (await r.peek())[0];
    if (kind !== 0x2c && kind !== 0x21) {
      await w.write(Buffer.from([0x3b]));
      return;
    }
    r.advance(1);
    if (kind === 0x2c) {
      const descriptor = await r.take(9);
      await w.write(Buffer.from([kind]));
      await w.write(descriptor);
      await r.copy(w, colourTableSize(descriptor[8]!) + 1); // local colour table, LZW minimum code size
      await subBlocks(r, w);
    } else {
      const label = await r.byte();
      let keep = label === 0xf9 || label === 0x01; // graphic control, plain text
      let first: Buffer | null = null;
      if (label === 0xff) {
        const size = await r.byte();
        first = Buffer.concat([Buffer.from([size]), await r.take(size)]);
        keep = size === 11 && GIF_KEPT_APPS.has(first.toString('latin1', 1, 12));
      }
      if (keep) await w.write(Buffer.from([kind, label]));
      if (keep && first) await w.write(first);
      await subBlocks(r, keep ? w : null);
    }
  }
}

function colourTableSize(packed: number): number {
  return packed & 0x80 ? 3 * 2 ** ((packed & 0x07) + 1) : 0;
}

/** Sub-blocks up to and including the empty one that ends them; copied, or skipped when `w` is null. */
async function subBlocks(r: Reader, w: Writer | null): Promise<void> {
  for (;;) {
    const size = await r.byte();
    if (w) await w.write(Buffer.from([size]));
    if (size === 0) return;
    if (w) await r.copy(w, size);
    else await r.skip(size);
  }
}

// ---------------------------------------------------------------------------------------------------
// Buffered sequential reading and writing of files.

const BUFFER_SIZE = 64 * 1024;

class Reader {
  private buf = Buffer.alloc(0);
  private at = 0;
  /** File offset of buf[0]. */
  private base = 0;

  constructor(
    private readonly file: FileHandle,
    readonly size: number,
  ) {}

  /** What is buffered from the current position (refilled when empty; empty at the end of the file). */
  async peek(min = 1): Promise<Buffer> {
    if (this.buf.length - this.at < min) {
      const rest = this.buf.subarray(this.at);
      const start = this.base + this.buf.length;
      const more = Buffer.alloc(Math.max(BUFFER_SIZE, min));
      const { bytesRead } = await this.file.read(more, 0, more.length, start);
      this.base += this.at;
      this.buf = Buffer.concat([rest, more.subarray(0, bytesRead)]);
      this.at = 0;
    }
    return this.buf.subarray(this.at);
  }

  advance(n: number): void {
    this.at += n;
  }

  async take(n: number): Promise<Buffer> {
    const b = await this.peek(n);
    if (b.length < n) throw new MalformedImage('the file ends too early');
    this.at += n;
    return Buffer.from(b.subarray(0, n));
  }

  async byte(): Promise<number> {
    return (await this.take(1))[0]!;
  }

  /** Whether the next `length` bytes start with `text` (nothing consumed). */
  async peekStartsWith(text: string, length: number): Promise<boolean> {
    if (length < text.length) return false;
    const b = await this.peek(text.length);
    return b.length >= text.length && b.toString('latin1', 0, text.length) === text;
  }

  async copy(w: Writer, n: number): Promise<void> {
    for (let left = n; left > 0; ) {
      const b = await this.peek();
      if (b.length === 0) throw new MalformedImage('the file ends too early');
      const part = b.subarray(0, Math.min(left, b.length));
      await w.write(part);
      this.at += part.length;
      left -= part.length;
    }
  }

  async skip(n: number): Promise<void> {
    const buffered = this.buf.length - this.at;
    if (n <= buffered) {
      this.at += n;
      return;
    }
    if (this.base + this.buf.length + (n - buffered) > this.size) throw new MalformedImage('the file ends too early');
    this.base += this.buf.length + (n - buffered);
    this.buf = Buffer.alloc(0);
    this.at = 0;
  }

  /** Random access, apart from the sequential position (WebP's chunk list). */
  async readAt(offset: number, n: number): Promise<Buffer> {
    const b = Buffer.alloc(n);
    const { bytesRead } = await this.file.read(b, 0, n, offset);
    if (bytesRead < n) throw new MalformedImage('the file ends too early');
    return b;
  }

  async copyAt(w: Writer, offset: number, n: number): Promise<void> {
    for (let done = 0; done < n; ) {
      const part = await this.readAt(offset + done, Math.min(BUFFER_SIZE, n - done));
      await w.write(part);
      done += part.length;
    }
  }
}

class Writer {
  readonly hash = createHash('sha256');
  size = 0;
  private pending: Buffer[] = [];
  private pendingBytes = 0;

  constructor(private readonly file: FileHandle) {}

  /** Buffers `b` (copied: callers reuse their buffers), writing to the file every 64 KiB. */
  async write(b: Buffer): Promise<void> {
    if (b.length === 0) return;
    const copy = Buffer.from(b);
    this.hash.update(copy);
    this.size += copy.length;
    this.pending.push(copy);
    this.pendingBytes += copy.length;
    if (this.pendingBytes >= BUFFER_SIZE) await this.flush();
  }

  async flush(): Promise<void> {
    if (this.pendingBytes === 0) return;
    const data = Buffer.concat(this.pending);
    this.pending = [];
    this.pendingBytes = 0;
    await this.file.write(data);
  }
}

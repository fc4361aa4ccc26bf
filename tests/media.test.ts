// Media: files uploaded over HTTP (POST /media), recognised by their bytes, decoded when images, kept
// once per content and served with the visibility of every other read; links to videos and pages; media
// attached to articles and actions. Real server, real Neo4j, a temporary MEDIA_DIR; every test file is
// generated here (sharp draws the images, the rest is written byte by byte).
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import { crc32 } from 'node:zlib';
import exifr from 'exifr';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../api/server.js';
import { bufferSource, sniff } from '../api/media/sniff.js';
import { buildAction } from './factories/actions.js';
import { buildActor } from './factories/actors.js';
import { addMember, adminSession, signedIn, type Someone } from './factories/people.js';
import type { Built, Writer } from './factories/write.js';
import { uid, type GraphQLResponse } from './helpers/api.js';
import { testConfig, testDb } from './helpers/db.js';

const MAX_BYTES = 2 * 1024 * 1024;
const MAX_PIXELS = 4_000_000;

// --- A server of its own, storing media in a temporary directory ---------------------------------

const db = testDb();
const mediaDir = mkdtempSync(join(tmpdir(), 'convergences-media-'));
let server: RunningServer;
let adminCookie: string;

beforeAll(async () => {
  server = await startServer({ ...testConfig(), media: { dir: mediaDir, maxBytes: MAX_BYTES, maxImagePixels: MAX_PIXELS } }, db);
  adminCookie = (await adminSession(db)).cookie;
});
afterAll(async () => {
  await server?.close();
  rmSync(mediaDir, { recursive: true, force: true });
});

const api = {
  get url() {
    return server.url;
  },
};

async function gql<T>(cookie: string | undefined, query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse<T>> {
  const res = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return { ...((await res.json()) as GraphQLResponse<T>), status: res.status };
}

const admin: Writer & { gql: <T>(q: string, v?: Record<string, unknown>) => Promise<GraphQLResponse<T>> } = {
  gql: (q, v) => gql(adminCookie, q, v),
  async ok<T>(q: string, v?: Record<string, unknown>): Promise<T> {
    const res = await gql<T>(adminCookie, q, v);
    if (res.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(res.errors)}`);
    return res.data as T;
  },
};

const cookieOf = (who: Someone) => `cv_session=${encodeURIComponent(who.client.cookie()!)}`;

interface UploadedJson {
  media?: { id: string; type: string; url: string; thumbnailUrl: string | null; mimeType: string; size: number; width: number | null; height: number | null; sha256: string };
  error?: { code: string; message: string; field: string | null };
}

async function upload(
  cookie: string | undefined,
  params: Record<string, string>,
  body: Buffer | ReadableStream<Uint8Array>,
  headers: Record<string, string> = { 'x-convergences-upload': '1', 'content-type': 'application/octet-stream' },
): Promise<{ status: number; json: UploadedJson }> {
  const res = await fetch(`${server.url}/media?${new URLSearchParams(params)}`, {
    method: 'POST',
    headers: { ...headers, ...(cookie ? { cookie } : {}) },
    body,
    duplex: 'half',
  } as RequestInit);
  return { status: res.status, json: (await res.json()) as UploadedJson };
}

/** Uploads as the administrator and expects success. */
async function uploadOk(spaceId: string, body: Buffer, params: Record<string, string> = {}): Promise<NonNullable<UploadedJson['media']>> {
  const res = await upload(adminCookie, { spaceId, title: `Fichier ${uid()}`, ...params }, body);
  expect(res.status, JSON.stringify(res.json)).toBe(201);
  return res.json.media!;
}

/** Every stored file, relative to MEDIA_DIR (uploads in progress included). */
function filesOnDisk(): string[] {
  return (readdirSync(mediaDir, { recursive: true, withFileTypes: true }) as { isFile(): boolean; parentPath: string; name: string }[])
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name).slice(mediaDir.length + 1))
    .sort();
}

// --- Test files, built from bytes ---------------------------------------------------------------

const noise = (width: number, height: number) =>
  sharp(Buffer.from(Array.from({ length: width * height * 3 }, () => Math.floor(Math.random() * 256))), { raw: { width, height, channels: 3 } });

const png = (width = 800, height = 600) => noise(width, height).png().toBuffer();

function pdf(): Buffer {
  return Buffer.from(
    [
      '%PDF-1.4',
      '1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj',
      '2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj',
      '3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >> endobj',
      'trailer << /Root 1 0 R >>',
      '%%EOF',
      '',
    ].join('\n'),
    'latin1',
  );
}

/** One second of 8 kHz 16-bit mono silence. */
function wav(): Buffer {
  const data = Buffer.alloc(16_000);
  const h = Buffer.alloc(44);
  h.write('RIFF', 0, 'latin1');
  h.writeUInt32LE(36 + data.length, 4);
  h.write('WAVEfmt ', 8, 'latin1');
  h.writeUInt32LE(16, 16);
  h.writeUInt16LE(1, 20);
  h.writeUInt16LE(1, 22);
  h.writeUInt32LE(8000, 24);
  h.writeUInt32LE(16_000, 28);
  h.writeUInt16LE(2, 32);
  h.writeUInt16LE(16, 34);
  h.write('data', 36, 'latin1');
  h.writeUInt32LE(data.length, 40);
  return Buffer.concat([h, data]);
}

/** An ID3v2 tag then MPEG-1 Layer III frames (128 kbit/s, 44.1 kHz: 417 bytes each). */
function mp3(frames = 10, withTag = true): Buffer {
  const frame = Buffer.alloc(417);
  frame.set([0xff, 0xfb, 0x90, 0x00]);
  const tag = Buffer.from('ID3\x04\x00\x00\x00\x00\x00\x0a' + '\x00'.repeat(10), 'latin1');
  return Buffer.concat([...(withTag ? [tag] : []), ...Array.from({ length: frames }, () => frame)]);
}

/** A ZIP archive of stored (uncompressed) entries. */
function zip(entries: [string, string][]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, content] of entries) {
    const data = Buffer.from(content, 'utf8');
    const n = Buffer.from(name, 'utf8');
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(n.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(n.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, n, data);
    centrals.push(central, n);
    offset += 30 + n.length + data.length;
  }
  const cd = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cd, end]);
}

const CONTENT_TYPES = '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>';
const docx = () => zip([['[Content_Types].xml', CONTENT_TYPES], ['word/document.xml', '<w:document/>']]);

/** A compound file (old Office format) whose directory holds these streams, 512-byte sectors: header, FAT, directory. */
function compoundFile(streams: string[]): Buffer {
  const header = Buffer.alloc(512);
  header.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  header.writeUInt16LE(0x3e, 0x18);
  header.writeUInt16LE(3, 0x1a);
  header.writeUInt16LE(0xfffe, 0x1c);
  header.writeUInt16LE(9, 0x1e);
  header.writeUInt16LE(6, 0x20);
  header.writeUInt32LE(1, 0x2c);
  header.writeUInt32LE(1, 0x30);
  header.writeUInt32LE(4096, 0x38);
  header.writeUInt32LE(0xfffffffe, 0x3c);
  header.writeUInt32LE(0xfffffffe, 0x44);
  for (let i = 0; i < 109; i++) header.writeUInt32LE(i === 0 ? 0 : 0xffffffff, 0x4c + i * 4);
  const fat = Buffer.alloc(512, 0xff);
  fat.writeUInt32LE(0xfffffffd, 0);
  fat.writeUInt32LE(0xfffffffe, 4);
  const dir = Buffer.alloc(512);
  ['Root Entry', ...streams].slice(0, 4).forEach((name, i) => {
    const n = Buffer.from(`${name}\0`, 'utf16le');
    n.copy(dir, i * 128);
    dir.writeUInt16LE(n.length, i * 128 + 0x40);
    dir[i * 128 + 0x42] = i === 0 ? 5 : 2;
  });
  return Buffer.concat([header, fat, dir]);
}

function ogg(codecHeader: string): Buffer {
  const page = Buffer.alloc(28);
  page.write('OggS', 0, 'latin1');
  page[5] = 2;
  page[26] = 1;
  page[27] = 30;
  return Buffer.concat([page, Buffer.from(codecHeader.padEnd(30, '\0'), 'latin1')]);
}

const HTML = Buffer.from('<!DOCTYPE html><html><body><script>alert(document.cookie)</script></body></html>');
const SVG = Buffer.from('<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><circle r="4"/></svg>');

// --- Spaces and people ---------------------------------------------------------------------------

const ARTICLE = `mutation($input: CreateArticleInput!) { createArticle(input: $input) { item { id } } }`;
const LINK = `mutation($input: CreateMediaLinkInput!) { createMediaLink(input: $input) { item { id ... on Media { type url title visibility } } } }`;
const UPDATE = `mutation($input: UpdateMediaInput!) { updateMedia(input: $input) { item { id ... on Media { title alt visibility } } } }`;
const ATTACH = `mutation($input: AttachMediaInput!) { attachMedia(input: $input) }`;
const MEDIA_ITEM = `query($id: ID!) { contentItem(id: $id) { id ... on Media { type title alt url thumbnailUrl mimeType size width height sha256 visibility author { id } } } }`;

async function editorWithSpace(): Promise<{ editor: Someone; space: Built }> {
  const editor = await signedIn(api);
  return { editor, space: await buildActor(editor) };
}

async function get(path: string, cookie?: string): Promise<Response> {
  return fetch(`${server.url}${path}`, { headers: cookie ? { cookie } : {} });
}

// --- Recognising files ---------------------------------------------------------------------------

describe('recognising a file by its bytes', () => {
  it('accepts the images, documents and sounds of the closed list, whatever their name', async () => {
    const cases: [Buffer, string, string][] = [
      [await png(20, 20), 'png', 'IMAGE'],
      [await noise(20, 20).jpeg().toBuffer(), 'jpg', 'IMAGE'],
      [await noise(20, 20).gif().toBuffer(), 'gif', 'IMAGE'],
      [await noise(20, 20).webp().toBuffer(), 'webp', 'IMAGE'],
      [pdf(), 'pdf', 'DOCUMENT'],
      [docx(), 'docx', 'DOCUMENT'],
      [zip([['[Content_Types].xml', CONTENT_TYPES], ['xl/workbook.xml', '<workbook/>']]), 'xlsx', 'DOCUMENT'],
      [zip([['[Content_Types].xml', CONTENT_TYPES], ['ppt/presentation.xml', '<p/>']]), 'pptx', 'DOCUMENT'],
      [zip([['mimetype', 'application/vnd.oasis.opendocument.text'], ['content.xml', '<office:document-content/>']]), 'odt', 'DOCUMENT'],
      [zip([['mimetype', 'application/vnd.oasis.opendocument.spreadsheet'], ['content.xml', '<x/>']]), 'ods', 'DOCUMENT'],
      [compoundFile(['WordDocument', '1Table']), 'doc', 'DOCUMENT'],
      [compoundFile(['Workbook']), 'xls', 'DOCUMENT'],
      [mp3(), 'mp3', 'AUDIO'],
      [mp3(3, false), 'mp3', 'AUDIO'],
      [ogg('\x01vorbis'), 'ogg', 'AUDIO'],
      [ogg('OpusHead'), 'ogg', 'AUDIO'],
      [wav(), 'wav', 'AUDIO'],
      [Buffer.from('fLaC\0\0\0\x22', 'latin1'), 'flac', 'AUDIO'],
    ];
    for (const [bytes, ext, type] of cases) {
      expect(await sniff(bufferSource(bytes)), ext).toMatchObject({ ok: true, ext, type });
    }
  });

  it('refuses everything else, naming what it found', async () => {
    const cases: [Buffer, string][] = [
      [HTML, 'HTML'],
      [SVG, 'SVG'],
      [Buffer.from('MZ\x90\x00\x03\x00\x00\x00This program cannot be run in DOS mode', 'latin1'), 'Windows program'],
      [Buffer.from('\x7fELF\x02\x01\x01', 'latin1'), 'Linux program'],
      [Buffer.from('#!/bin/sh\nrm -rf /\n'), 'script'],
      [Buffer.from('Ceci est un fichier texte renommé en photo.jpg\n'), 'plain text'],
      [zip([['notes.txt', 'hello']]), 'ZIP archive that is not an office document'],
      [zip([['[Content_Types].xml', CONTENT_TYPES], ['word/document.xml', '<w/>'], ['word/vbaProject.bin', 'x']]), 'macros'],
      [zip([['mimetype', 'application/vnd.oasis.opendocument.graphics'], ['content.xml', '<x/>']]), 'OpenDocument'],
      [compoundFile(['\x05SummaryInformation', 'Property']), 'not a Word, Excel or PowerPoint'],
      [compoundFile(['WordDocument', 'Macros']), 'macros'],
      [Buffer.concat([Buffer.from('ID3\x04\x00\x00\x00\x00\x00\x00', 'latin1'), Buffer.from('<html>')]), 'ID3 tag'],
      [ogg('\x80theora'), 'Ogg video'],
      [Buffer.from('\0\0\0\x18ftypheic\0\0\0\0', 'latin1'), 'HEIC'],
      [Buffer.alloc(0), 'empty'],
    ];
    for (const [bytes, found] of cases) {
      const result = await sniff(bufferSource(bytes));
      expect(result.ok, found).toBe(false);
      expect(result.ok ? '' : result.found, found).toContain(found);
    }
  });
});

// --- Uploads -------------------------------------------------------------------------------------

describe('uploading a file (POST /media)', () => {
  it('stores a PNG under its SHA-256 with a 320 px WebP thumbnail that really decodes', async () => {
    const { editor, space } = await editorWithSpace();
    const bytes = await png(800, 600);
    const res = await upload(cookieOf(editor), { spaceId: space.id, title: 'Affiche du festival', alt: 'Une affiche rouge', visibility: 'PUBLIC' }, bytes);
    expect(res.status, JSON.stringify(res.json)).toBe(201);
    const media = res.json.media!;
    expect(media).toMatchObject({ type: 'IMAGE', mimeType: 'image/png', size: bytes.length, width: 800, height: 600 });
    expect(media.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(media.url).toBe(`/media/files/${media.sha256}.png`);
    expect(media.thumbnailUrl).toBe(`/media/thumbs/${media.sha256}-320.webp`);
    expect(filesOnDisk()).toEqual(expect.arrayContaining([`${media.sha256.slice(0, 2)}/${media.sha256.slice(2, 4)}/${media.sha256}.png`, `thumbs/${media.sha256}-320.webp`]));

    const file = await get(media.url);
    expect(file.status).toBe(200);
    expect(file.headers.get('content-type')).toBe('image/png');
    expect(file.headers.get('x-content-type-options')).toBe('nosniff');
    expect(file.headers.get('content-disposition')).toMatch(/^inline; filename="Affiche du festival.png"/);
    expect(file.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(Buffer.from(await file.arrayBuffer()).equals(bytes)).toBe(true);

    const thumb = await get(media.thumbnailUrl!);
    expect(thumb.status).toBe(200);
    expect(thumb.headers.get('content-type')).toBe('image/webp');
    const meta = await sharp(Buffer.from(await thumb.arrayBuffer())).metadata();
    expect(meta).toMatchObject({ format: 'webp', width: 320, height: 240 });

    const item = await gql<{ contentItem: Record<string, unknown> }>(undefined, MEDIA_ITEM, { id: media.id });
    expect(item.data?.contentItem).toMatchObject({
      type: 'IMAGE',
      title: 'Affiche du festival',
      alt: 'Une affiche rouge',
      url: media.url,
      thumbnailUrl: media.thumbnailUrl,
      sha256: media.sha256,
      width: 800,
      height: 600,
      size: bytes.length,
      visibility: 'PUBLIC',
      author: { id: editor.personId },
    });
  });

  it('stores a JPEG with its displayed size and a thumbnail without the photo’s EXIF data', async () => {
    const { space } = await editorWithSpace();
    // Orientation 6: the camera was turned, so the 600 × 400 pixels show as 400 × 600.
    const bytes = await noise(600, 400).jpeg().withExif({ IFD0: { Copyright: 'Photographe', Make: 'Appareil' } }).withMetadata({ orientation: 6 }).toBuffer();
    expect((await sharp(bytes).metadata()).exif).toBeDefined();
    const media = await uploadOk(space.id, bytes);
    expect(media).toMatchObject({ type: 'IMAGE', mimeType: 'image/jpeg', width: 400, height: 600, url: `/media/files/${media.sha256}.jpg` });
    const thumb = await sharp(Buffer.from(await (await get(media.thumbnailUrl!)).arrayBuffer())).metadata();
    expect(thumb).toMatchObject({ format: 'webp', width: 320, height: 480 });
    expect(thumb.exif).toBeUndefined();
    expect(thumb.orientation).toBeUndefined();
  });

  it('serves the original of a photo without its GPS position or other metadata, keeping its orientation and pixels', async () => {
    const { space } = await editorWithSpace();
    const gps = { GPSLatitudeRef: 'N', GPSLatitude: '48/1 30/1 0/1', GPSLongitudeRef: 'W', GPSLongitude: '2/1 45/1 0/1' };
    const xmp =
      '<?xpacket begin="" id="W5M0MpCehiHzreSzNTczkc9d"?><x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">' +
      '<rdf:Description xmlns:exif="http://ns.adobe.com/exif/1.0/" exif:GPSLatitude="48,30.0N" exif:GPSLongitude="2,45.0W"/></rdf:RDF></x:xmpmeta><?xpacket end="w"?>';
    // Orientation 6: 60 × 40 pixels shown as 40 × 60.
    const photo = () => noise(60, 40).withExif({ IFD0: { Make: 'Appareil', Copyright: 'Photographe' }, IFD3: gps }).withMetadata({ orientation: 6 }).withXmp(xmp);
    // A "motion photo": a video after the JPEG's end, with a position of its own.
    const jpeg = Buffer.concat([await photo().jpeg().toBuffer(), Buffer.from('\0\0\0\x18ftypmp42 xyz+48.5000-002.7500/', 'latin1')]);
    const cases: [string, Buffer][] = [
      ['jpg', jpeg],
      ['png', await photo().png().toBuffer()],
      ['webp', await photo().webp().toBuffer()],
    ];
    for (const [ext, bytes] of cases) {
      const before = await sharp(bytes).metadata();
      expect(before.exif, ext).toBeDefined();
      expect(before.xmp, ext).toBeDefined();
      const media = await uploadOk(space.id, bytes);
      expect(media, ext).toMatchObject({ width: 40, height: 60, url: `/media/files/${media.sha256}.${ext}` });
      const res = await get(media.url);
      expect(res.status).toBe(200);
      const served = Buffer.from(await res.arrayBuffer());
      // Named by the hash of what is served.
      expect(createHash('sha256').update(served).digest('hex'), ext).toBe(media.sha256);
      expect(served.length, ext).toBe(media.size);
      const meta = await sharp(served).metadata();
      expect(meta.orientation, ext).toBe(6);
      expect(meta.xmp, ext).toBeUndefined();
      // exifr does not read WebP files: their EXIF block (a TIFF, after "Exif\0\0" or not) is read apart.
      const read = { tiff: true, exif: true, gps: true, xmp: true, iptc: true, ihdr: false, icc: false };
      const tagsOf = (file: Buffer, exif: Buffer | undefined) =>
        exifr.parse(ext !== 'webp' ? file : exif!.subarray(0, 6).toString('latin1') === 'Exif\0\0' ? exif!.subarray(6) : exif!, read);
      expect(await tagsOf(bytes, before.exif), ext).toMatchObject({ latitude: 48.5, longitude: -2.75, Make: 'Appareil' });
      expect(await tagsOf(served, meta.exif), ext).toEqual({ Orientation: 'Rotate 90 CW' });
      expect(served.includes('ftypmp42'), ext).toBe(false);
      // Lossless: the very same pixels, not a re-encoding.
      const pixels = async (b: Buffer) => sharp(b, { autoOrient: false }).raw().toBuffer();
      expect((await pixels(served)).equals(await pixels(bytes)), ext).toBe(true);
    }
  });

  it('serves a GIF without its comments and XMP, animation loop kept', async () => {
    const { space } = await editorWithSpace();
    const gif = await noise(30, 20).gif({ loop: 0 }).toBuffer();
    // After the header, the screen descriptor and the global colour table: a comment and an XMP packet.
    const packed = gif[10]!;
    const start = 13 + (packed & 0x80 ? 3 * 2 ** ((packed & 0x07) + 1) : 0);
    const subBlocks = (text: string) => {
      const data = Buffer.from(text, 'latin1');
      const parts: Buffer[] = [];
      for (let i = 0; i < data.length; i += 255) parts.push(Buffer.from([Math.min(255, data.length - i)]), data.subarray(i, i + 255));
      return Buffer.concat([...parts, Buffer.from([0])]);
    };
    const comment = Buffer.concat([Buffer.from([0x21, 0xfe]), subBlocks('Pris au Legue, GPS 48.5 -2.75')]);
    const xmp = Buffer.concat([Buffer.from([0x21, 0xff, 11]), Buffer.from('XMP DataXMP', 'latin1'), subBlocks('<x:xmpmeta exif:GPSLatitude="48,30.0N"/>')]);
    const bytes = Buffer.concat([gif.subarray(0, start), comment, xmp, gif.subarray(start)]);
    expect(bytes.includes('GPS')).toBe(true);
    const media = await uploadOk(space.id, bytes);
    const served = Buffer.from(await (await get(media.url)).arrayBuffer());
    // Exactly the GIF before the comment and the XMP went in (its looping extension included).
    expect(gif.includes('NETSCAPE2.0')).toBe(true);
    expect(served.equals(gif)).toBe(true);
    expect(media.sha256).toBe(createHash('sha256').update(gif).digest('hex'));
  });

  it('keeps a PDF, an office document and sound files, served inline or as a download', async () => {
    const { space } = await editorWithSpace();
    const cases: [Buffer, string, string, string, string][] = [
      [pdf(), 'DOCUMENT', 'application/pdf', 'pdf', 'inline'],
      [docx(), 'DOCUMENT', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', 'docx', 'attachment'],
      [wav(), 'AUDIO', 'audio/wav', 'wav', 'inline'],
      [mp3(), 'AUDIO', 'audio/mpeg', 'mp3', 'inline'],
    ];
    for (const [bytes, type, mimeType, ext, disposition] of cases) {
      const media = await uploadOk(space.id, bytes, { title: `Pièce jointe ${ext}` });
      expect(media, ext).toMatchObject({ type, mimeType, size: bytes.length, width: null, height: null, thumbnailUrl: null, url: `/media/files/${media.sha256}.${ext}` });
      const file = await get(media.url);
      expect(file.status).toBe(200);
      expect(file.headers.get('content-type')).toBe(mimeType);
      expect(file.headers.get('x-content-type-options')).toBe('nosniff');
      expect(file.headers.get('content-disposition')).toContain(`${disposition}; filename="Piece jointe ${ext}.${ext}"; filename*=UTF-8''Pi%C3%A8ce%20jointe%20${ext}.${ext}`);
      expect(Buffer.from(await file.arrayBuffer()).equals(bytes)).toBe(true);
    }
  });

  it('keeps identical uploads as one file, each with its own media item', async () => {
    const { space } = await editorWithSpace();
    const bytes = await png(400, 300);
    const first = await uploadOk(space.id, bytes, { title: 'Première' });
    const second = await uploadOk(space.id, bytes, { title: 'Seconde' });
    expect(second.sha256).toBe(first.sha256);
    expect(second.url).toBe(first.url);
    expect(second.id).not.toBe(first.id);
    expect(filesOnDisk().filter((f) => f.includes(first.sha256))).toEqual([`${first.sha256.slice(0, 2)}/${first.sha256.slice(2, 4)}/${first.sha256}.png`, `thumbs/${first.sha256}-320.webp`]);
    const titles = await Promise.all([first, second].map(async (m) => (await admin.ok<{ contentItem: { title: string } }>(MEDIA_ITEM, { id: m.id })).contentItem.title));
    expect(titles).toEqual(['Première', 'Seconde']);
  });

  it('refuses a file over the size limit with 413, whether announced or streamed, and stores nothing', async () => {
    const { space } = await editorWithSpace();
    const before = filesOnDisk();
    const big = Buffer.concat([await png(20, 20), Buffer.alloc(MAX_BYTES)]);
    const announced = await upload(adminCookie, { spaceId: space.id, title: 'Trop gros' }, big);
    expect(announced.status).toBe(413);
    expect(announced.json.error).toMatchObject({ code: 'PAYLOAD_TOO_LARGE', field: 'file' });

    // Without a Content-Length the server counts as it reads, and stops at the limit.
    const chunks = Array.from({ length: Math.ceil(big.length / 65_536) + 8 }, (_, i) => big.subarray(i * 65_536, (i + 1) * 65_536));
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        const next = chunks.shift();
        if (next && next.length > 0) controller.enqueue(next);
        else controller.enqueue(Buffer.alloc(65_536));
        if (chunks.length === 0) controller.close();
      },
    });
    const streamed = await upload(adminCookie, { spaceId: space.id, title: 'Trop gros' }, stream);
    expect(streamed.status).toBe(413);
    expect(streamed.json.error?.code).toBe('PAYLOAD_TOO_LARGE');

    expect(filesOnDisk()).toEqual(before);
    const listed = await admin.ok<{ content: { totalCount: number } }>(`query($s: ID!) { content(kind: MEDIA, spaceId: $s) { totalCount } }`, { s: space.id });
    expect(listed.content.totalCount).toBe(0);
  });

  it('refuses an image of too many pixels (a decompression bomb) with 413', async () => {
    const { space } = await editorWithSpace();
    // 3000 × 3000 of one colour: a few kilobytes on disk, 9 megapixels once decoded.
    const bomb = await sharp({ create: { width: 3000, height: 3000, channels: 3, background: '#fff' } }).png().toBuffer();
    expect(bomb.length).toBeLessThan(MAX_BYTES);
    const res = await upload(adminCookie, { spaceId: space.id, title: 'Bombe' }, bomb);
    expect(res.status).toBe(413);
    expect(res.json.error).toMatchObject({ code: 'PAYLOAD_TOO_LARGE', field: 'file' });
    expect(res.json.error?.message).toContain('3000 × 3000');
  });

  it('refuses HTML, SVG and a text file named like a photo with 415, saying what they are', async () => {
    const { space } = await editorWithSpace();
    const before = filesOnDisk();
    const cases: [Buffer, string, string][] = [
      [HTML, 'text/html', 'an HTML document'],
      [SVG, 'image/svg+xml', 'an SVG image'],
      [Buffer.from('pas une image, juste du texte\n'), 'image/jpeg', 'plain text'],
    ];
    for (const [bytes, contentType, found] of cases) {
      const res = await upload(adminCookie, { spaceId: space.id, title: 'Piège' }, bytes, { 'content-type': contentType, 'x-convergences-upload': '1' });
      expect(res.status, found).toBe(415);
      expect(res.json.error).toMatchObject({ code: 'UNSUPPORTED_MEDIA_TYPE', field: 'file' });
      expect(res.json.error?.message).toContain(`This file is ${found}`);
    }
    expect(filesOnDisk()).toEqual(before);
  });

  it('refuses a file that starts like a PNG but is not one', async () => {
    const { space } = await editorWithSpace();
    const before = filesOnDisk();
    const real = await png(100, 100);
    for (const fake of [Buffer.concat([real.subarray(0, 8), Buffer.from('<script>alert(1)</script>'.repeat(20))]), real.subarray(0, Math.floor(real.length / 2))]) {
      const res = await upload(adminCookie, { spaceId: space.id, title: 'Faux PNG' }, fake);
      expect(res.status).toBe(415);
      expect(res.json.error?.message).toContain('starts like a PNG image but does not decode as one');
    }
    expect(filesOnDisk()).toEqual(before);
  });

  it('asks anonymous visitors to sign in (401)', async () => {
    const { space } = await editorWithSpace();
    const res = await upload(undefined, { spaceId: space.id, title: 'Anonyme' }, await png(20, 20));
    expect(res.status).toBe(401);
    expect(res.json.error?.code).toBe('UNAUTHENTICATED');
  });

  it('refuses a member who is not an editor of the space (403), and an unknown space (404)', async () => {
    const { editor, space } = await editorWithSpace();
    const member = await signedIn(api);
    await addMember(editor, space, member, 'MEMBER');
    const before = filesOnDisk();
    const res = await upload(cookieOf(member), { spaceId: space.id, title: 'Pas éditeur' }, await png(20, 20));
    expect(res.status).toBe(403);
    expect(res.json.error?.code).toBe('FORBIDDEN');
    expect(res.json.error?.message).toContain('EDITOR');
    expect(filesOnDisk()).toEqual(before);

    const unknown = await upload(cookieOf(editor), { spaceId: 'no-such-space', title: 'Nulle part' }, await png(20, 20));
    expect(unknown.status).toBe(404);
    expect(unknown.json.error).toMatchObject({ code: 'NOT_FOUND', field: 'spaceId' });
  });

  it('refuses bad parameters with 400 naming the field', async () => {
    const { space } = await editorWithSpace();
    const bytes = await png(20, 20);
    expect((await upload(adminCookie, { title: 'Sans espace' }, bytes)).json.error).toMatchObject({ code: 'BAD_USER_INPUT', field: 'spaceId' });
    expect((await upload(adminCookie, { spaceId: space.id }, bytes)).json.error).toMatchObject({ code: 'BAD_USER_INPUT', field: 'title' });
    const hidden = await upload(adminCookie, { spaceId: space.id, title: 'x', visibility: 'SECRET' }, bytes);
    expect(hidden.status).toBe(400);
    expect(hidden.json.error).toMatchObject({ code: 'BAD_USER_INPUT', field: 'visibility' });
    const empty = await upload(adminCookie, { spaceId: space.id, title: 'Vide' }, Buffer.alloc(0));
    expect(empty.json.error).toMatchObject({ code: 'BAD_USER_INPUT', field: 'file' });
  });

  it('refuses what a form on another site could send: a form content type, or none, without the upload header', async () => {
    const { editor, space } = await editorWithSpace();
    const bytes = await png(20, 20);
    const params = { spaceId: space.id, title: 'CSRF' };
    const formLike: Record<string, string>[] = [{ 'content-type': 'multipart/form-data; boundary=x' }, { 'content-type': 'text/plain' }, { 'content-type': 'application/x-www-form-urlencoded' }, {}];
    for (const headers of formLike) {
      const res = await upload(cookieOf(editor), params, bytes, headers);
      expect(res.status, JSON.stringify(headers)).toBe(403);
      expect(res.json.error).toMatchObject({ code: 'FORBIDDEN', field: 'x-convergences-upload' });
    }
    // A script of this site's own either sets the header or sends the file's own type.
    expect((await upload(cookieOf(editor), params, bytes, { 'content-type': 'image/png' })).status).toBe(201);
    expect((await upload(cookieOf(editor), params, bytes, { 'content-type': 'text/plain', 'x-convergences-upload': '1' })).status).toBe(201);
  });
});

// --- Downloads -----------------------------------------------------------------------------------

describe('downloading a file (GET /media/files, /media/thumbs)', () => {
  it('serves members-only media to the members of the space only, kept out of shared caches', async () => {
    const { editor, space } = await editorWithSpace();
    const member = await signedIn(api);
    await addMember(editor, space, member, 'MEMBER');
    const outsider = await signedIn(api);
    const res = await upload(cookieOf(editor), { spaceId: space.id, title: 'Compte rendu interne', visibility: 'MEMBERS' }, await png(400, 300));
    expect(res.status).toBe(201);
    const media = res.json.media!;

    for (const path of [media.url, media.thumbnailUrl!]) {
      expect((await get(path)).status, path).toBe(404);
      expect((await get(path, cookieOf(outsider))).status, path).toBe(404);
      const allowed = await get(path, cookieOf(member));
      expect(allowed.status, path).toBe(200);
      expect(allowed.headers.get('cache-control')).toBe('private, max-age=31536000, immutable');
    }
    expect((await gql<{ contentItem: unknown }>(undefined, MEDIA_ITEM, { id: media.id })).data?.contentItem).toBeNull();
  });

  it('serves a file shared by a public and a members-only item as public', async () => {
    const { editor, space } = await editorWithSpace();
    const bytes = await png(30, 30);
    const hidden = await upload(cookieOf(editor), { spaceId: space.id, title: 'Interne', visibility: 'MEMBERS' }, bytes);
    expect((await get(hidden.json.media!.url)).status).toBe(404);
    await uploadOk(space.id, bytes, { title: 'Publique' });
    const file = await get(hidden.json.media!.url);
    expect(file.status).toBe(200);
    expect(file.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
  });

  it('answers 404 for unknown or malformed names and for another extension of a stored file', async () => {
    const { space } = await editorWithSpace();
    const media = await uploadOk(space.id, await png(20, 20));
    for (const path of [`/media/files/${'0'.repeat(64)}.png`, '/media/files/..%2F..%2Fetc%2Fpasswd', `/media/files/${media.sha256}.html`, `/media/files/${media.sha256}.jpg`, `/media/thumbs/${media.sha256}-640.webp`]) {
      const res = await get(path);
      expect(res.status, path).toBe(404);
      expect(((await res.json()) as UploadedJson).error?.code).toBe('NOT_FOUND');
    }
  });
});

// --- GraphQL: links, changes, attachments --------------------------------------------------------

describe('media in GraphQL', () => {
  it('adds a link to a video over https only', async () => {
    const { editor, space } = await editorWithSpace();
    for (const url of ['javascript:alert(document.cookie)', 'data:text/html,<script>alert(1)</script>', 'http://example.org/video', 'pas une adresse']) {
      const res = await editor.gql(LINK, { input: { spaceId: space.id, type: 'VIDEO_LINK', url, title: 'Vidéo' } });
      expect(res.errors?.[0]?.extensions, url).toMatchObject({ code: 'BAD_USER_INPUT', field: 'url' });
    }
    const upload = await editor.gql(LINK, { input: { spaceId: space.id, type: 'IMAGE', url: 'https://example.org/a.png', title: 'Image' } });
    expect(upload.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'type' });

    const created = await editor.ok<{ createMediaLink: { item: Record<string, unknown> } }>(LINK, {
      input: { spaceId: space.id, type: 'VIDEO_LINK', url: 'https://video.example.org/w/abc', title: 'Le spectacle en vidéo' },
    });
    expect(created.createMediaLink.item).toMatchObject({ type: 'VIDEO_LINK', url: 'https://video.example.org/w/abc', title: 'Le spectacle en vidéo', visibility: 'PUBLIC' });

    const outsider = await signedIn(api);
    const refused = await outsider.gql(LINK, { input: { spaceId: space.id, type: 'LINK', url: 'https://example.org', title: 'Intrus' } });
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('changes a media item’s title, alternative text and visibility, and records who did', async () => {
    const { editor, space } = await editorWithSpace();
    const media = (await upload(cookieOf(editor), { spaceId: space.id, title: 'Avant' }, await png(20, 20))).json.media!;
    const updated = await editor.ok<{ updateMedia: { item: Record<string, unknown> } }>(UPDATE, { input: { id: media.id, title: 'Après', alt: 'Un carré', visibility: 'MEMBERS' } });
    expect(updated.updateMedia.item).toMatchObject({ title: 'Après', alt: 'Un carré', visibility: 'MEMBERS' });
    expect((await get(media.url)).status).toBe(404);

    // A content item's changes are filed under its space.
    const changes = await admin.ok<{ changes: { nodes: { operation: string; entityId: string; person: { id: string } | null; after: string }[] } }>(
      `query($id: ID!) { changes(filter: { entityId: $id }) { nodes { operation entityId person { id } after } } }`,
      { id: space.id },
    );
    const ofMedia = changes.changes.nodes.filter((c) => c.entityId === media.id);
    expect(ofMedia.map((c) => c.operation)).toEqual(['updateMedia', 'createMedia']);
    expect(ofMedia.every((c) => c.person?.id === editor.personId)).toBe(true);
    expect(JSON.parse(ofMedia[1]!.after)).toMatchObject({ sha256: media.sha256, mimeType: 'image/png', title: 'Avant' });

    const member = await signedIn(api);
    await addMember(editor, space, member, 'MEMBER');
    expect((await member.gql(UPDATE, { input: { id: media.id, title: 'Non' } })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('attaches media to an article and to an action, in order, and shows each reader what they may see', async () => {
    const { editor, space } = await editorWithSpace();
    const action = await buildAction(editor, { carriers: [space] });
    const article = (await editor.ok<{ createArticle: { item: { id: string } } }>(ARTICLE, { input: { spaceId: space.id, title: 'Le festival', body: 'Texte' } })).createArticle.item;
    const photo = (await upload(cookieOf(editor), { spaceId: space.id, title: 'Photo' }, await png(40, 40))).json.media!;
    const internal = (await upload(cookieOf(editor), { spaceId: space.id, title: 'Interne', visibility: 'MEMBERS' }, pdf())).json.media!;
    const video = (
      await editor.ok<{ createMediaLink: { item: { id: string } } }>(LINK, { input: { spaceId: space.id, type: 'VIDEO_LINK', url: 'https://video.example.org/w/x', title: 'Vidéo' } })
    ).createMediaLink.item;

    expect(await editor.ok(ATTACH, { input: { targetId: article.id, mediaIds: [video.id, photo.id, internal.id] } })).toEqual({ attachMedia: true });
    // The action is a space of its own: the actor's members-only file may not be shown through it.
    const refused = await editor.gql(ATTACH, { input: { targetId: action.id, mediaIds: [internal.id] } });
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'mediaIds' });
    expect(await editor.ok(ATTACH, { input: { targetId: action.id, mediaIds: [photo.id, video.id] } })).toEqual({ attachMedia: true });

    const READ = `query($article: ID!, $action: ID!) {
      contentItem(id: $article) { ... on Article { media { id title url } } }
      action(id: $action) { media { id title url } } }`;
    const asEditor = await editor.ok<{ contentItem: { media: { id: string }[] }; action: { media: { id: string }[] } }>(READ, { article: article.id, action: action.id });
    expect(asEditor.contentItem.media.map((m) => m.id)).toEqual([video.id, photo.id, internal.id]);
    expect(asEditor.action.media.map((m) => m.id)).toEqual([photo.id, video.id]);
    const anonymous = await gql<typeof asEditor>(undefined, READ, { article: article.id, action: action.id });
    expect(anonymous.data?.contentItem.media.map((m) => m.id)).toEqual([video.id, photo.id]);
    expect(anonymous.data?.action.media.map((m) => m.id)).toEqual([photo.id, video.id]);

    // Replacing the list, recorded with what it was.
    expect(await editor.ok(ATTACH, { input: { targetId: action.id, mediaIds: [] } })).toEqual({ attachMedia: true });
    expect((await editor.ok<typeof asEditor>(READ, { article: article.id, action: action.id })).action.media).toEqual([]);
    const changes = await admin.ok<{ changes: { nodes: { operation: string; before: string; after: string }[] } }>(
      `query($id: ID!) { changes(filter: { entityId: $id }) { nodes { operation before after } } }`,
      { id: action.id },
    );
    const attachments = changes.changes.nodes.filter((c) => c.operation === 'attachMedia');
    expect(attachments.map((c) => [JSON.parse(c.before), JSON.parse(c.after)])).toEqual([
      [{ media: [photo.id, video.id] }, { media: [] }],
      [{ media: [] }, { media: [photo.id, video.id] }],
    ]);
  });

  it('lets only editors of the target attach media, and only to pages, articles and actions', async () => {
    const { editor, space } = await editorWithSpace();
    const action = await buildAction(editor, { carriers: [space] });
    const photo = (await upload(cookieOf(editor), { spaceId: space.id, title: 'Photo' }, await png(20, 20))).json.media!;
    const member = await signedIn(api);
    await addMember(editor, space, member, 'MEMBER');
    expect((await member.gql(ATTACH, { input: { targetId: action.id, mediaIds: [photo.id] } })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    // An id of another kind is answered as an unknown target: no page, article or action has it.
    const onActor = (await editor.gql(ATTACH, { input: { targetId: space.id, mediaIds: [photo.id] } })).errors?.[0];
    expect(onActor?.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'targetId' });
    expect(onActor?.message).toBe(`No page, article or action has the id "${space.id}".`);
    expect((await editor.gql(ATTACH, { input: { targetId: photo.id, mediaIds: [photo.id] } })).errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'targetId' });
    expect((await editor.gql(ATTACH, { input: { targetId: action.id, mediaIds: [photo.id, photo.id] } })).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'mediaIds' });
    // A public file of another space may be shown here.
    const other = await editorWithSpace();
    const theirs = (await upload(cookieOf(other.editor), { spaceId: other.space.id, title: 'Leur photo' }, await png(20, 20))).json.media!;
    expect(await editor.ok(ATTACH, { input: { targetId: action.id, mediaIds: [theirs.id] } })).toEqual({ attachMedia: true });
  });
});

// What an uploaded file really is, read from its bytes (magic numbers and container structure), never
// from its name or the Content-Type the client sent. A closed list of accepted kinds; everything else is
// refused with a message naming what was found, so a volunteer knows what to convert.
import { open } from 'node:fs/promises';

/** Random access to the bytes of a file (or of a buffer, in tests). */
export interface ByteSource {
  size: number;
  /** Up to `length` bytes from `offset` (fewer at the end). */
  read(offset: number, length: number): Promise<Buffer>;
}

export type SniffedType = 'IMAGE' | 'DOCUMENT' | 'AUDIO';

export interface Sniffed {
  ok: true;
  type: SniffedType;
  mimeType: string;
  /** Extension of the stored file, from the closed list below. */
  ext: MediaExt;
}

export interface Refused {
  ok: false;
  /** What the file was found to be, for the error message ("an HTML document"). */
  found: string;
}

/** Every accepted format: extension → MIME type and media type. The file server trusts only this list. */
export const FORMATS = {
  jpg: { mimeType: 'image/jpeg', type: 'IMAGE' },
  png: { mimeType: 'image/png', type: 'IMAGE' },
  gif: { mimeType: 'image/gif', type: 'IMAGE' },
  webp: { mimeType: 'image/webp', type: 'IMAGE' },
  pdf: { mimeType: 'application/pdf', type: 'DOCUMENT' },
  docx: { mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', type: 'DOCUMENT' },
  xlsx: { mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', type: 'DOCUMENT' },
  pptx: { mimeType: 'application/vnd.openxmlformats-officedocument.presentationml.presentation', type: 'DOCUMENT' },
  odt: { mimeType: 'application/vnd.oasis.opendocument.text', type: 'DOCUMENT' },
  ods: { mimeType: 'application/vnd.oasis.opendocument.spreadsheet', type: 'DOCUMENT' },
  odp: { mimeType: 'application/vnd.oasis.opendocument.presentation', type: 'DOCUMENT' },
  doc: { mimeType: 'application/msword', type: 'DOCUMENT' },
  xls: { mimeType: 'application/vnd.ms-excel', type: 'DOCUMENT' },
  ppt: { mimeType: 'application/vnd.ms-powerpoint', type: 'DOCUMENT' },
  mp3: { mimeType: 'audio/mpeg', type: 'AUDIO' },
  ogg: { mimeType: 'audio/ogg', type: 'AUDIO' },
  wav: { mimeType: 'audio/wav', type: 'AUDIO' },
  flac: { mimeType: 'audio/flac', type: 'AUDIO' },
} as const satisfies Record<string, { mimeType: string; type: SniffedType }>;
export type MediaExt = keyof typeof FORMATS;

export const ACCEPTED_FORMATS =
  'images (JPEG, PNG, GIF, WebP), documents (PDF, Word, Excel, PowerPoint, OpenDocument) and sound (MP3, Ogg, WAV, FLAC)';

const accept = (ext: MediaExt): Sniffed => ({ ok: true, ext, ...FORMATS[ext] });
const refuse = (found: string): Refused => ({ ok: false, found });

const startsWith = (b: Buffer, bytes: readonly number[] | string, at = 0): boolean =>
  typeof bytes === 'string' ? b.subarray(at, at + bytes.length).toString('latin1') === bytes : bytes.every((v, i) => b[at + i] === v);

/** Identifies a file from its bytes. */
export async function sniff(src: ByteSource): Promise<Sniffed | Refused> {
  if (src.size === 0) return refuse('an empty file');
  const head = await src.read(0, 4096);

  if (startsWith(head, [0xff, 0xd8, 0xff])) return accept('jpg');
  if (startsWith(head, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return accept('png');
  if (startsWith(head, 'GIF87a') || startsWith(head, 'GIF89a')) return accept('gif');
  if (startsWith(head, 'RIFF') && startsWith(head, 'WEBP', 8)) return accept('webp');
  if (startsWith(head, 'RIFF') && startsWith(head, 'WAVE', 8)) return accept('wav');
  if (startsWith(head, 'RIFF')) return refuse(`a RIFF file of type "${printable(head.subarray(8, 12))}" (such as AVI video)`);
  // PDF readers tolerate junk before the header; we do not, so an HTML page with "%PDF-" inside stays HTML.
  if (startsWith(head, '%PDF-')) return accept('pdf');
  if (startsWith(head, 'fLaC')) return accept('flac');
  if (startsWith(head, 'OggS')) return sniffOgg(head);
  if (startsWith(head, 'PK\x03\x04')) return sniffZip(src, head);
  if (startsWith(head, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return sniffOle(src, head);
  if (startsWith(head, 'ID3') || mpegFrameLength(head, 0) > 0) return sniffMp3(src, head);
  return refuse(describeUnknown(head));
}

/** A ByteSource over a file on disk; close it after use. */
export async function fileSource(path: string): Promise<ByteSource & { close(): Promise<void> }> {
  const handle = await open(path, 'r');
  const { size } = await handle.stat();
  return {
    size,
    async read(offset, length) {
      const len = Math.max(0, Math.min(length, size - offset));
      const buf = Buffer.alloc(len);
      if (len > 0) await handle.read(buf, 0, len, offset);
      return buf;
    },
    close: () => handle.close(),
  };
}

export function bufferSource(buf: Buffer): ByteSource {
  return { size: buf.length, read: async (offset, length) => buf.subarray(offset, offset + length) };
}

// --- Ogg: audio codecs only (Ogg also carries Theora video) -------------------------------------

function sniffOgg(head: Buffer): Sniffed | Refused {
  // The first page holds the first packet of the first stream: its codec's identification header.
  const segments = head[26] ?? 0;
  const packet = head.subarray(27 + segments, 27 + segments + 16);
  if (startsWith(packet, '\x01vorbis') || startsWith(packet, 'OpusHead') || startsWith(packet, '\x7fFLAC') || startsWith(packet, 'Speex   ')) return accept('ogg');
  if (startsWith(packet, '\x80theora')) return refuse('an Ogg video (Theora): link videos instead of uploading them');
  return refuse('an Ogg file whose first stream is not a known audio codec');
}

// --- ZIP containers: OOXML (docx, xlsx, pptx) and OpenDocument (odt, ods, odp) -------------------

const ODF_TYPES: Record<string, MediaExt> = {
  'application/vnd.oasis.opendocument.text': 'odt',
  'application/vnd.oasis.opendocument.spreadsheet': 'ods',
  'application/vnd.oasis.opendocument.presentation': 'odp',
};

async function sniffZip(src: ByteSource, head: Buffer): Promise<Sniffed | Refused> {
  // OpenDocument: the first entry is named "mimetype", stored uncompressed, and holds the type.
  const method = head.readUInt16LE(8);
  const nameLength = head.readUInt16LE(26);
  const extraLength = head.readUInt16LE(28);
  if (method === 0 && head.subarray(30, 30 + nameLength).toString('latin1') === 'mimetype') {
    const dataLength = Math.min(head.readUInt32LE(18), 200);
    const mimetype = head.subarray(30 + nameLength + extraLength, 30 + nameLength + extraLength + dataLength).toString('latin1');
    const ext = ODF_TYPES[mimetype];
    if (ext) return accept(ext);
    return refuse(`an OpenDocument file of type "${printable(Buffer.from(mimetype))}", which is not a text, spreadsheet or presentation`);
  }
  // OOXML: a "[Content_Types].xml" entry, and the main part of one of the three applications.
  const names = await zipEntryNames(src);
  if (!names) return refuse('a damaged or unusual ZIP archive');
  if (!names.has('[Content_Types].xml')) return refuse('a ZIP archive that is not an office document');
  if ([...names].some((n) => /(^|\/)vbaProject\.bin$/i.test(n))) return refuse('an office document with macros (save it without macros, as .docx, .xlsx or .pptx)');
  if (names.has('word/document.xml')) return accept('docx');
  if (names.has('xl/workbook.xml')) return accept('xlsx');
  if (names.has('ppt/presentation.xml')) return accept('pptx');
  return refuse('an Open XML package that is not a Word, Excel or PowerPoint document');
}

/** Names in a ZIP's central directory, or null when it cannot be read (ZIP64 included: office files never need it). */
async function zipEntryNames(src: ByteSource): Promise<Set<string> | null> {
  // The end-of-central-directory record is in the last 22 bytes, plus a comment of up to 64 KiB.
  const tailLength = Math.min(src.size, 22 + 0xffff);
  const tail = await src.read(src.size - tailLength, tailLength);
  let eocd = -1;
  for (let i = tail.length - 22; i >= 0; i--) {
    if (tail.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return null;
  const count = tail.readUInt16LE(eocd + 10);
  const cdSize = tail.readUInt32LE(eocd + 12);
  const cdOffset = tail.readUInt32LE(eocd + 16);
  if (cdOffset + cdSize > src.size || count > 20_000) return null;
  const cd = await src.read(cdOffset, cdSize);
  const names = new Set<string>();
  let p = 0;
  for (let i = 0; i < count; i++) {
    if (p + 46 > cd.length || cd.readUInt32LE(p) !== 0x02014b50) return null;
    const n = cd.readUInt16LE(p + 28);
    const m = cd.readUInt16LE(p + 30);
    const k = cd.readUInt16LE(p + 32);
    names.add(cd.subarray(p + 46, p + 46 + n).toString('utf8'));
    p += 46 + n + m + k;
  }
  return names;
}

// --- OLE compound files: legacy Word, Excel, PowerPoint (and not installers, Outlook messages…) ---

async function sniffOle(src: ByteSource, head: Buffer): Promise<Sniffed | Refused> {
  const names = await oleEntryNames(src, head);
  if (!names) return refuse('a damaged compound document (old Office format)');
  if (names.has('Macros') || names.has('_VBA_PROJECT_CUR') || names.has('VBA')) return refuse('an office document with macros (save it without macros)');
  if (names.has('WordDocument')) return accept('doc');
  if (names.has('Workbook') || names.has('Book')) return accept('xls');
  if (names.has('PowerPoint Document')) return accept('ppt');
  return refuse('a compound file that is not a Word, Excel or PowerPoint document (for example an installer or an e-mail)');
}

/** Names of the directory entries of a compound file (MS-CFB), following the FAT; null when malformed. */
async function oleEntryNames(src: ByteSource, head: Buffer): Promise<Set<string> | null> {
  if (head.length < 512) return null;
  const shift = head.readUInt16LE(0x1e);
  if (shift !== 9 && shift !== 12) return null;
  const sectorSize = 1 << shift;
  const perSector = sectorSize / 4;
  const sectorOffset = (n: number) => (n + 1) * sectorSize;
  const END = 0xfffffffe;
  const maxSectors = Math.ceil(src.size / sectorSize);

  // FAT sectors: the first 109 are listed in the header, the rest in a chain of DIFAT sectors.
  const fatCount = head.readUInt32LE(0x2c);
  if (fatCount > maxSectors) return null;
  const fatSectors: number[] = [];
  for (let i = 0; i < Math.min(109, fatCount); i++) fatSectors.push(head.readUInt32LE(0x4c + i * 4));
  let difat = head.readUInt32LE(0x44);
  for (let guard = 0; fatSectors.length < fatCount && difat < maxSectors && guard < maxSectors; guard++) {
    const block = await src.read(sectorOffset(difat), sectorSize);
    if (block.length < sectorSize) return null;
    for (let i = 0; i < perSector - 1 && fatSectors.length < fatCount; i++) fatSectors.push(block.readUInt32LE(i * 4));
    difat = block.readUInt32LE(sectorSize - 4);
  }
  const next = async (n: number): Promise<number> => {
    const fat = fatSectors[Math.floor(n / perSector)];
    if (fat === undefined || fat >= maxSectors) return END;
    const b = await src.read(sectorOffset(fat) + (n % perSector) * 4, 4);
    return b.length === 4 ? b.readUInt32LE(0) : END;
  };

  const names = new Set<string>();
  let sector = head.readUInt32LE(0x30);
  // A directory chain longer than the file is a loop: stop there.
  for (let guard = 0; sector < maxSectors && guard < Math.min(maxSectors, 4096); guard++) {
    const block = await src.read(sectorOffset(sector), sectorSize);
    for (let e = 0; e + 128 <= block.length; e += 128) {
      const nameLength = block.readUInt16LE(e + 0x40);
      const objectType = block[e + 0x42];
      if (objectType === 0 || nameLength < 2 || nameLength > 64) continue;
      names.add(block.subarray(e, e + nameLength - 2).toString('utf16le'));
    }
    sector = await next(sector);
  }
  return names.size > 0 ? names : null;
}

// --- MP3: an ID3 tag and/or MPEG-1/2/2.5 Layer III frames, two in a row --------------------------

const BITRATES_V1 = [0, 32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320];
const BITRATES_V2 = [0, 8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160];
const SAMPLE_RATES: Record<number, number[]> = { 3: [44100, 48000, 32000], 2: [22050, 24000, 16000], 0: [11025, 12000, 8000] };

/** Length of the Layer III frame whose header starts at `at`, or 0 when there is none. */
function mpegFrameLength(b: Buffer, at: number): number {
  if (at + 4 > b.length || b[at] !== 0xff || (b[at + 1]! & 0xe0) !== 0xe0) return 0;
  const version = (b[at + 1]! >> 3) & 3;
  const layer = (b[at + 1]! >> 1) & 3;
  const bitrateIndex = b[at + 2]! >> 4;
  const rateIndex = (b[at + 2]! >> 2) & 3;
  const padding = (b[at + 2]! >> 1) & 1;
  if (version === 1 || layer !== 1 || bitrateIndex === 0 || bitrateIndex === 15 || rateIndex === 3) return 0;
  const bitrate = (version === 3 ? BITRATES_V1 : BITRATES_V2)[bitrateIndex]!;
  const rate = SAMPLE_RATES[version]![rateIndex]!;
  return Math.floor(((version === 3 ? 144_000 : 72_000) * bitrate) / rate) + padding;
}

async function sniffMp3(src: ByteSource, head: Buffer): Promise<Sniffed | Refused> {
  let start = 0;
  if (startsWith(head, 'ID3')) {
    // Tag size: four 7-bit bytes, plus a 10-byte footer when flagged.
    const size = ((head[6]! & 0x7f) << 21) | ((head[7]! & 0x7f) << 14) | ((head[8]! & 0x7f) << 7) | (head[9]! & 0x7f);
    start = 10 + size + (head[5]! & 0x10 ? 10 : 0);
  }
  // Encoders may pad after the tag: look for a frame in the next few KiB, followed by a second one.
  const window = await src.read(start, 8192);
  let candidates = 0;
  for (let i = 0; i + 4 <= window.length && candidates < 64; i++) {
    const length = mpegFrameLength(window, i);
    if (length === 0) continue;
    candidates += 1;
    if (mpegFrameLength(await src.read(start + i + length, 4), 0) > 0) return accept('mp3');
  }
  return refuse(start > 0 ? 'an ID3 tag not followed by MP3 audio' : 'data that looks like MPEG audio but is not MP3');
}

// --- Everything else: say what it is, so the refusal helps -------------------------------------

function describeUnknown(head: Buffer): string {
  const text = head.toString('utf8').replace(/^\uFEFF/, '').trimStart().slice(0, 1024).toLowerCase();
  if (startsWith(head, 'MZ')) return 'a Windows program';
  if (startsWith(head, [0x7f, 0x45, 0x4c, 0x46])) return 'a Linux program (ELF)';
  if ([[0xfe, 0xed, 0xfa, 0xce], [0xfe, 0xed, 0xfa, 0xcf], [0xce, 0xfa, 0xed, 0xfe], [0xcf, 0xfa, 0xed, 0xfe], [0xca, 0xfe, 0xba, 0xbe]].some((m) => startsWith(head, m))) {
    return 'a macOS program or Java class';
  }
  if (startsWith(head, '#!')) return 'a script';
  if (startsWith(head, [0x1f, 0x8b])) return 'a gzip archive';
  if (startsWith(head, 'Rar!')) return 'a RAR archive';
  if (startsWith(head, [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c])) return 'a 7-Zip archive';
  if (startsWith(head, 'II*\x00') || startsWith(head, 'MM\x00*')) return 'a TIFF image (convert it to JPEG or PNG)';
  if (startsWith(head, 'BM')) return 'a BMP image (convert it to PNG)';
  if (startsWith(head, 'ftyp', 4)) {
    const brand = head.subarray(8, 12).toString('latin1');
    if (/^(heic|heix|hevc|mif1|msf1)$/.test(brand)) return 'a HEIC photo (convert it to JPEG)';
    if (/^avi[fs]$/.test(brand)) return 'an AVIF image (convert it to JPEG, PNG or WebP)';
    return 'a video or MP4 audio file (link videos instead of uploading them)';
  }
  if (text.includes('<svg')) return 'an SVG image (SVG can carry scripts: export it as PNG)';
  if (text.startsWith('<!doctype html') || text.startsWith('<html') || /<(script|body|head|iframe)\b/.test(text)) return 'an HTML document';
  if (text.startsWith('<?xml') || text.startsWith('<')) return 'an XML or HTML document';
  if (isText(head)) return 'plain text';
  return 'data of an unknown format';
}

function isText(b: Buffer): boolean {
  const sample = b.subarray(0, 1024);
  // Cutting a multi-byte character at the end of the sample is not a reason to call it binary.
  const decoded = new TextDecoder('utf-8', { fatal: false }).decode(sample).replace(/\uFFFD$/, '');
  return !decoded.includes('\uFFFD') && !/[\x00-\x08\x0e-\x1f\x7f]/.test(decoded);
}

function printable(b: Buffer): string {
  return b.toString('latin1').replace(/[^\x20-\x7e]/g, '?');
}

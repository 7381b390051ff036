/**
 * Unpacking a workbook (xlsx and ods are zips) without trusting it. A zip
 * declares the sizes of its entries, and a zip bomb lies about them, so the
 * caps count the bytes actually inflated, in small steps, and stop the moment
 * a cap is passed. Entries are found through the central directory (as
 * Excel, LibreOffice and exceljs find them), so the guard sees the same
 * entries as the reader after it. XML parts that declare a DOCTYPE or
 * entities are refused before any XML parser sees them (billion laughs,
 * external entities). Uses fflate's streaming inflater; no DOM.
 */
import { Inflate } from 'fflate';
import { TextDecoder } from '@exodus/bytes/encoding-lite.js';
import { ReadError } from './errors.js';
import type { ImportLimits } from '../limits.js';

/** Compressed bytes inflated in one step: deflate expands at most about 1032-fold, so one step makes at most ~16 MiB. */
const stepBytes = 16 * 1024;

const u16 = (bytes: Uint8Array, at: number) => bytes[at]! | (bytes[at + 1]! << 8);
const u32 = (bytes: Uint8Array, at: number) => (u16(bytes, at) | (u16(bytes, at + 2) << 16)) >>> 0;

/** The entries of a zip by name (directories left out), each inflated under the caps of `limits`. */
export function unzipGuarded(bytes: Uint8Array, file: string, limits: ImportLimits): Map<string, Uint8Array> {
  const corrupt = (detail: string) => new ReadError('corrupt', file, { detail });
  // The end of the central directory: 22 bytes, followed by a comment of at most 65535 bytes.
  let end = bytes.length - 22;
  while (end >= 0 && u32(bytes, end) !== 0x06054b50) {
    if (bytes.length - end > 22 + 0xffff) end = -1;
    else end--;
  }
  if (end < 0) throw corrupt('zip directory missing');
  const count = u16(bytes, end + 10);
  // 0xffff entries means zip64, for more than 65535 entries: far over any cap.
  if (count > limits.zipEntries || count === 0xffff)
    throw new ReadError('zip-too-many-entries', file, { limit: limits.zipEntries });

  const entries = new Map<string, Uint8Array>();
  const names = new TextDecoder('utf-8');
  let inflated = 0;
  let at = u32(bytes, end + 16);
  for (let i = 0; i < count; i++) {
    if (at + 46 > bytes.length || u32(bytes, at) !== 0x02014b50) throw corrupt('zip directory broken');
    const flags = u16(bytes, at + 8);
    const method = u16(bytes, at + 10);
    const compressedSize = u32(bytes, at + 20);
    const nameLength = u16(bytes, at + 28);
    const local = u32(bytes, at + 42);
    const name = names.decode(bytes.subarray(at + 46, at + 46 + nameLength));
    at += 46 + nameLength + u16(bytes, at + 30) + u16(bytes, at + 32);
    // Bit 0: traditional encryption; method 99: AES (WinZip, 7-Zip).
    if (flags & 1 || method === 99) throw new ReadError('encrypted', file);
    if (name.endsWith('/')) continue;
    if (local + 30 > bytes.length || u32(bytes, local) !== 0x04034b50) throw corrupt(`zip entry ${name} missing`);
    const start = local + 30 + u16(bytes, local + 26) + u16(bytes, local + 28);
    if (start + compressedSize > bytes.length) throw corrupt(`zip entry ${name} cut off`);
    const compressed = bytes.subarray(start, start + compressedSize);

    const grow = (size: number) => {
      inflated += size;
      if (inflated > limits.zipBytes) throw new ReadError('zip-too-large', file, { limit: limits.zipBytes });
    };
    if (method === 0) {
      grow(compressed.length);
      entries.set(name, compressed);
    } else if (method === 8) {
      entries.set(
        name,
        inflate(compressed, grow, () => corrupt(`zip entry ${name} broken`)),
      );
    } else throw corrupt(`zip compression method ${method}`);
  }

  for (const [name, content] of entries) {
    if (/\.(xml|rels|vml)$/i.test(name) && declaresEntities(content))
      throw new ReadError('xml-entities', file, { detail: name });
  }
  return entries;
}

/** Inflates in steps, telling `grow` each piece's size before keeping it (so `grow` can stop a bomb). */
function inflate(compressed: Uint8Array, grow: (size: number) => void, broken: () => ReadError): Uint8Array {
  const pieces: Uint8Array[] = [];
  let size = 0;
  const inflater = new Inflate((piece) => {
    grow(piece.length);
    pieces.push(piece);
    size += piece.length;
  });
  try {
    for (let at = 0; at < compressed.length || at === 0; at += stepBytes) {
      const next = at + stepBytes;
      inflater.push(compressed.subarray(at, next), next >= compressed.length);
    }
  } catch (error) {
    if (error instanceof ReadError) throw error;
    throw broken();
  }
  if (pieces.length === 1) return pieces[0]!;
  const whole = new Uint8Array(size);
  let offset = 0;
  for (const piece of pieces) {
    whole.set(piece, offset);
    offset += piece.length;
  }
  return whole;
}

const asBytes = (text: string) => Array.from(text, (c) => c.charCodeAt(0));
const doctype = asBytes('DOCTYPE');
const entity = asBytes('ENTITY');

/** Whether an XML part has `<!DOCTYPE` or `<!ENTITY` anywhere (in markup: a text's `<` is escaped as `&lt;`). */
export function declaresEntities(part: Uint8Array): boolean {
  // XML may be UTF-16 (a NUL in the first two bytes, with or without a byte order mark).
  if (
    part[0] === 0 ||
    part[1] === 0 ||
    (part[0] === 0xff && part[1] === 0xfe) ||
    (part[0] === 0xfe && part[1] === 0xff)
  ) {
    const text = new TextDecoder(part[0] === 0 || part[0] === 0xfe ? 'utf-16be' : 'utf-16le').decode(part);
    return /<!(DOCTYPE|ENTITY)/.test(text);
  }
  const follows = (at: number, word: number[]) => word.every((byte, i) => part[at + i] === byte);
  for (let at = part.indexOf(0x3c); at !== -1; at = part.indexOf(0x3c, at + 1)) {
    if (part[at + 1] === 0x21 && (follows(at + 2, doctype) || follows(at + 2, entity))) return true;
  }
  return false;
}

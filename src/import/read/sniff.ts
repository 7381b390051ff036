/**
 * What a file is, from its bytes and never from its name: clerks rename
 * files, and a mail program may save an xlsx as `.csv`. Magic numbers for the
 * formats a Jugendamt's folder holds, byte statistics for the rest. No DOM.
 */

export type ByteKind = 'zip' | 'ole2' | 'pdf' | 'image' | 'gzip' | 'text' | 'utf-16' | 'binary';

const magic: [ByteKind, number[]][] = [
  ['zip', [0x50, 0x4b, 0x03, 0x04]],
  // An empty zip: only the end of the central directory.
  ['zip', [0x50, 0x4b, 0x05, 0x06]],
  ['ole2', [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]],
  ['pdf', [0x25, 0x50, 0x44, 0x46, 0x2d]],
  ['image', [0x89, 0x50, 0x4e, 0x47]],
  ['image', [0xff, 0xd8, 0xff]],
  ['image', [0x47, 0x49, 0x46, 0x38]],
  ['image', [0x49, 0x49, 0x2a, 0x00]],
  ['image', [0x4d, 0x4d, 0x00, 0x2a]],
  ['gzip', [0x1f, 0x8b]],
];

/** The statistics look at the start only: a file that is binary is so from its first bytes. */
const sampleBytes = 64 * 1024;

/**
 * UTF-16 without a byte order mark, from its NUL bytes: text in Latin
 * script has a NUL in the high byte of (nearly) every character, and
 * (nearly) never in the low byte. Binary formats have NULs in both.
 */
export function utf16ByteOrder(bytes: Uint8Array): 'le' | 'be' | undefined {
  const pairs = Math.floor(Math.min(bytes.length, sampleBytes) / 2);
  if (pairs === 0) return undefined;
  let evenNuls = 0;
  let oddNuls = 0;
  for (let i = 0; i < pairs * 2; i += 2) {
    if (bytes[i] === 0) evenNuls++;
    if (bytes[i + 1] === 0) oddNuls++;
  }
  if (oddNuls >= pairs * 0.3 && evenNuls <= pairs * 0.01) return 'le';
  if (evenNuls >= pairs * 0.3 && oddNuls <= pairs * 0.01) return 'be';
  return undefined;
}

/** The kind of a file's bytes; `text` is any 8-bit text (its encoding is `decodeText`'s business). */
export function sniffBytes(bytes: Uint8Array): ByteKind {
  for (const [kind, signature] of magic) {
    if (signature.every((byte, i) => bytes[i] === byte)) return kind;
  }
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return 'utf-16';
  if (utf16ByteOrder(bytes)) return 'utf-16';
  const length = Math.min(bytes.length, sampleBytes);
  let controls = 0;
  for (let i = 0; i < length; i++) {
    const byte = bytes[i]!;
    if (byte === 0) return 'binary';
    // Tab, line feed, form feed and carriage return are text; other C0 controls (and DEL) rarely are.
    if ((byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0c && byte !== 0x0d) || byte === 0x7f) controls++;
  }
  return controls > Math.max(2, length * 0.01) ? 'binary' : 'text';
}

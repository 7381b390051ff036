/**
 * Text files in the encodings a Jugendamt's computers write: UTF-8 (with or
 * without the byte order mark of Excel's "CSV UTF-8"), Windows-1252 (Excel's
 * plain "CSV" on German Windows) and UTF-16 (Excel's "Unicode-Text"). The
 * choice is made per file, on evidence, and the note says what the evidence
 * was, so that a clerk who sees „Ã¤“ or „�“ knows where to look.
 *
 * Deciding between UTF-8 and Windows-1252: every byte of 0x80 and above is
 * either part of a valid UTF-8 sequence or not.
 * - No invalid sequence: UTF-8.
 * - Invalid sequences and no valid multi-byte one: Windows-1252.
 * - Both (mixed): whichever has more evidence. A UTF-8 file with a few
 *   broken bytes (a line pasted from an old file) stays UTF-8, its bad bytes
 *   become U+FFFD and the note says where the first is; a Windows-1252 file
 *   in which an umlaut happens to be followed by a symbol (`Ä«`, which is
 *   valid UTF-8) stays Windows-1252. On a tie UTF-8 wins: it is what
 *   today's programs write.
 *
 * Windows-1252 is decoded by `@exodus/bytes`, which follows the WHATWG
 * Encoding standard in Node and browsers alike (Node 20's own decoder maps
 * 0x96 to U+0096 instead of „–“). No DOM.
 */
import { TextDecoder } from '@exodus/bytes/encoding-lite.js';
import { utf16ByteOrder } from './sniff.js';
import type { ReadNote } from './table.js';

export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export interface DecodedText {
  /** The text without a byte order mark. */
  text: string;
  encoding: TextEncoding;
  notes: ReadNote[];
}

/** What a scan of the bytes as UTF-8 found, with the position of the first invalid and the first non-ASCII byte. */
interface Utf8Evidence {
  multiByte: number;
  invalid: number;
  firstInvalid?: Position;
  /** Bytes of 0x80 and above, the evidence for Windows-1252. */
  high: number;
  firstHigh?: Position;
}

interface Position {
  byte: number;
  line: number;
  column: number;
}

const hex = (byte: number) => `0x${byte.toString(16).toUpperCase().padStart(2, '0')}`;

/** Decodes a text file; `file` names it in the notes. */
export function decodeText(bytes: Uint8Array, file: string): DecodedText {
  const utf16 = (encoding: 'utf-16le' | 'utf-16be', body: Uint8Array): DecodedText => ({
    text: new TextDecoder(encoding).decode(body),
    encoding,
    notes: [{ code: 'decoded-utf-16', file, detail: encoding === 'utf-16le' ? 'UTF-16 LE' : 'UTF-16 BE' }],
  });
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return utf16('utf-16le', bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return utf16('utf-16be', bytes.subarray(2));
  const order = utf16ByteOrder(bytes);
  if (order) return utf16(order === 'le' ? 'utf-16le' : 'utf-16be', bytes);

  const body = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
  const evidence = scanUtf8(body);
  if (evidence.invalid === 0) return { text: new TextDecoder('utf-8').decode(body), encoding: 'utf-8', notes: [] };
  if (evidence.multiByte >= evidence.invalid) {
    const first = evidence.firstInvalid!;
    return {
      text: new TextDecoder('utf-8').decode(body),
      encoding: 'utf-8',
      notes: [
        {
          code: 'invalid-utf-8',
          file,
          line: first.line,
          column: first.column,
          count: evidence.invalid,
          detail: hex(body[first.byte]!),
        },
      ],
    };
  }
  const decoder = new TextDecoder('windows-1252');
  const first = evidence.firstHigh!;
  const byte = body[first.byte]!;
  return {
    text: decoder.decode(body),
    encoding: 'windows-1252',
    notes: [
      {
        code: 'decoded-windows-1252',
        file,
        line: first.line,
        column: first.column,
        count: evidence.high,
        detail: `${hex(byte)} → „${decoder.decode(Uint8Array.of(byte))}“`,
      },
    ],
  };
}

/** The length of a valid UTF-8 sequence at `at` (2 to 4), or 0 (the rules of RFC 3629: no overlong forms, no surrogates). */
function sequenceLength(bytes: Uint8Array, at: number): number {
  const lead = bytes[at]!;
  const next = (i: number, low = 0x80, high = 0xbf) => {
    const byte = bytes[at + i];
    return byte !== undefined && byte >= low && byte <= high;
  };
  if (lead >= 0xc2 && lead <= 0xdf) return next(1) ? 2 : 0;
  if (lead >= 0xe0 && lead <= 0xef) {
    const [low, high] = lead === 0xe0 ? [0xa0, 0xbf] : lead === 0xed ? [0x80, 0x9f] : [0x80, 0xbf];
    return next(1, low, high) && next(2) ? 3 : 0;
  }
  if (lead >= 0xf0 && lead <= 0xf4) {
    const [low, high] = lead === 0xf0 ? [0x90, 0xbf] : lead === 0xf4 ? [0x80, 0x8f] : [0x80, 0xbf];
    return next(1, low, high) && next(2) && next(3) ? 4 : 0;
  }
  return 0;
}

/** One pass over the bytes, counting lines (CRLF, CR or LF, as the CSV reader does) and characters for the positions. */
function scanUtf8(bytes: Uint8Array): Utf8Evidence {
  const evidence: Utf8Evidence = { multiByte: 0, invalid: 0, high: 0 };
  let line = 1;
  let column = 1;
  for (let at = 0; at < bytes.length;) {
    const byte = bytes[at]!;
    if (byte < 0x80) {
      if (byte === 0x0a || (byte === 0x0d && bytes[at + 1] !== 0x0a)) {
        line++;
        column = 1;
      } else column++;
      at++;
      continue;
    }
    const position = { byte: at, line, column };
    evidence.firstHigh ??= position;
    const length = sequenceLength(bytes, at);
    if (length > 0) {
      evidence.multiByte++;
      evidence.high += length;
      at += length;
    } else {
      evidence.invalid++;
      evidence.high++;
      evidence.firstInvalid ??= position;
      at++;
    }
    column++;
  }
  return evidence;
}

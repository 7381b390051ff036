/// <reference types="node" />
/**
 * Files and output for the command line: reading text in the encoding its
 * bytes say, JSON with the line and column of a syntax error, and where
 * text goes.
 */
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import type { MessageLanguage } from '../import/messages.js';
import { cliStrings } from './strings.js';
import { jsonErrorOffset, lineAndColumn } from '../import/json-position.js';
import { decodeText } from '../import/read/decode.js';

/** What a command writes: results to `out` (stdout), reports to `err` (stderr). */
export interface Output {
  out: (text: string) => void;
  err: (text: string) => void;
}

/** A problem that ends the command with exit code 2 (usage) or 1 (data); the message is already worded. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: 1 | 2,
  ) {
    super(message);
  }
}

/** The usage error for a file the command cannot open: not there, or not allowed. */
export function cannotOpen(file: string, error: unknown, lang: MessageLanguage): CliError {
  const code = (error as NodeJS.ErrnoException).code;
  const reason = code === 'ENOENT' ? (lang === 'de' ? 'nicht gefunden' : 'not found') : String(code ?? error);
  return new CliError(cliStrings[lang].cannotRead(file, reason), 2);
}

/** A file's text: UTF-8 with or without a byte order mark, UTF-16, or Windows-1252 where the bytes say so (`decodeText`). */
export function readText(file: string, lang: MessageLanguage): string {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    throw cannotOpen(file, error, lang);
  }
  return decodeText(new Uint8Array(bytes), file).text;
}

/** A file's size in bytes; a file that is not there is a usage error. */
export function fileSize(file: string, lang: MessageLanguage = 'de'): number {
  try {
    return statSync(file).size;
  } catch (error) {
    throw cannotOpen(file, error, lang);
  }
}

/** Parses JSON; a syntax error says where (line and column) in the file. */
export function readJson(file: string, lang: MessageLanguage): unknown {
  const text = readText(file, lang);
  try {
    return JSON.parse(text);
  } catch (error) {
    const message = (error as Error).message;
    const offset = jsonErrorOffset(text);
    let where = '';
    let reason = message;
    if (offset !== undefined) {
      const { line, column } = lineAndColumn(text, offset);
      where = cliStrings[lang].lineColumn(line, column);
      reason = offset >= text.length ? cliStrings[lang].jsonEnd : cliStrings[lang].jsonUnexpected(text[offset]!);
    }
    throw new CliError(cliStrings[lang].notJson(file, where, reason), 1);
  }
}

/** Writes a text or a workbook's bytes; a file that cannot be written is a usage error. */
export function writeOut(file: string, content: string | Uint8Array, lang: MessageLanguage): void {
  try {
    writeFileSync(file, content);
  } catch (error) {
    throw cannotOpen(file, error, lang);
  }
}

/** A catalog as maintainers read it: two spaces, a final line break. */
export const catalogJson = (catalog: unknown) => `${JSON.stringify(catalog, null, 2)}\n`;

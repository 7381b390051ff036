/// <reference types="node" />
// Files of the repository for the import tests, which run in Node (node:test with tsx), not in the browser.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const repoPath = (path: string) => fileURLToPath(new URL(`../../${path.replace(/^\//, '')}`, import.meta.url));
export const readBytes = (path: string): Uint8Array => new Uint8Array(readFileSync(repoPath(path)));
export const readJson = <T = unknown>(path: string): T => JSON.parse(readFileSync(repoPath(path), 'utf8')) as T;

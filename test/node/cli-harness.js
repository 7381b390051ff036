// The maintainers' command line as they run it: `node bin/offer-finder.js`
// in a child process, plain Node, no browser. Built from the sources first
// when dist/cli/main.js is missing or older than them (CI builds before
// testing; a fresh clone's `npm test` works too).
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('../..', import.meta.url));
export const built = join(root, 'dist/cli/main.js');

/** The newest modification time of the sources the CLI is built from. */
function newestSource() {
  let newest = 0;
  const walk = (dir) => {
    for (const entry of readdirSync(join(root, dir), { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else newest = Math.max(newest, statSync(join(root, path)).mtimeMs);
    }
  };
  ['src/cli', 'src/catalog', 'src/import', 'src/i18n'].forEach(walk);
  return Math.max(newest, statSync(join(root, 'vite.cli.config.ts')).mtimeMs);
}

export async function buildCli() {
  if (!existsSync(built) || statSync(built).mtimeMs < newestSource()) {
    const { build } = await import('vite');
    await build({ root, configFile: join(root, 'vite.cli.config.ts'), logLevel: 'warn' });
  }
}

/** Runs `offer-finder …`; returns the exit code, stdout and stderr. */
export function cli(...args) {
  const run = spawnSync(process.execPath, ['bin/offer-finder.js', ...args], {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  return { code: run.status, out: run.stdout, err: run.stderr };
}

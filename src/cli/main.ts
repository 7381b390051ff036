/// <reference types="node" />
/**
 * `npx offer-finder …` (bin/offer-finder.js imports the build of this file,
 * dist/cli/main.js). See run.ts for the commands, or `offer-finder --help`.
 */
import { run } from './run.js';

// Output piped into `head` that closes early: stop quietly, as Unix tools do.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
}

process.exitCode = await run(process.argv.slice(2), {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
});

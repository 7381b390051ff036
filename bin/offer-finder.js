#!/usr/bin/env node
// `npx offer-finder …`: the command line for data maintainers (validate, from-csv, from-hsds, stats).
// Built by `npm run build` into dist/cli/main.js (see vite.cli.config.ts).
import '../dist/cli/main.js';

#!/usr/bin/env node
// Installed `certdesk` command: runs the bundled CLI (npm run build makes dist/cli/certdesk.mjs).
import module from 'node:module';
// Node 22+ keeps compiled code between runs, so the next start is faster.
module.enableCompileCache?.();
const { runCli } = await import('../dist/cli/certdesk.mjs');
process.exitCode = await runCli(process.argv.slice(2));

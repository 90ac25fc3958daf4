#!/usr/bin/env node
// Installed `certdesk` command: runs the bundled CLI (npm run build makes dist/cli/certdesk.mjs).
import { runCli } from '../dist/cli/certdesk.mjs';
runCli(process.argv.slice(2)).then((code) => { process.exitCode = code; });

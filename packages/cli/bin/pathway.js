#!/usr/bin/env node
// Runs the TypeScript CLI through tsx, so the command works in a fresh clone without a build.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/main.ts');
process.exitCode = await main(process.argv.slice(2));

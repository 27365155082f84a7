/** @pathway/cli: validate and lint pathway files. The `pathway` command runs `main`. */
export { main, usage, exitCodes, type CliIO } from './main.js';
export { findJsonSyntaxError, type JsonSyntaxError } from './json-syntax.js';

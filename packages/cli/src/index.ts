/** @pathway/cli: validate and lint pathway files. The `pathway` command runs `main`. */
export { main, usage, exitCodes, type CliIO } from './main.js';
// The JSON syntax scanner lives in @pathway/schema (the designer explains files with it too);
// re-exported here, where it was first published.
export { findJsonSyntaxError, type JsonSyntaxError } from '@pathway/schema';

/**
 * Makes text safe to print to a terminal. Pathway files are written by other people, and their
 * titles, ids and file names reach the output inside messages. A control character in them
 * could clear the screen, set the window title (OSC), plant a hyperlink (OSC 8), change colours
 * (CSI, also as the single character U+009B), ring the bell, or reorder what is shown (bidi
 * overrides and isolates). Every such character is shown as a visible escape instead.
 */

/**
 * Characters that are never printed raw: C0 controls (U+0000–U+001F, newline and tab included),
 * DEL (U+007F), C1 controls (U+0080–U+009F), and the bidi embedding, override and isolate
 * controls (U+202A–U+202E, U+2066–U+2069).
 */
const unsafe = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/** The same, less C0: `JSON.stringify` already escapes C0, and leaves the rest raw. */
const unsafeInJson = /[\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

const short: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

const hex = (char: string, digits: number) => char.charCodeAt(0).toString(16).padStart(digits, '0');

/** `\n`, `\r`, `\t`; `\x1b` for the other C0 controls and DEL; `\u009b`, `\u202e` for the rest. */
function visible(char: string): string {
  const code = char.charCodeAt(0);
  return short[char] ?? (code <= 0x7f ? `\\x${hex(char, 2)}` : `\\u${hex(char, 4)}`);
}

/**
 * One line of human output with every control character shown as an escape, e.g.
 * `"\u001b[2J"` becomes `\x1b[2J`. A newline inside the text becomes `\n`, so authored text
 * can never start a line of its own.
 */
export function escapeForTerminal(text: string): string {
  return text.replace(unsafe, visible);
}

/** Lines of human output, each escaped, each ending in a newline. */
export function terminalLines(lines: readonly string[]): string {
  return lines.map((line) => `${escapeForTerminal(line)}\n`).join('');
}

/**
 * JSON text (from `JSON.stringify`) with DEL, the C1 controls and the bidi controls written as
 * `\u007f`, `\u009b`, `\u202e`. These can only occur inside strings, where a `\uXXXX` escape
 * means the same character, so the result is still valid JSON and parses back to the same value.
 */
export function escapeJsonForTerminal(json: string): string {
  return json.replace(unsafeInJson, (char) => `\\u${hex(char, 4)}`);
}

/**
 * Finds where a JSON text first goes wrong, with a line, a column and a reason a person can
 * act on. Node's own JSON.parse messages do not always give a position ("Unexpected token
 * '}', ... is not valid JSON"), and a council officer fixing a file by hand needs one.
 *
 * A small iterative scanner (no recursion, so deeply nested input cannot overflow the stack)
 * that follows the JSON grammar of RFC 8259 and stops at the first mistake. The CLI and the
 * designer both explain a file that is not JSON with it, so they say the same thing.
 */

export interface JsonSyntaxError {
  /** 1-based. */
  line: number;
  /** 1-based, in characters from the start of the line. */
  column: number;
  reason: string;
}

type Expecting = 'value' | 'valueOrClose' | 'valueAfterComma' | 'key' | 'keyOrClose' | 'colon' | 'commaOrClose' | 'nothing';

const numberPattern = /-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?/y;
const wordPattern = /[A-Za-z_$][A-Za-z0-9_$]*/y;
const escapes = new Set(['"', '\\', '/', 'b', 'f', 'n', 'r', 't']);

/** The first syntax error in the text, or undefined if the text is valid JSON. */
export function findJsonSyntaxError(text: string): JsonSyntaxError | undefined {
  const found = scan(text);
  return found ? { ...lineAndColumn(text, found.offset), reason: found.reason } : undefined;
}

function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text[i] === '\n') {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

/** Punctuation by its name, so a message never shows JSON's escaping (`"\""`) to someone fixing a file by hand. */
const names: Record<string, string> = {
  '"': 'a quotation mark (")',
  "'": "a single quote (')",
  '{': 'an opening brace ({)',
  '}': 'a closing brace (})',
  '[': 'an opening bracket ([)',
  ']': 'a closing bracket (])',
  ',': 'a comma',
  ':': 'a colon (:)',
  ';': 'a semicolon (;)',
  '.': 'a full stop',
  '=': 'an equals sign (=)',
  '\\': 'a backslash (\\)',
};

/** How a character is named in a message: "a quotation mark (\")", "x", or "an invisible character (U+0089)". */
function shown(char: string): string {
  if (Object.hasOwn(names, char)) return names[char];
  const code = char.codePointAt(0) ?? 0;
  if (code < 0x20 || (code >= 0x7f && code <= 0xa0) || code === 0xfeff || code === 0xad) return `an invisible character (U+${code.toString(16).toUpperCase().padStart(4, '0')})`;
  return `"${char}"`;
}

/**
 * What starts at `i` when a comma was due, if it is a value or a property name: so the message can say
 * the comma is missing before it ("before "b"", "before this object ({)"), the usual slip.
 */
function nextThing(text: string, i: number): string | undefined {
  const c = text[i];
  if (c === '{') return 'this object ({)';
  if (c === '[') return 'this list ([)';
  if (c === '"') {
    const end = scanString(text, i);
    if (typeof end !== 'number') return 'this text';
    const written = text.slice(i, end);
    return written.length <= 40 ? written : 'this text';
  }
  numberPattern.lastIndex = i;
  const number = numberPattern.exec(text)?.[0];
  if (number) return number;
  wordPattern.lastIndex = i;
  const word = wordPattern.exec(text)?.[0];
  return word === 'true' || word === 'false' || word === 'null' ? word : undefined;
}

/** Where a missing comma goes when what follows it starts a new line: " (at the end of line 4)". */
function endOfLineBefore(text: string, at: number): string {
  let before = at - 1;
  while (before >= 0 && /\s/.test(text[before])) before--;
  return before >= 0 && text.slice(before, at).includes('\n') ? ` (at the end of line ${lineAndColumn(text, before).line})` : '';
}

function scan(text: string): { offset: number; reason: string } | undefined {
  const stack: ('{' | '[')[] = [];
  let expecting: Expecting = 'value';
  let i = 0;
  const fail = (reason: string, at = i) => ({ offset: at, reason });
  /** What may follow a complete value: more of its container, or nothing at the top level. */
  const afterValue = (): Expecting => (stack.length === 0 ? 'nothing' : 'commaOrClose');

  while (true) {
    while (i < text.length && (text[i] === ' ' || text[i] === '\t' || text[i] === '\n' || text[i] === '\r')) i++;
    if (i >= text.length) {
      if (expecting === 'nothing') return undefined;
      const open = stack[stack.length - 1];
      return fail(open ? `the file ends before the ${open === '{' ? 'object ({)' : 'list ([)'} is closed` : 'the file ends before a value');
    }
    const c = text[i];

    if (c === '/' && (text[i + 1] === '/' || text[i + 1] === '*')) return fail('comments are not allowed in JSON');

    switch (expecting) {
      case 'nothing':
        return fail(`there is more after the end of the document: ${shown(c)}`);

      case 'colon':
        if (c !== ':') {
          return fail(c === ',' || c === '}' ? 'a colon (:) and a value are missing after the property name' : `a colon (:) is missing after the property name, before ${nextThing(text, i) ?? shown(c)}`);
        }
        i++;
        expecting = 'value';
        continue;

      case 'commaOrClose': {
        const open = stack[stack.length - 1];
        const close = open === '{' ? '}' : ']';
        if (c === ',') {
          i++;
          expecting = open === '{' ? 'key' : 'valueAfterComma';
        } else if (c === close) {
          i++;
          stack.pop();
          expecting = afterValue();
        } else {
          const next = nextThing(text, i);
          if (next !== undefined) return fail(`a comma is missing before ${next}${endOfLineBefore(text, i)}`);
          return fail(`expected a comma or ${shown(close)} here, found ${shown(c)}`);
        }
        continue;
      }

      case 'keyOrClose':
      case 'key':
        if (c === '}') {
          if (expecting === 'key') return fail('a comma before "}" (remove the trailing comma)');
          i++;
          stack.pop();
          expecting = afterValue();
          continue;
        }
        if (c === "'") return fail('property names must be in double quotes, not single quotes');
        if (c !== '"') {
          wordPattern.lastIndex = i;
          const word = wordPattern.exec(text)?.[0];
          return fail(word !== undefined ? `the property name ${word} must be in double quotes: "${word}"` : `expected a property name in double quotes, found ${shown(c)}`);
        }
        {
          const end = scanString(text, i);
          if (typeof end !== 'number') return end;
          i = end;
        }
        expecting = 'colon';
        continue;

      case 'value':
      case 'valueOrClose':
      case 'valueAfterComma': {
        if (c === ']') {
          if (expecting === 'valueAfterComma') return fail('a comma before "]" (remove the trailing comma)');
          if (expecting === 'valueOrClose') {
            i++;
            stack.pop();
            expecting = afterValue();
            continue;
          }
        }
        if (c === '{' || c === '[') {
          stack.push(c);
          i++;
          expecting = c === '{' ? 'keyOrClose' : 'valueOrClose';
          continue;
        }
        if (c === '"') {
          const end = scanString(text, i);
          if (typeof end !== 'number') return end;
          i = end;
          expecting = afterValue();
          continue;
        }
        if (c === "'") return fail('text must be in double quotes, not single quotes');
        if (c === '-' || (c >= '0' && c <= '9')) {
          numberPattern.lastIndex = i;
          const match = numberPattern.exec(text);
          if (!match) return fail('a minus sign (-) must be followed by a number');
          i += match[0].length;
          expecting = afterValue();
          continue;
        }
        wordPattern.lastIndex = i;
        const word = wordPattern.exec(text)?.[0];
        if (word === 'true' || word === 'false' || word === 'null') {
          i += word.length;
          expecting = afterValue();
          continue;
        }
        if (word) return fail(`unexpected word ${shown(word)}: text must be in double quotes`);
        const fraction = /^\.[0-9]+/.exec(text.slice(i, i + 20))?.[0];
        if (fraction !== undefined) return fail(`a number must start with a digit: write 0${fraction}`);
        return fail(`expected a value here, found ${shown(c)}`);
      }
    }
  }
}

/** Scans a string starting at its opening quote: the offset after its closing quote, or the error. */
function scanString(text: string, start: number): number | { offset: number; reason: string } {
  let i = start + 1;
  while (i < text.length) {
    const c = text[i];
    if (c === '"') return i + 1;
    if (c === '\\') {
      const next = text[i + 1];
      if (next === 'u') {
        if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) return { offset: i, reason: 'a \\u escape needs four hexadecimal digits' };
        i += 6;
        continue;
      }
      if (next === undefined || !escapes.has(next)) return { offset: i, reason: 'a single backslash (\\) in text: write it twice (\\\\), or use / instead' };
      i += 2;
      continue;
    }
    if (c < ' ') {
      return {
        offset: i,
        reason:
          c === '\n' || c === '\r'
            ? 'a line break inside text (write \\n instead, or close the quotes)'
            : c === '\t'
              ? 'a tab inside text (write \\t instead)'
              : `${shown(c)} inside text (remove it)`,
      };
    }
    i++;
  }
  return { offset: start, reason: 'this text is never closed: a closing quotation mark (") is missing' };
}

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

/** How a character is shown in a message: `"}"`, or `"\u0000"` for one that cannot be seen. */
function shown(char: string): string {
  return JSON.stringify(char);
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
        return fail(`unexpected ${shown(c)} after the end of the document`);

      case 'colon':
        if (c !== ':') return fail(`expected ":" after the property name, found ${shown(c)}`);
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
          return fail(`expected "," or "${close}", found ${shown(c)}${c === '"' || c === '{' || c === '[' ? ' (is a comma missing?)' : ''}`);
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
        if (c !== '"') return fail(`expected a property name in double quotes, found ${shown(c)}`);
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
          if (!match) return fail(`${shown(text.slice(i, i + 2))} is not a number`);
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
        return fail(`unexpected ${shown(c)}`);
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
      if (next === undefined || !escapes.has(next)) return { offset: i, reason: `${shown('\\' + (next ?? ''))} is not a valid escape in text` };
      i += 2;
      continue;
    }
    if (c < ' ') {
      return { offset: i, reason: c === '\n' || c === '\r' ? 'a line break inside text (write \\n instead, or close the quotes)' : `the control character ${shown(c)} inside text` };
    }
    i++;
  }
  return { offset: start, reason: 'this text is never closed: a closing " is missing' };
}

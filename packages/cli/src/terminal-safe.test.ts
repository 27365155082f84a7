import { describe, expect, it } from 'vitest';
import { escapeForTerminal, escapeJsonForTerminal, terminalLines } from './terminal-safe.js';

/** Every character the terminal must never see raw. */
const controls = [
  ...Array.from({ length: 0x20 }, (_, i) => i),
  0x7f,
  ...Array.from({ length: 0x20 }, (_, i) => 0x80 + i),
  0x202a, 0x202b, 0x202c, 0x202d, 0x202e, 0x2066, 0x2067, 0x2068, 0x2069,
].map((code) => String.fromCharCode(code));
const anyControl = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

describe('escapeForTerminal', () => {
  it('shows clear screen, a window title (OSC), the bell, CSI and a bidi override as visible escapes', () => {
    expect(escapeForTerminal('Tier \u001b[2J\u001b]0;pwned\u0007 \u009b31mred\u009bm \u202eevil\u202c')).toBe(
      'Tier \\x1b[2J\\x1b]0;pwned\\x07 \\u009b31mred\\u009bm \\u202eevil\\u202c',
    );
  });

  it('shows an OSC 8 hyperlink as text', () => {
    expect(escapeForTerminal('\u001b]8;;https://evil.example\u001b\\click\u001b]8;;\u001b\\')).toBe(
      '\\x1b]8;;https://evil.example\\x1b\\click\\x1b]8;;\\x1b\\',
    );
  });

  it('escapes newline, carriage return and tab, so authored text cannot start a line or overwrite one', () => {
    expect(escapeForTerminal('a\nb.json: ok\rc\td')).toBe('a\\nb.json: ok\\rc\\td');
  });

  it('escapes NUL, DEL, the first and last C1 control and every bidi isolate', () => {
    expect(escapeForTerminal('\u0000\u007f\u0080\u009f\u2066\u2067\u2068\u2069\u202a\u202b\u202d')).toBe(
      '\\x00\\x7f\\u0080\\u009f\\u2066\\u2067\\u2068\\u2069\\u202a\\u202b\\u202d',
    );
  });

  it('leaves no control character raw', () => {
    const all = controls.join('');
    expect(escapeForTerminal(all)).not.toMatch(anyControl);
    for (const char of controls) expect(escapeForTerminal(char)).toMatch(/^\\(?:x[0-9a-f]{2}|u[0-9a-f]{4}|[nrt])$/);
  });

  it('leaves ordinary text alone, accents, symbols, right-to-left scripts and emoji included', () => {
    const text = 'Stage "Tier 2" › band "92%-80%": café – ≤ 90% مرحبا 👋 \\x1b';
    expect(escapeForTerminal(text)).toBe(text);
  });
});

describe('terminalLines', () => {
  it('escapes each line and ends each with a newline', () => {
    expect(terminalLines(['a\u001b[31m', 'b\nc'])).toBe('a\\x1b[31m\nb\\nc\n');
    expect(terminalLines([])).toBe('');
  });
});

describe('escapeJsonForTerminal', () => {
  const value = {
    title: 'Tier \u001b[2J\u001b]0;pwned\u0007 \u009b31m \u202eevil\u202c \u2066x\u2069 \u007f',
    every: controls.join(''),
    plain: 'café › 90% مرحبا 👋',
  };

  it('writes DEL, C1 and bidi controls as \\uXXXX, which JSON.stringify leaves raw', () => {
    expect(JSON.stringify('\u009b\u202e\u007f')).toBe('"\u009b\u202e\u007f"');
    expect(escapeJsonForTerminal(JSON.stringify('\u009b\u202e\u007f'))).toBe('"\\u009b\\u202e\\u007f"');
  });

  it('leaves no control character raw, and parses back to the same value', () => {
    for (const json of [JSON.stringify(value), JSON.stringify(value, null, 2)]) {
      const escaped = escapeJsonForTerminal(json);
      expect(escaped.replace(/\n/g, '')).not.toMatch(anyControl);
      expect(JSON.parse(escaped)).toEqual(value);
    }
  });

  it('changes nothing else', () => {
    const json = JSON.stringify({ plain: value.plain, n: [1, true, null] }, null, 2);
    expect(escapeJsonForTerminal(json)).toBe(json);
  });
});

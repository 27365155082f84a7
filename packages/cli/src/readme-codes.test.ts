/**
 * The CLI README's "Lint rules" table is core's table of codes (lintCodes), row for row: every
 * code lint can give, in the order the rules run, with its severity and what it finds, word for
 * word. A rule added without a line here, or a line left for a rule that is gone, fails. The
 * format guide describes the checks in its own words, but any code it names must exist.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { lintCodes } from '@pathway/core';

const read = (path: string) => readFileSync(new URL(path, import.meta.url), 'utf8');

/** The rows of the table under "## Lint rules": code, severity, finds. */
function readmeRows(text: string): { code: string; severity: string; finds: string }[] {
  const section = text.slice(text.indexOf('## Lint rules'));
  const table = section.slice(0, section.indexOf('\n\n', section.indexOf('| Code |')));
  return table
    .split('\n')
    .filter((line) => line.startsWith('| `'))
    .map((line) => {
      const [code, severity, ...finds] = line.slice(2, -2).split(' | ');
      return { code: code.replace(/`/g, ''), severity, finds: finds.join(' | ') };
    });
}

describe('lint codes in the documentation', () => {
  it("the CLI README lists every lint code, and only those, with core's severity and meaning", () => {
    const expected = Object.entries(lintCodes).map(([name, { severity, finds }]) => ({ code: `lint.${name}`, severity, finds }));
    expect(readmeRows(read('../README.md'))).toEqual(expected);
  });

  it('the format guide names no code that does not exist', () => {
    const named = read('../../../schemas/README.md').match(/\blint\.[a-z0-9-]+/g) ?? [];
    for (const code of named) expect(Object.keys(lintCodes)).toContain(code.slice('lint.'.length));
  });
});

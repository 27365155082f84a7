/**
 * The README's reference for web teams (attributes, properties, events, CSS custom properties
 * and parts of <pathway-widget>) is generated from the custom elements manifest that
 * `npm run build` writes. This fails when the block is stale, naming the command that fixes it,
 * and checks the block says what the element's source says.
 */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { END, MANIFEST, README, START, renderApi, updateReadme } from '../../scripts/readme-api.mjs';

describe("the README's widget reference", () => {
  it('is exactly what scripts/readme-api.mjs makes from the current manifest', () => {
    expect(existsSync(MANIFEST), `${MANIFEST} is missing: the test command runs \`npm run build\` first`).toBe(true);
    const manifest = JSON.parse(readFileSync(MANIFEST, 'utf8')) as unknown;
    const readme = readFileSync(README, 'utf8');
    expect(readme).toContain(START);
    expect(readme).toContain(END);
    expect(updateReadme(readme, manifest), "The README's widget reference is stale: run `node scripts/readme-api.mjs`").toBe(readme);
  });

  it('lists every attribute, property, event, custom property and part the manifest has', () => {
    const manifest = JSON.parse(readFileSync(MANIFEST, 'utf8')) as unknown;
    const block = renderApi(manifest);
    for (const attribute of ['src', 'lang', 'save-drafts', 'submit-url', 'submit-event', 'as-of']) expect(block).toContain(`| \`${attribute}\` |`);
    for (const property of ['pathway', 'case', 'strings']) expect(block).toContain(`| \`${property}\` |`);
    for (const event of ['pathway-ready', 'pathway-change', 'pathway-stage-change', 'pathway-submit', 'pathway-error']) expect(block).toContain(`| \`${event}\` |`);
    expect(block).toContain('| `--pathway-focus` |');
    expect(block).toContain('| `readiness` |');
    // Private state never reaches the README.
    expect(block).not.toMatch(/`(loadState|journey|submitState|drafts|page)`/);
  });

  it('rewrites only the block', () => {
    const manifest = JSON.parse(readFileSync(MANIFEST, 'utf8')) as unknown;
    const before = `# Title\n\nText before.\n\n${START}\nold\n${END}\n\nText after.\n`;
    const after = updateReadme(before, manifest);
    expect(after.startsWith(`# Title\n\nText before.\n\n${START}\n`)).toBe(true);
    expect(after.endsWith(`\n${END}\n\nText after.\n`)).toBe(true);
    expect(after).not.toContain('\nold\n');
  });
});

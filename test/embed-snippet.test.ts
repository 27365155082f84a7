/**
 * One "copy this" snippet: the top README's, the widget README's, the playground's embed page's
 * and the designer's Publish tab's (`embedSnippet`) are the same text, so a web team gets the
 * same fallback text and the same choice about drafts wherever it is handed the snippet.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Pathway } from '@pathway/schema';
import { embedSnippet } from '../packages/editor/src/publish/versions.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const read = (path: string) => readFileSync(join(root, path), 'utf8');

/** The first ```html block of a Markdown file that holds a <pathway-widget>. */
function markdownSnippet(path: string): string | undefined {
  return [...read(path).matchAll(/```html\n([\s\S]*?)```/g)].map((match) => match[1].trimEnd()).find((block) => block.includes('<pathway-widget'));
}

/** The code the embed page shows to copy, as text. */
function embedPageSnippet(): string | undefined {
  const code = /<pre class="embed-snippet"[^>]*><code>([\s\S]*?)<\/code><\/pre>/.exec(read('playground/embed.html'))?.[1];
  return code?.replaceAll('&lt;', '<').replaceAll('&gt;', '>').replaceAll('&quot;', '"').replaceAll('&amp;', '&');
}

describe('the embed snippet', () => {
  const publish = embedSnippet({ id: 'wigan' } as Pathway).trimEnd();

  it('is the same in the top README, the widget README, the embed page and the Publish tab', () => {
    expect(markdownSnippet('README.md')).toBe(publish);
    expect(markdownSnippet('packages/widget/README.md')).toBe(publish);
    expect(embedPageSnippet()).toBe(publish);
  });

  it('has fallback text with a link, and leaves drafts to the web team', () => {
    expect(publish).toMatch(/<pathway-widget src="\/pathways\/wigan\.json">\n\s+<p>[^<]+<a href="\/pathways\/wigan\.html">/);
    expect(publish).not.toContain('save-drafts');
  });

  it('is the markup of the embed page’s own element', () => {
    const page = read('playground/embed.html');
    const element = /<pathway-widget[\s\S]*?<\/pathway-widget>/.exec(page)?.[0];
    const normalise = (text: string) => text.replace(/\s+/g, ' ');
    expect(normalise(element ?? '')).toBe(normalise(publish.split('\n').slice(1).join('\n')));
  });
});

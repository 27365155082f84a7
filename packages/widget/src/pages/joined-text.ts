/**
 * Joining an authored title or a tag and what follows it, so that nothing is said twice: a title
 * ending "Formalise support." before ": …" or ", …" loses its full stop (every sentence built as
 * "title: rest" passes its title through `bareTitle`), and a tag is not repeated by its sentence.
 */
import { html } from 'lit';
import type { TemplateResult } from 'lit';
import { tag } from './shared.js';
import type { TagColour } from './shared.js';

/** A title as it reads before a comma or colon: without a closing full stop, colon, semicolon or comma. */
export function bareTitle(title: string): string {
  const trimmed = title.trim();
  // "…" and an abbreviation's last letter are kept; only a lone closing mark goes.
  return /[^.][.:;,]$/u.test(trimmed) ? trimmed.slice(0, -1).trimEnd() : trimmed;
}

/**
 * A status tag before its sentence. When the sentence starts with the tag's own word ("Ready"
 * before "Ready to refer to …"), that word is the tag, so it is said once: "Ready to refer to …".
 */
export function taggedSentence(word: string, colour: TagColour, text: string): TemplateResult {
  const head = text.slice(0, word.length);
  return head.toLowerCase() === word.toLowerCase() && text[word.length] === ' '
    ? html`${tag(head, colour)}${text.slice(word.length)}`
    : html`${tag(word, colour)} ${text}`;
}

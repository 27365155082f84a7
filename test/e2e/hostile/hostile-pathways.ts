/**
 * Hostile pathways: the every-field base pathway with ONE text payload in every authored text
 * field and one link payload in every address field. Ids, dates, numbers and rules are left
 * alone, so each result is still a valid pathway (the test validates every one).
 */
import { EVERY_FIELD_PATHWAY } from './every-field-pathway.js';
import { ALLOWED_TRICKY_LINKS, LINK_PAYLOADS, TEXT_PAYLOADS, type Payload } from './payloads.js';
import { replaceTexts, type TextLocation } from './text-fields.js';

/** The first `max` characters (code points, as the schema counts them). */
export function fit(text: string, max: number): string {
  const points = Array.from(text);
  return points.length <= max ? text : points.slice(0, max).join('');
}

export interface HostileCase {
  payload: Payload;
  link: string;
  /** "text": the address is allowed, so the journey must reach the summary. "link": the address is hostile, so the widget may refuse the pathway instead. */
  kind: 'text' | 'link';
  pathway: typeof EVERY_FIELD_PATHWAY;
}

export function hostilePathway(payload: Payload, link: string): typeof EVERY_FIELD_PATHWAY {
  return replaceTexts(EVERY_FIELD_PATHWAY, (location: TextLocation) =>
    fit(location.kind === 'url' ? link : payload.text, location.maxLength),
  );
}

/**
 * One case per text payload, with an allowed (if tricky) address in every address field; then
 * one case per hostile link payload, in every address field, with a text payload alongside.
 */
export function hostileCases(): HostileCase[] {
  const textCases = TEXT_PAYLOADS.map((payload, index): HostileCase => {
    const link = ALLOWED_TRICKY_LINKS[index % ALLOWED_TRICKY_LINKS.length];
    return { payload, link, kind: 'text', pathway: hostilePathway(payload, link) };
  });
  const linkCases = LINK_PAYLOADS.map((link, index): HostileCase => {
    const payload = TEXT_PAYLOADS[(index * 7) % TEXT_PAYLOADS.length];
    return { payload, link, kind: 'link', pathway: hostilePathway(payload, link) };
  });
  return [...textCases, ...linkCases];
}

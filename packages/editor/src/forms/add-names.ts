/**
 * What an Add button says: the short words it shows ("Add an outcome") and, for a screen reader
 * or speech user, whose list it adds to ("to the route "Notice to Improve""). A stage and its
 * route both have outcomes on one page, so a name without the owner sends the author to the
 * wrong list. A form with several rules (a gate's, an exception's "Applies when", a breach's) has
 * an "Add a rule" in each, told apart the same way. The shown words always start the full name
 * (WCAG 2.5.3). Built here only, from
 * the outline (which knows each object's owner) and the form metadata. No DOM.
 */
import type { Outline, OutlineNode } from '@pathway/core';
import { midSentence, theNamed } from '@pathway/core';
import { formMetadata } from '../metadata/index.js';
import { nameOf, ownName, placeName } from '../naming.js';

export interface AddWords {
  /** What the button shows: "Add an outcome". */
  shown: string;
  /** The rest of its name, for those who cannot see where it is: " to the route "Notice to Improve"". */
  whose: string;
}


/** "an outcome", "a time limit", "duties" (a title that is already plural takes no article). */
export function withArticle(title: string): string {
  const noun = midSentence(title);
  if (/[^s]s$/.test(noun)) return noun;
  return /^[aeiou]/i.test(noun) ? `an ${noun}` : `a ${noun}`;
}

const nodesByPointer = new WeakMap<Outline, Map<string, OutlineNode>>();

function nodeAt(outline: Outline | undefined, pointer: string): OutlineNode | undefined {
  if (outline === undefined) return undefined;
  let nodes = nodesByPointer.get(outline);
  if (nodes === undefined) nodesByPointer.set(outline, (nodes = new Map(outline.nodes.map((node) => [node.pointer, node]))));
  return nodes.get(pointer);
}

/**
 * Whose the object at `pointer` is, by title: 'the route "Notice to Improve"', 'the pathway
 * "Attendance"', or for an object without an id of its own, it and its owner: 'the action
 * "Send a letter" in the stage "Universal"'.
 */
export function ownerPhrase(document: unknown, outline: Outline | undefined, pointer: string): string {
  const node = nodeAt(outline, pointer);
  const value = node?.value;
  const title = formMetadata.definitions[node?.definition ?? '']?.title;
  const named = (kind: string | undefined) => {
    const own = ownName(value);
    if (kind === undefined) return own === undefined ? 'this pathway' : `the pathway "${own}"`;
    // "the stage "Universal"", but "Stage 1" and "Route A" alone (core's theNamed).
    return own !== undefined ? theNamed(midSentence(kind), `"${own}"`) : midSentence(nameOf(document, pointer, value, kind));
  };
  if (pointer === '') return named(undefined);
  const owner = node?.owner;
  if (owner !== undefined && owner.pointer === pointer) return named(title ?? owner.kind);
  const here = named(title ?? placeName(document, pointer));
  return owner !== undefined ? `${here} in ${ownerPhrase(document, outline, owner.pointer)}` : `${here} in ${ownerPhrase(document, outline, '')}`;
}

/** A list's title is just its items' title made plural ("Outcomes" for "Outcome"). */
function namesOnlyItsItems(listTitle: string, itemTitle: string): boolean {
  const list = midSentence(listTitle);
  const item = midSentence(itemTitle);
  return list === item || list === `${item}s` || (item.endsWith('y') && list === `${item.slice(0, -1)}ies`);
}

/**
 * The Add button of the list `listTitle` (items `itemTitle`) on the object at `holder`. The list
 * is named too when its title says more than its items' ("Resources" of links, "Reflective
 * questions"); a title with a subtitle ("Changelog: published versions") by its first part.
 */
export function addToList(document: unknown, outline: Outline | undefined, holder: string, listTitle: string, itemTitle: string): AddWords {
  const owner = ownerPhrase(document, outline, holder);
  return {
    shown: `Add ${withArticle(itemTitle)}`,
    whose: namesOnlyItsItems(listTitle, itemTitle) ? ` to ${owner}` : ` to ${listPhrase(listTitle)} of ${owner}`,
  };
}

/**
 * A list by its title after "to": "the resources", "the criteria"; a title that does not read as
 * a noun after "the" (not one word, nor plural: "Include in the referral", "Information needed")
 * is quoted as its label: 'the list "Include in the referral"'.
 */
function listPhrase(listTitle: string): string {
  const title = listTitle.split(':')[0].trim();
  const noun = !title.includes(' ') || /[^s]s$/.test(title);
  return noun ? `the ${midSentence(title)}` : `the list "${title}"`;
}

/**
 * The Add button of an optional part (a length of time, what happens if a limit is breached).
 * `shown` is its own words; a part named by its role ("Due within") is named in the rest.
 */
export function addPart(document: unknown, outline: Outline | undefined, holder: string, shown: string, role?: string): AddWords {
  const owner = ownerPhrase(document, outline, holder);
  return { shown, whose: role === undefined ? `, for ${owner}` : ` for "${role}" of ${owner}` };
}

/**
 * The Add buttons of the rule at `pointer` titled `ruleTitle` ("Applies when"), or of the group
 * `group` inside it ("Rule 2"): ' to the rule "Applies when" of the exception "Looked after"'.
 * A rule titled just "Rule" (a gate's) is "the rule of" its owner.
 */
export function addToRule(document: unknown, outline: Outline | undefined, pointer: string, ruleTitle: string, shown: string, group?: string): AddWords {
  return { shown, whose: ` to ${group === undefined ? '' : `${midSentence(group)} of `}${ruleOf(document, outline, pointer, ruleTitle)}` };
}

/**
 * The rule at `pointer` titled `ruleTitle`, as a screen reader is told which rule a control
 * belongs to when several share a form: 'the rule "Applies when" of the exception "Looked
 * after"'; a rule titled just "Rule" (a gate's) is "the rule of" its owner.
 */
export function ruleOf(document: unknown, outline: Outline | undefined, pointer: string, ruleTitle: string): string {
  const owner = ownerPhrase(document, outline, pointer.slice(0, pointer.lastIndexOf('/')));
  return midSentence(ruleTitle) === 'rule' ? `the rule of ${owner}` : `the rule "${ruleTitle}" of ${owner}`;
}

/**
 * An evidence row: a "Confirm" checkbox whose label is the item's title, its hint (the
 * description and how recent it must be), the authored links, a note box shown once the item
 * is confirmed (or holds a note), and the advice while it is missing.
 *
 * Cloned from a prototype and filled in; afterwards only the checkbox, the note box and the
 * advice are touched. An item whose title, hint or links change is drawn again.
 */
import type { Evidence } from '@pathway/schema';
import type { Formatter } from '../../i18n/format.js';
import type { WidgetStrings } from '../../i18n/strings.js';
import { writeFieldInput } from '../field-input.js';
import { evidenceFocusId, evidenceGroupId } from '../question-fields.js';
import type { RowDrawer } from '../row-list.js';
import { cloneOf, element, find, prototypeCache } from './dom.js';
import { hintElement, linkListElement, sameLinks, syncAdvice } from './parts.js';

/** Everything an evidence row shows: it is redrawn only when one of these changes. */
export interface EvidenceRowModel {
  /** The item's id. */
  readonly id: string;
  readonly drawer: RowDrawer<EvidenceRowModel>;
  readonly evidence: Evidence;
  readonly strings: WidgetStrings;
  readonly format: Formatter;
  readonly confirmed: boolean;
  /** The note as stored ('' for none). */
  readonly note: string;
  /** The pathway's advice, shown while the item is missing. */
  readonly advice: string | undefined;
}

type RowFields = Omit<EvidenceRowModel, 'id' | 'drawer'>;

const NOTE_CLASS = 'conditional';

/** The row with its checkbox and the start of its label, for a required and an optional item. */
function rowPrototype(strings: WidgetStrings, optional: boolean): HTMLDivElement {
  const label = element('label', '', {}, element('strong', '', {}, `${strings.evidenceConfirm}:`));
  if (optional) label.append(element('span', 'secondary', {}, strings.optional));
  return element(
    'div',
    'question question--evidence form-group',
    {},
    element('div', 'choice', {}, element('input', '', { type: 'checkbox' }), element('div', 'choice__text', {}, label)),
  );
}

const prototypes = prototypeCache((strings: WidgetStrings) => ({ required: rowPrototype(strings, false), optional: rowPrototype(strings, true) }));

/** The description, then how recent the item must be: '' for neither. */
function hintText(m: RowFields): string {
  const { evidence } = m;
  const description = evidence.description ?? '';
  if (!evidence.recency) return description;
  const recency = m.strings.evidenceRecency(m.format.duration(evidence.recency));
  return description && recency ? `${description} ${recency}` : description || recency;
}

/** The note box is offered once the item is confirmed, and kept while it holds a note. */
const showsNote = (m: RowFields) => m.confirmed || m.note !== '';

function noteElement(m: RowFields): HTMLDivElement {
  const id = `${evidenceGroupId(m.evidence.id)}-note`;
  const box = element('textarea', 'textarea', { id, rows: '2' });
  writeFieldInput(box, { kind: 'evidence', evidenceId: m.evidence.id, part: 'note' });
  box.value = m.note;
  return element('div', NOTE_CLASS, {}, element('label', 'label', { for: id }, m.strings.evidenceNoteLabel), box);
}

function create(m: EvidenceRowModel): HTMLElement {
  const { evidence, strings } = m;
  const checkboxId = evidenceFocusId(evidence.id);
  const optional = evidence.required === false;
  const row = cloneOf(optional ? prototypes(strings).optional : prototypes(strings).required);
  row.setAttribute('data-evidence-item', evidence.id);
  // In document order: the checkbox, then its label.
  const nodes = row.querySelectorAll<HTMLElement>('input, label');
  const checkbox = nodes[0] as HTMLInputElement;
  const label = nodes[1] as HTMLLabelElement;
  checkbox.id = checkboxId;
  writeFieldInput(checkbox, { kind: 'evidence', evidenceId: evidence.id, part: 'confirmed' });
  if (m.confirmed) checkbox.checked = true;
  label.htmlFor = checkboxId;
  // The title goes between "Confirm:" and "(optional)".
  if (optional) label.lastChild!.before(` ${evidence.title} `);
  else label.append(` ${evidence.title}`);
  const hint = hintText(m);
  if (hint) {
    const hintId = `${evidenceGroupId(evidence.id)}-hint`;
    checkbox.setAttribute('aria-describedby', hintId);
    label.after(hintElement(hintId, hint));
  }
  const links = linkListElement(strings, evidence.resources);
  if (links) row.append(links);
  if (showsNote(m)) row.append(noteElement(m));
  if (m.advice !== undefined) syncAdvice(row, undefined, strings, m.advice);
  return row;
}

/** Whether the row's fixed parts (all but the checkbox, the note and the advice) are drawn the same. */
function sameShape(a: RowFields, b: RowFields): boolean {
  if (a.strings !== b.strings || a.format !== b.format) return false;
  const x = a.evidence;
  const y = b.evidence;
  if (x === y) return true;
  return x.id === y.id && x.title === y.title && (x.required === false) === (y.required === false) && hintText(a) === hintText(b) && sameLinks(x.resources, y.resources);
}

function update(row: Element, before: EvidenceRowModel, after: EvidenceRowModel): Element | undefined {
  if (!sameShape(before, after)) return create(after);
  find<HTMLInputElement>(row, 'input').checked = after.confirmed;
  const note = row.querySelector(`:scope > .${NOTE_CLASS}`);
  if (!showsNote(after)) note?.remove();
  else if (!note) {
    const advice = row.querySelector(':scope > .advice');
    if (advice) advice.before(noteElement(after));
    else row.append(noteElement(after));
  } else if (before.note !== after.note) {
    const box = find<HTMLTextAreaElement>(note, 'textarea');
    if (box.value !== after.note) box.value = after.note;
  }
  if (before.advice !== after.advice) syncAdvice(row, undefined, after.strings, after.advice);
  return undefined;
}

function same(a: EvidenceRowModel, b: EvidenceRowModel): boolean {
  return a.evidence === b.evidence && a.confirmed === b.confirmed && a.note === b.note && a.advice === b.advice && a.strings === b.strings && a.format === b.format;
}

const drawer: RowDrawer<EvidenceRowModel> = { create, same, update };

/** An evidence row of the list (row-list.ts). */
export function evidenceRow(
  evidence: Evidence,
  strings: WidgetStrings,
  format: Formatter,
  confirmed: boolean,
  note: string,
  advice: string | undefined,
): EvidenceRowModel {
  return { id: evidence.id, drawer, evidence, strings, format, confirmed, note, advice };
}

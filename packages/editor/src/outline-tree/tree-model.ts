/**
 * The outline tree's items, from core's outline: the pathway's settings, then each named
 * thing under the list it belongs to ("Stages", "Referrals"…) and under its owner (a stage's
 * questions and routes), with a count of the problems inside each; a thing without a name is
 * called what the problems call it (naming.ts). No DOM, so it is cheap to rebuild on every change.
 */
import type { Outline } from '@pathway/core';
import type { Problem } from '@pathway/schema';
import { nameOf } from '../naming.js';
import { SETTINGS_TITLE } from '../metadata/index.js';

export interface TreeItem {
  /** JSON pointer; also the item's key. */
  pointer: string;
  label: string;
  /** What kind of thing it is, in words: "Stage", "Question". */
  kind: string;
  children: TreeItem[];
  /** Problems at this item or inside it. */
  errors: number;
  warnings: number;
  /** The authors' note on the item, if any (format 1.1; never shown to schools). */
  note?: string;
}

const kindLabels: Record<string, string> = {
  stage: 'Stage', question: 'Question', evidence: 'Evidence', gate: 'Gate', measure: 'Measure', cohort: 'Circumstance',
  role: 'Role', referral: 'Referral', exception: 'Exception', outcome: 'Outcome', route: 'Route', timeLimit: 'Time limit',
  contact: 'Contact', requirement: 'Requirement',
};

/** The top-level lists, in the order an author thinks of them, with their headings. */
const groups: [key: string, label: string][] = [
  ['measures', 'Measures'],
  ['cohorts', 'Pupil circumstances'],
  ['roles', 'Roles'],
  ['stages', 'Stages'],
  ['requirements', 'Requirements written once'],
  ['exceptions', 'Exceptions'],
  ['referrals', 'Referrals'],
  ['contacts', 'Contacts'],
  ['resources', 'Resources'],
];

/**
 * Top-level lists whose items have no short name, so core's outline does not list them as
 * things others refer to; the outline shows them all the same, so an author can find them.
 */
const unnamedLists: [key: string, kind: string][] = [['resources', 'Resource']];

/** The pointers of the items of those lists in `document` ("/resources/0"…): each has a form of its own, as a named thing has. */
export function unnamedItemPointers(document: unknown): string[] {
  return unnamedLists.flatMap(([key]) => {
    const list = (document as Record<string, unknown> | undefined)?.[key];
    return Array.isArray(list) ? list.map((_, index) => `/${key}/${index}`) : [];
  });
}


/** The pointer of the nearest entity (or group, or the root) at or above `pointer`. */
export function nearestItem(pointer: string, known: ReadonlySet<string>): string {
  let current = pointer;
  while (current !== '' && !known.has(current)) current = current.slice(0, current.lastIndexOf('/'));
  return current;
}

export function buildTree(outline: Outline, problems: readonly Problem[]): TreeItem {
  const document = outline.nodes[0]?.value;
  const root: TreeItem = { pointer: '', label: SETTINGS_TITLE, kind: 'Pathway', children: [], errors: 0, warnings: 0 };
  const items = new Map<string, TreeItem>([['', root]]);
  const groupItems = new Map<string, TreeItem>();
  for (const [key, label] of groups) {
    const item: TreeItem = { pointer: `/${key}`, label, kind: 'List', children: [], errors: 0, warnings: 0 };
    groupItems.set(key, item);
    items.set(item.pointer, item);
  }
  for (const entity of outline.entities) {
    const node = entity.node as Record<string, unknown>;
    const item: TreeItem = { pointer: entity.pointer, label: nameOf(document, entity.pointer, entity.node, entity.id), kind: kindLabels[entity.kind] ?? entity.kind, children: [], errors: 0, warnings: 0 };
    if (typeof node.authorNote === 'string') item.note = node.authorNote;
    items.set(entity.pointer, item);
    const parent = entity.owner !== undefined ? items.get(entity.owner.pointer) : groupItems.get(entity.pointer.split('/')[1] ?? '');
    (parent ?? root).children.push(item);
  }
  for (const [key, kind] of unnamedLists) {
    const list = (document as Record<string, unknown> | undefined)?.[key];
    if (!Array.isArray(list)) continue;
    list.forEach((node: unknown, index) => {
      const pointer = `/${key}/${index}`;
      const item: TreeItem = { pointer, label: nameOf(document, pointer, node), kind, children: [], errors: 0, warnings: 0 };
      if (node !== null && typeof node === 'object' && typeof (node as Record<string, unknown>).authorNote === 'string') {
        item.note = (node as Record<string, unknown>).authorNote as string;
      }
      items.set(pointer, item);
      groupItems.get(key)!.children.push(item);
    });
  }
  const rootNote = (document as Record<string, unknown> | undefined)?.authorNote;
  if (typeof rootNote === 'string') root.note = rootNote;
  // Count each problem at its nearest item and every item above it, except the pathway's own
  // settings, which count only their own (its badge is not a total of everything).
  const known = new Set(items.keys());
  for (const problem of problems) {
    let pointer = nearestItem(problem.pointer, known);
    const own = pointer;
    for (;;) {
      const item = items.get(pointer);
      if (item !== undefined && (pointer !== '' || own === '')) {
        if (problem.severity === 'error') item.errors++;
        else item.warnings++;
      }
      if (pointer === '') break;
      pointer = nearestItem(pointer.slice(0, pointer.lastIndexOf('/')), known);
    }
  }
  root.children = [...groupItems.values()].filter((group) => group.children.length > 0).concat(root.children);
  return root;
}

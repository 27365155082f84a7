/**
 * What an added stage, route or referral is, said after "added" in the change list, so that a
 * school reading it knows when the new thing applies and what it asks without opening the file:
 *
 *   Stage "Stage 2a - support plan" added: applies when "Attendance" is at most 85%; School must "Start a support plan, review after 6 weeks"; 1 question
 *   Referral "Contact LCSS" added: sent to LCSS (team) by email to lcss@example.gov.uk; made from "Contact LCSS"; 9 pieces of evidence
 *
 * The things inside it are counted here, not listed a line each (the change list says each
 * change once). Compact by design: a duty group by its first action, the rest counted.
 */
import { enumLabelAt } from '@pathway/schema';
import { describeCondition } from '../describe-condition.js';
import { midSentence } from '../text.js';
import type { ActionGroup, Condition } from '../schema-types.js';
import type { EntityKind, OutlineEntity } from '../outline/outline.js';
import { bandRule } from './band-change.js';
import type { Version } from './diff-references.js';
import { thingNamed } from './diff-references.js';
import { cut } from './text-change.js';

/** How a thing inside a new thing is counted ("1 question", "2 pieces of evidence"). */
const counted: Partial<Record<EntityKind, [string, string]>> = {
  question: ['question', 'questions'],
  evidence: ['piece of evidence', 'pieces of evidence'],
  gate: ['gate', 'gates'],
  timeLimit: ['time limit', 'time limits'],
  outcome: ['outcome', 'outcomes'],
};

/** A duty's strength as a sentence says it: "School should consider …". */
const forceWords: Record<string, string> = { must: 'must', should: 'should', consider: 'should consider', may: 'may' };

const quoted = (text: string, limit = 60) => `"${cut(text, limit)}"`;

function list(words: readonly string[]): string {
  if (words.length <= 3) return words.length <= 1 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} and ${words.at(-1)}`;
  return `${words.slice(0, 3).join(', ')} and ${words.length - 3} more`;
}

/** A rule in words, lower-cased where it starts with a plain word, to follow "when". */
function rule(condition: unknown, version: Version): string {
  return midSentence(describeCondition(condition as Condition, version.outline));
}

function titleOf(version: Version, id: unknown, kind: EntityKind): string | undefined {
  if (typeof id !== 'string') return undefined;
  const node = thingNamed(version, id, [kind])?.node as { title?: unknown; name?: unknown } | undefined;
  const title = node?.title ?? node?.name;
  return typeof title === 'string' ? title : undefined;
}

/** When a stage or route applies, in words: its bands and rule, else what it says of itself, else where it is reached from. */
function applies(entity: OutlineEntity, version: Version): string | undefined {
  const node = entity.node as { universal?: unknown; bands?: unknown; entry?: { when?: unknown; description?: unknown; byChoice?: unknown }; when?: unknown; description?: unknown; chosenBy?: unknown };
  if (node.universal === true) return 'applies to every pupil';
  const rules = [...(Array.isArray(node.bands) ? node.bands.map((band) => bandRule(band, version)) : [])];
  const when = entity.kind === 'stage' ? node.entry?.when : node.when;
  if (when !== undefined) rules.push(rule(when, version));
  if (rules.length > 0) return `applies when ${rules.join(', or when ')}`;
  const chooser = titleOf(version, node.chosenBy, 'role');
  if (chooser !== undefined) return `chosen by ${chooser}`;
  const description = entity.kind === 'stage' ? node.entry?.description : node.description;
  if (typeof description === 'string' && description.trim() !== '') return `applies: ${quoted(description, 80)}`;
  // Else where it is reached from: an outcome of another stage, or an exception that redirects here.
  const naming = version.outline.references.filter((reference) => reference.id === entity.id && reference.kinds.includes(entity.kind)).map((reference) => reference.from.owner);
  const titles = (owners: (OutlineEntity | undefined)[]) => list([...new Set(owners.filter((owner): owner is OutlineEntity => owner !== undefined && owner !== entity).map((owner) => quoted(labelOf(owner))))]);
  const fromStages = titles(naming.filter((owner) => owner?.kind === 'outcome').map((outcome) => outcome?.owner));
  const byException = titles(naming.filter((owner) => owner?.kind === 'exception'));
  const reached = [fromStages && `reached from ${fromStages}`, byException && `reached through the exception ${byException}`].filter(Boolean);
  if (reached.length > 0) return reached.join(' or ');
  return node.entry?.byChoice === true ? 'can be chosen' : undefined;
}

function labelOf(entity: OutlineEntity): string {
  const node = entity.node as Record<string, unknown>;
  for (const key of ['title', 'name', 'text', 'label']) if (typeof node[key] === 'string') return node[key] as string;
  return '';
}

/**
 * Who does what: one group by its role, strength and first action (`School must "Send a
 * letter" and 2 more`); several by role and count (`duties for Schools (5) and The Local
 * Authority (6)`), so a stage with many duties stays one readable line.
 */
function duties(groups: unknown, version: Version): string | undefined {
  if (!Array.isArray(groups)) return undefined;
  const said = (groups as ActionGroup[]).flatMap((group) => {
    const actions = Array.isArray(group?.actions) ? group.actions.filter((action) => typeof action?.text === 'string') : [];
    return actions.length === 0 ? [] : [{ group, actions, role: titleOf(version, group.role, 'role') ?? 'Everyone' }];
  });
  if (said.length === 0) return undefined;
  const byRole = new Map<string, number>();
  for (const { role, actions } of said) byRole.set(role, (byRole.get(role) ?? 0) + actions.length);
  if (said.length > 1) return `duties for ${list([...byRole].map(([role, n]) => `${role} (${n})`))}`;
  const [{ group, actions, role }] = said;
  const force = typeof group.force === 'string' ? ` ${forceWords[group.force] ?? group.force}` : ':';
  return `${role}${force} ${quoted(actions[0].text)}${actions.length > 1 ? ` and ${actions.length - 1} more` : ''}`;
}

/** The named things directly inside `entity`, counted by kind ("1 question, 2 pieces of evidence"). */
function counts(entity: OutlineEntity, version: Version): string | undefined {
  const tally = new Map<EntityKind, number>();
  for (const inner of version.outline.entities) if (inner.owner === entity && counted[inner.kind]) tally.set(inner.kind, (tally.get(inner.kind) ?? 0) + 1);
  const words = [...tally].map(([kind, n]) => `${n} ${counted[kind]![n === 1 ? 0 : 1]}`);
  return words.length > 0 ? words.join(', ') : undefined;
}

/** The titles of the referrals a stage or route makes: `refers to "Enforcement"`. */
function refers(ids: unknown, version: Version): string | undefined {
  if (!Array.isArray(ids) || ids.length === 0) return undefined;
  return `refers to ${list(ids.map((id) => quoted(titleOf(version, id, 'referral') ?? String(id))))}`;
}

/** How a referral is made: `sent to Attendance Officer (team) by email to a@x.gov.uk`. */
function sentTo(entity: OutlineEntity, version: Version): string | undefined {
  const node = entity.node as { target?: { name?: unknown; kind?: unknown }; channel?: { kind?: unknown; email?: unknown; url?: unknown; phone?: unknown } };
  const parts: string[] = [];
  if (typeof node.target?.name === 'string') {
    const kind = enumLabelAt(version.doc, `${entity.pointer}/target/kind`);
    parts.push(`sent to ${cut(node.target.name, 60)}${kind ? ` (${kind.toLowerCase()})` : ''}`);
  }
  // "Other" says nothing of how: the referral's own instructions do, in the widget.
  if (node.channel?.kind !== 'other') {
    const by = channelWords(node.channel, `${entity.pointer}/channel`, version);
    if (by !== '') parts.push(by);
  }
  return parts.length > 0 ? parts.join(' ') : undefined;
}

/** How to refer, at `pointer`: "by email to a@x.gov.uk", "by form at https://…", "by meeting". */
export function channelWords(channel: unknown, pointer: string, version: Version): string {
  const by = enumLabelAt(version.doc, `${pointer}/kind`);
  if (by === undefined || channel === null || typeof channel !== 'object') return '';
  const { email, url, phone } = channel as { email?: unknown; url?: unknown; phone?: unknown };
  const address = typeof email === 'string' ? ` to ${cut(email, 80)}` : typeof url === 'string' ? ` at ${cut(url, 80)}` : typeof phone === 'string' ? ` on ${cut(phone, 40)}` : '';
  return `by ${by.toLowerCase()}${address}`;
}

/** Where a referral is made from: the stages and routes that name it. */
function madeFrom(entity: OutlineEntity, version: Version): string | undefined {
  const from = version.outline.references
    .filter((reference) => reference.id === entity.id && reference.kinds.includes('referral') && reference.property === 'referrals')
    .map((reference) => reference.from.owner)
    .filter((owner): owner is OutlineEntity => owner?.kind === 'stage' || owner?.kind === 'route');
  return from.length > 0 ? `made from ${list([...new Set(from.map((owner) => quoted(labelOf(owner))))])}` : undefined;
}

/** The words after "added" for a new stage, route or referral (": applies when …; …"), or '' for anything else. */
export function addedDetail(entity: OutlineEntity, version: Version): string {
  const node = entity.node as { actions?: unknown; referrals?: unknown; fields?: unknown };
  let parts: (string | undefined)[];
  if (entity.kind === 'stage' || entity.kind === 'route') {
    const routes = version.outline.entities.filter((inner) => inner.owner === entity && inner.kind === 'route').map((route) => quoted(labelOf(route)));
    parts = [applies(entity, version), duties(node.actions, version), counts(entity, version), refers(node.referrals, version), routes.length > 0 ? `routes ${list(routes)}` : undefined];
  } else if (entity.kind === 'referral') {
    const fields = Array.isArray(node.fields) && node.fields.length > 0 ? `${node.fields.length} ${node.fields.length === 1 ? 'field' : 'fields'} to fill in` : undefined;
    parts = [sentTo(entity, version), madeFrom(entity, version), fields, counts(entity, version)];
  } else return '';
  const said = parts.filter((part): part is string => part !== undefined && part !== '');
  return said.length > 0 ? `: ${said.join('; ')}` : '';
}

/** The words after "removed" for a referral: where it was made from (the stages' lists say nothing more of it). */
export function removedDetail(entity: OutlineEntity, version: Version): string {
  const from = entity.kind === 'referral' ? madeFrom(entity, version) : undefined;
  return from === undefined ? '' : ` (was ${from})`;
}

/**
 * unreachable-stage (error): a stage no pupil can be placed in or led to is dead weight, and
 * usually a sign of a missing band or a mistyped outcome. A stage is reachable when it is the
 * first stage or the pathway's starting stage, applies to every pupil, has bands, an entry rule
 * or can be chosen, or is where an outcome (of a stage, route or referral) or an exception's
 * redirect leads. A stage's own outcomes leading
 * back to itself do not count, and neither does being required by another stage.
 *
 * When an outcome or a redirect names a stage that does not exist and this stage is surely what
 * was meant (the one id dangling-reference suggests), the message says so: the typo is the
 * cause, and fixing it makes the stage reachable.
 */
import type { Stage } from '@pathway/schema';
import { finding, placeName, type LintContext, type LintRule } from './report.js';
import { referenceTargets, whyUnresolved } from '../outline/unresolved.js';
import { suggestIds } from './suggest-id.js';

/** The properties that lead to a stage: an outcome's `to`, a redirect's `stage`. */
const leadingProperties = new Set(['to', 'stage']);

/** Stage id → where a misspelt outcome or redirect that surely meant it is, and what it wrote. */
function misspeltLeads({ pathway, map }: LintContext): Map<string, { place: string; written: string }> {
  const found = new Map<string, { place: string; written: string }>();
  const targets = referenceTargets(map.outline);
  for (const reference of map.outline.references) {
    if (!leadingProperties.has(reference.property) || !reference.kinds.includes('stage')) continue;
    if (whyUnresolved(targets, reference) !== 'names-nothing') continue;
    const meant = suggestIds(map, reference.id, reference.kinds);
    if (meant.length === 1 && !found.has(meant[0])) found.set(meant[0], { place: placeName(pathway, reference.pointer), written: reference.id });
  }
  return found;
}

const list = <T>(value: T[] | undefined): T[] => (Array.isArray(value) ? value : []);

export const unreachableStage: LintRule = (context) => {
  const { pathway, map } = context;
  const ledTo = new Set<string>();
  for (const { outcome, stage } of map.outcomes) {
    if (typeof outcome.to === 'string' && outcome.to !== stage?.id) ledTo.add(outcome.to);
  }
  for (const exception of list(pathway.exceptions)) {
    const target = exception.redirectTo?.stage;
    if (typeof target === 'string') ledTo.add(target);
  }

  const reachable = (stage: Stage, index: number) =>
    index === 0 ||
    stage.id === pathway.start ||
    stage.universal === true ||
    stage.entry?.byChoice === true ||
    list(stage.bands).length > 0 ||
    stage.entry?.when !== undefined ||
    ledTo.has(stage.id);

  let misspelt: ReturnType<typeof misspeltLeads> | undefined;
  return list(pathway.stages).flatMap((stage, index) => {
    if (reachable(stage, index)) return [];
    misspelt ??= misspeltLeads(context);
    const typo = misspelt.get(stage.id);
    const because = typo
      ? `, but ${typo.place} leads to "${typo.written}", which does not exist: write "${stage.id}" there if it is meant to lead here`
      : '';
    return [finding(pathway, 'unreachable-stage', 'error', `/stages/${index}`, `no band, entry rule, outcome or redirect leads here, so no pupil can reach it${because}`)];
  });
};

/**
 * duty-timing: duties as councils write them (format 1.1). A duty that waits for a gate its
 * stage (its routes, referrals or the requirements) does not have waits for ever (error); a
 * duty "counted from" a date with no "due within" length has no due date (warning); a duty
 * repeated "every" 0 or "at least" as a deadline says nothing (warning).
 */
import type { Problem } from '@pathway/schema';
import { finding, type LintRule } from './report.js';
import { ownerOfKind } from '../outline/outline.js';

export const dutyTiming: LintRule = ({ pathway, map }) => {
  const problems: Problem[] = [];
  const requirementGates = new Set(map.outline.entities.filter((e) => e.kind === 'gate' && ownerOfKind(e, 'requirement') !== undefined).map((e) => e.id));
  // Gates each stage can see: its own, its routes', its referrals' (by id) and every requirement's.
  const stageGates = new Map<string, Set<string>>();
  for (const entity of map.outline.entities) {
    if (entity.kind !== 'gate') continue;
    const stage = ownerOfKind(entity, 'stage');
    if (stage !== undefined) stageGates.set(stage.pointer, (stageGates.get(stage.pointer) ?? new Set()).add(entity.id));
  }
  const referralGates = new Map<string, string[]>();
  for (const entity of map.outline.entities) {
    if (entity.kind !== 'gate') continue;
    const referral = ownerOfKind(entity, 'referral');
    if (referral !== undefined) referralGates.set(referral.id, [...(referralGates.get(referral.id) ?? []), entity.id]);
  }
  for (const node of map.outline.nodesOf('Action')) {
    const action = node.value as { gates?: unknown; due?: unknown; dueFrom?: unknown; every?: { amount?: unknown } };
    const stage = ownerOfKind(node.owner, 'stage');
    if (Array.isArray(action.gates) && stage !== undefined) {
      const visible = new Set([...(stageGates.get(stage.pointer) ?? []), ...requirementGates]);
      for (const id of (stage.node as { referrals?: string[] }).referrals ?? []) for (const gate of referralGates.get(id) ?? []) visible.add(gate);
      for (const gate of action.gates) {
        if (typeof gate === 'string' && !visible.has(gate) && map.byId.has(gate)) {
          problems.push(finding(pathway, 'duty-timing', 'error', node.pointer, `waits for the gate "${gate}", which this stage, its routes, its referrals and the requirements do not have, so it would wait for ever`));
        }
      }
    }
    if (typeof action.dueFrom === 'string' && action.due === undefined) {
      problems.push(finding(pathway, 'duty-timing', 'warning', node.pointer, `counts from "${action.dueFrom}" but gives no "due within" length, so it has no due date`));
    }
    if (action.every !== undefined && action.every.amount === 0) {
      problems.push(finding(pathway, 'duty-timing', 'warning', node.pointer, 'repeats "every" 0 (immediately), which means nothing: give how often, e.g. 2 weeks'));
    }
  }
  return problems;
};

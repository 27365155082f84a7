/**
 * duty-timing: duties as councils write them (format 1.1). A duty that waits for a gate its
 * stage cannot see waits for ever (error); a duty "counted from" a date with no "due within"
 * length has no due date (warning), unless it recurs ("every", and no "due by"), when it is next
 * due on each occurrence; a duty repeated "every" 0 says nothing (warning).
 *
 * A stage's duties see the gates the engine's duties.ts looks in: the stage's own and its
 * routes', every requirement's, and those of the referrals the stage or its routes list.
 * Membership is checked set by set, never by building each stage's union, so the rule stays
 * linear in the size of the file.
 */
import type { Problem, Route, Stage } from '@pathway/schema';
import { finding, type LintRule } from './report.js';
import { ownerOfKind } from '../outline/outline.js';
import type { OutlineEntity } from '../outline/outline.js';
import { nameOf } from './lookup.js';

export const dutyTiming: LintRule = ({ pathway, map }) => {
  const problems: Problem[] = [];
  /** Gate id → the stage pointers, referral ids and requirements that own a gate of that id. */
  const ownedByStage = new Map<string, Set<string>>();
  const ownedByReferral = new Map<string, Set<string>>();
  const requirementGates = new Set<string>();
  const add = (into: Map<string, Set<string>>, gate: string, owner: string) => {
    const owners = into.get(gate);
    if (owners) owners.add(owner);
    else into.set(gate, new Set([owner]));
  };
  for (const entity of map.outline.entities) {
    if (entity.kind !== 'gate') continue;
    const stage = ownerOfKind(entity, 'stage');
    const referral = ownerOfKind(entity, 'referral');
    if (stage !== undefined) add(ownedByStage, entity.id, stage.pointer);
    else if (referral !== undefined) add(ownedByReferral, entity.id, referral.id);
    else if (ownerOfKind(entity, 'requirement') !== undefined) requirementGates.add(entity.id);
  }
  /** The referrals a stage or its routes list, worked out once per stage. */
  const stageReferrals = new Map<OutlineEntity, Set<string>>();
  const referralsOf = (stage: OutlineEntity) => {
    let ids = stageReferrals.get(stage);
    if (ids === undefined) {
      const node = stage.node as Stage;
      ids = new Set([...(node.referrals ?? []), ...(node.routes ?? []).flatMap((route: Route) => route.referrals ?? [])]);
      stageReferrals.set(stage, ids);
    }
    return ids;
  };
  const visible = (gate: string, stage: OutlineEntity) => {
    if (requirementGates.has(gate) || ownedByStage.get(gate)?.has(stage.pointer)) return true;
    const referrals = referralsOf(stage);
    for (const referral of ownedByReferral.get(gate) ?? []) if (referrals.has(referral)) return true;
    return false;
  };

  for (const node of map.outline.nodesOf('Action')) {
    const action = node.value as { gates?: unknown; due?: unknown; dueFrom?: unknown; dueBy?: unknown; every?: { amount?: unknown } };
    const stage = ownerOfKind(node.owner, 'stage');
    if (Array.isArray(action.gates) && stage !== undefined) {
      for (const gate of action.gates) {
        if (typeof gate === 'string' && map.byId.has(gate) && !visible(gate, stage)) {
          problems.push(finding(pathway, 'duty-timing', 'error', node.pointer, `waits for the gate ${nameOf(map, gate, ['gate'])}, which this stage, its routes, its referrals and the requirements do not have, so it would wait for ever`));
        }
      }
    }
    // A recurring duty counted from a date (and by no other date) is next due on its next
    // occurrence (duties.ts): its "every" is its timing, and a "due within" would make it read
    // overdue after the first one, whatever the later ones.
    const recurring = action.every !== undefined && action.dueBy === undefined;
    if (typeof action.dueFrom === 'string' && action.due === undefined && !recurring) {
      problems.push(
        finding(
          pathway,
          'duty-timing',
          'warning',
          node.pointer,
          `counts from ${nameOf(map, action.dueFrom, ['question', 'measure'])} but gives no "due within" length, so it has no due date: ` +
            'if it is done once, give how soon ("due within"); if it recurs, give how often ("every") instead, and it is next due on each occurrence',
        ),
      );
    }
    if (action.every !== undefined && action.every.amount === 0) {
      problems.push(finding(pathway, 'duty-timing', 'warning', node.pointer, 'repeats "every" 0 (immediately), which means nothing: give how often, e.g. 2 weeks'));
    }
  }
  return problems;
};

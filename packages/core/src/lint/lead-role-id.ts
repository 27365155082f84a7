/**
 * lead-role-id (warning): an exception's "Who leads instead" (`lead`, free text) that is exactly
 * a role's id ("eh-lead"). The widget shows such a lead as the role's title, but the engine's
 * results and the JSON download carry the text as written, an id no school should read: the
 * author is offered the role's title instead.
 */
import type { Problem } from '@pathway/schema';
import { finding, quote, type LintRule } from './report.js';

export const leadRoleId: LintRule = ({ pathway }) => {
  const roles = new Map<string, string>();
  for (const role of pathway.roles ?? []) if (!roles.has(role.id) && role.title.trim() !== '') roles.set(role.id, role.title.trim());
  const problems: Problem[] = [];
  (pathway.exceptions ?? []).forEach((exception, position) => {
    const title = typeof exception.lead === 'string' ? roles.get(exception.lead.trim()) : undefined;
    if (title === undefined) return;
    problems.push(
      finding(pathway, 'lead-role-id', 'warning', `/exceptions/${position}/lead`,
        `${quote(exception.lead!.trim())} is the id of the role ${quote(title)}, not words a school reads: write the role's title, ${quote(title)}, or who leads in your own words`),
    );
  });
  return problems;
};

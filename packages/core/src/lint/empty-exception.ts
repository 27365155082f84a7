/**
 * empty-exception (warning): an exception whose `stages` list is empty and that names no
 * referral or route changes nothing: an empty list names no stage, while leaving the list out
 * means every stage. It happens when the stages an exception named are removed (the designer
 * takes a removed stage's id out of every list), and it silently switches a rule such as
 * "children looked after are never referred for enforcement" off.
 *
 * An error, too, for an exception that redirects but names nowhere to send the pupil (no
 * `redirectTo`): the designer adds the effect before its destination, and nothing else says the
 * destination is still to be given.
 */
import type { Problem } from '@pathway/schema';
import { finding, type LintRule } from './report.js';

export const emptyException: LintRule = ({ pathway }) => {
  const problems: Problem[] = [];
  (pathway.exceptions ?? []).forEach((exception, i) => {
    if (exception.effect === 'redirect' && exception.redirectTo === undefined) {
      problems.push(
        finding(pathway, 'empty-exception', 'error', `/exceptions/${i}/effect`,
          'redirects, but names nowhere to send the pupil instead: add where to send them (a stage, a referral or a contact), or choose another effect'),
      );
    }
    const stages = exception.stages;
    if (stages === undefined || stages.length > 0) return;
    if ((exception.referrals ?? []).length > 0 || ((exception as { routes?: unknown[] }).routes ?? []).length > 0) return;
    problems.push(
      finding(pathway, 'empty-exception', 'warning', `/exceptions/${i}/stages`,
        'its list of stages is empty, so it changes no stage and never applies; name the stages it is about, or remove the list to make it apply to every stage'),
    );
  });
  return problems;
};

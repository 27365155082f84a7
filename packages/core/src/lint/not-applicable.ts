/**
 * not-applicable (warning): a property given where the schema says it means nothing
 * (`x-applies-when`): a lowest value on a question that is not a number question, "If left
 * blank" on a measure that is not a date, a lead on an exception that does not reassign. The
 * engine ignores it, so the author's intent is silently lost; the editor's forms do not offer
 * it there, but a file written by hand, or a question whose type changed, can still hold it.
 */
import { appliesWhen, enumLabel, type Problem } from '@pathway/schema';
import { finding, joinOr, quote, type LintRule } from './report.js';

export const notApplicable: LintRule = ({ pathway, map }) => {
  const problems: Problem[] = [];
  for (const [definition, properties] of Object.entries(appliesWhen)) {
    for (const node of map.outline.nodesOf(definition)) {
      for (const [key, rule] of Object.entries(properties)) {
        if (node.value[key] === undefined) continue;
        const decider = node.value[rule.key];
        if (typeof decider === 'string' && rule.values.includes(decider)) continue;
        const label = (value: string) => quote(enumLabel(`${definition}.${rule.key}`, value) ?? value);
        const deciderName = rule.title.toLowerCase();
        const actual = typeof decider === 'string' ? `; here it is ${label(decider)}` : '';
        problems.push(
          finding(pathway, 'not-applicable', 'warning', `${node.pointer}/${key}`,
            `applies only when the ${deciderName} is ${joinOr(rule.values.map(label))}${actual}, so this changes nothing: remove it, or change the ${deciderName}`),
        );
      }
    }
  }
  return problems;
};

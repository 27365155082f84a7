/** axe-core on a form (its shadow roots included), as the widget's tests run it, without defining the editor's other elements. */
import axe from 'axe-core';

export async function axeViolations(element: Element): Promise<string[]> {
  const results = await axe.run(element, { resultTypes: ['violations'], rules: { region: { enabled: false } } });
  return results.violations.map((v) => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`);
}

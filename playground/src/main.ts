/**
 * The playground's four panes (after form-js): Definition, Preview, Input and Output.
 * The definition pane is a plain JSON textarea until the editor lands; it is checked with the
 * full validator and lint on every edit, and the preview only takes a definition that passes.
 */
import '@pathway/widget/embed';
import { checkPathway, createPathway, type CaseInput } from '@pathway/core';
import { validatePathway, type Pathway, type Problem } from '@pathway/schema';
import { seeds } from './seeds.js';

const seedSelect = document.querySelector<HTMLSelectElement>('#pg-seed')!;
const definitionArea = document.querySelector<HTMLTextAreaElement>('#pg-definition')!;
const problemsBox = document.querySelector<HTMLElement>('#pg-problems')!;
const widget = document.querySelector<HTMLElement & { pathway?: Pathway }>('#pg-widget')!;
const inputPane = document.querySelector<HTMLElement>('#pg-input')!;
const outputPane = document.querySelector<HTMLElement>('#pg-output')!;

let current: Pathway | undefined;
let caseInput: CaseInput = {};

for (const [file, seed] of Object.entries(seeds)) {
  seedSelect.append(new Option(`${seed.authority.name}: ${seed.title}`, file));
}

function showProblems(problems: Problem[]): void {
  problemsBox.replaceChildren();
  if (problems.length === 0) {
    const ok = document.createElement('p');
    ok.className = 'pg-ok';
    ok.textContent = 'No problems found.';
    problemsBox.append(ok);
    return;
  }
  const list = document.createElement('ul');
  for (const problem of problems) {
    const item = document.createElement('li');
    if (problem.severity === 'warning') item.className = 'pg-warning';
    item.textContent = `${problem.severity === 'error' ? 'Error' : 'Warning'}: ${problem.message}`;
    list.append(item);
  }
  problemsBox.append(list);
}

function showOutput(): void {
  inputPane.textContent = JSON.stringify(caseInput, null, 2);
  if (!current) {
    outputPane.textContent = '';
    return;
  }
  const model = createPathway(current);
  const evaluation = model.evaluate(caseInput);
  outputPane.textContent = JSON.stringify(
    { stage: evaluation.current, summary: model.summarise(caseInput, { generatedAt: new Date().toISOString() }) },
    null,
    2,
  );
}

function loadDefinition(text: string): void {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (error) {
    showProblems([
      {
        severity: 'error',
        code: 'json.syntax',
        where: '',
        detail: `This is not valid JSON: ${(error as Error).message}`,
        message: `This is not valid JSON: ${(error as Error).message}`,
        pointer: '',
      },
    ]);
    return;
  }
  const result = checkPathway(doc, { validate: validatePathway });
  showProblems(result.problems);
  if (result.ok && result.pathway) {
    current = result.pathway;
    widget.pathway = result.pathway;
    showOutput();
  }
}

function pickSeed(file: string): void {
  const seed = seeds[file];
  if (!seed) return;
  caseInput = {};
  definitionArea.value = JSON.stringify(seed, null, 2);
  loadDefinition(definitionArea.value);
}

let typingTimer: ReturnType<typeof setTimeout> | undefined;
definitionArea.addEventListener('input', () => {
  clearTimeout(typingTimer);
  typingTimer = setTimeout(() => loadDefinition(definitionArea.value), 300);
});
seedSelect.addEventListener('change', () => pickSeed(seedSelect.value));
widget.addEventListener('pathway-change', (event) => {
  caseInput = { ...caseInput, ...(event as CustomEvent<CaseInput>).detail };
  showOutput();
});

pickSeed(seedSelect.value);

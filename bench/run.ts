/**
 * `npm run bench`: every benchmark, one after the other, printing tables.
 * Peers are measured in the same run so that ratios, not absolute times, are compared.
 */
import { runEngineBench } from './engine.js';
import { runWidgetBench } from './widget/run.js';
import { runEditorBench } from './editor/run.js';

const only = process.argv[2];
if (!only || only === 'engine') await runEngineBench();
if (!only || only === 'widget') {
  const { markdown } = await runWidgetBench();
  console.log(`\n${markdown}\n\nWritten to bench/results/widget.md.`);
}
if (!only || only === 'editor') {
  const { markdown } = await runEditorBench();
  console.log(`\n${markdown}\n\nWritten to bench/results/editor.md.`);
}

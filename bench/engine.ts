/**
 * Engine timings for synthetic pathways of 50, 500 and 2000 questions: build (createPathway),
 * placement, and evaluation after one answer (one answer changes, then the whole case is
 * evaluated: every stage, as the widget does on each input). Prints numbers only.
 *
 *   npx tsx bench/engine.ts
 */
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import type { Pathway } from '@pathway/schema';
import { validatePathway } from '@pathway/schema';
import { createPathway } from '@pathway/core';
import { buildSyntheticPathway, syntheticCase } from './synthetic-pathway.js';

const SIZES = [50, 500, 2000] as const;

interface Timing {
  median: number;
  min: number;
  max: number;
  runs: number;
}

function time(runs: number, warmup: number, body: (i: number) => void, before?: (i: number) => void): Timing {
  for (let i = 0; i < warmup; i++) {
    before?.(i);
    body(i);
  }
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    before?.(warmup + i);
    const start = performance.now();
    body(warmup + i);
    samples.push(performance.now() - start);
  }
  samples.sort((a, b) => a - b);
  const middle = Math.floor(samples.length / 2);
  const median = samples.length % 2 === 1 ? samples[middle] : (samples[middle - 1] + samples[middle]) / 2;
  return { median, min: samples[0], max: samples[samples.length - 1], runs };
}

function format(t: Timing): string {
  const ms = (n: number) => `${n.toFixed(3)} ms`;
  return `${ms(t.median).padStart(11)}   ${`${ms(t.min)} – ${ms(t.max)}`.padEnd(25)} ${String(t.runs).padStart(6)}`;
}

export async function runEngineBench(): Promise<void> {
  console.log('Engine benchmark (median, min – max, runs)');
  for (const size of SIZES) {
    // Through JSON, as a council's file is loaded: object shapes then match real use.
    const definition = JSON.parse(JSON.stringify(buildSyntheticPathway(size))) as Pathway;
    if (!validatePathway(definition)) {
      throw new Error(`The synthetic pathway of ${size} questions is not schema-valid`);
    }
    const runs = size >= 2000 ? 400 : 1000;
    const build = time(Math.min(runs, 200), 20, () => {
      createPathway(definition);
    });
    const pathway = createPathway(definition);
    const input = syntheticCase(definition);
    const placement = time(runs, 100, () => {
      pathway.place(input);
    });
    const questionIds = definition.stages.flatMap((s) => (s.questions ?? []).filter((q) => q.type === 'yesNo').map((q) => q.id));
    const answers = input.answers as Record<string, string>;
    const afterOneAnswer = time(
      runs,
      100,
      () => {
        pathway.evaluate(input);
      },
      (i) => {
        const id = questionIds[i % questionIds.length];
        answers[id] = answers[id] === 'yes' ? 'no' : 'yes';
      },
    );
    const questionCount = definition.stages.reduce(
      (n, s) => n + (s.questions?.length ?? 0) + (s.routes ?? []).reduce((m, r) => m + (r.questions?.length ?? 0), 0),
      0,
    );
    console.log(`\n${questionCount} questions, ${definition.stages.length} stages`);
    console.log(`${'step'.padEnd(28)}${'median'.padStart(11)}   ${'min – max'.padEnd(25)} ${'runs'.padStart(6)}`);
    console.log(`${'build (createPathway)'.padEnd(28)}${format(build)}`);
    console.log(`${'placement'.padEnd(28)}${format(placement)}`);
    console.log(`${'evaluation after one answer'.padEnd(28)}${format(afterOneAnswer)}`);
  }
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await runEngineBench();
}

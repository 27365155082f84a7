/**
 * `pathway render --html out/ <files…>`: the readable public page (core's `renderPublicPage`:
 * one self-contained HTML document, no script, prints to A4) and the stage map (SVG) of each
 * pathway, written into out/ as `<id>.html` and `<id>.svg`, named by the pathway's id so that
 * several pathways can share one folder.
 *
 * A pathway is rendered only when it would be published: no schema error and no lint error
 * (warnings are fine). Otherwise its errors are listed, as `validate` lists them.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { renderPublicPage, stageMap, stageMapSvg } from '@pathway/core';
import type { Pathway } from '@pathway/schema';
import { checkDocument } from './check-file.js';
import { firstLine, readJsonFile } from './read-json-file.js';

export interface RenderResult {
  file: string;
  /** What happened, one line each (errors, or the files written). */
  lines: string[];
  /** rendered; errors: not rendered because of its errors; unusable: could not be read, checked or written. */
  outcome: 'rendered' | 'errors' | 'unusable';
}

export async function renderFiles(files: readonly string[], outDir: string, cwd: string): Promise<RenderResult[]> {
  const results: RenderResult[] = [];
  const ids = new Map<string, string>();
  for (const file of files) {
    const read = await readJsonFile(file, cwd);
    if (!read.ok) {
      results.push({ file, lines: [`${file}: cannot read: ${read.reason}`], outcome: 'unusable' });
      continue;
    }
    const checked = checkDocument(file, read.doc, false);
    if (checked.reason) {
      results.push({ file, lines: [`${file}: cannot check: ${checked.reason}`], outcome: 'unusable' });
      continue;
    }
    const errors = checked.problems.filter((p) => p.severity === 'error');
    if (errors.length > 0) {
      results.push({ file, lines: errors.map((p) => `${file}: error: ${p.message}`), outcome: 'errors' });
      continue;
    }
    const pathway = read.doc as Pathway;
    const earlier = ids.get(pathway.id);
    if (earlier !== undefined) {
      results.push({ file, lines: [`${file}: cannot render: ${earlier} has the same id "${pathway.id}", and its files would be overwritten`], outcome: 'unusable' });
      continue;
    }
    ids.set(pathway.id, file);
    const page = join(outDir, `${pathway.id}.html`);
    const map = join(outDir, `${pathway.id}.svg`);
    try {
      const html = renderPublicPage(pathway);
      const svg = `${stageMapSvg(stageMap(pathway))}\n`;
      await mkdir(resolve(cwd, outDir), { recursive: true });
      await writeFile(resolve(cwd, page), html, 'utf8');
      await writeFile(resolve(cwd, map), svg, 'utf8');
    } catch (error) {
      results.push({ file, lines: [`${file}: cannot write: ${writeReason(error)}`], outcome: 'unusable' });
      continue;
    }
    results.push({ file, lines: [`${file}: wrote ${page} and ${map}`], outcome: 'rendered' });
  }
  return results;
}

const count = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`;

/** `Rendered 2 files.`, then `1 file has errors and was not rendered.` and `1 file could not be read or written.` */
export function renderSummary(results: readonly RenderResult[]): string {
  const rendered = results.filter((r) => r.outcome === 'rendered').length;
  const withErrors = results.filter((r) => r.outcome === 'errors').length;
  const unusable = results.filter((r) => r.outcome === 'unusable').length;
  const sentences = [`Rendered ${count(rendered, 'file')}.`];
  if (withErrors > 0) sentences.push(`${count(withErrors, 'file')} ${withErrors === 1 ? 'has' : 'have'} errors and ${withErrors === 1 ? 'was' : 'were'} not rendered.`);
  if (unusable > 0) sentences.push(`${count(unusable, 'file')} could not be read, checked or written.`);
  return sentences.join(' ');
}

function writeReason(error: unknown): string {
  const code = (error as { code?: string })?.code;
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'ENOTDIR' || code === 'EEXIST') return 'the output folder is a file, or part of its path is';
  if (code === 'ENOSPC') return 'the disk is full';
  return firstLine(error);
}

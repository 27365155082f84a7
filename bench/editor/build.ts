/**
 * Builds the editor exactly as it ships (packages/editor/vite.config.ts: the entry, and Monaco
 * as a lazy chunk with its CSS and workers) into a temporary directory, and sorts the files
 * into what the entry loads by itself (its static imports, followed through), Monaco's (the
 * editor's build names every file that is Monaco or comes with it `chunks/monaco-*`, and no
 * other), and the rest: parts loaded when needed, such as the preview widget's journey pages.
 */
import { mkdtemp, readFile, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';
import { REPO_ROOT } from '../widget/build.js';

export interface EditorBuild {
  dir: string;
  /** Paths under dir, e.g. "pathway-editor.js", "chunks/json-editor-abc.js". */
  files: string[];
  /** The entry and every file it imports statically: what a page loads before the JSON view opens. */
  eager: string[];
  /** Monaco and what comes with it (its CSS, workers, font): the JSON view's, loaded only when it opens. */
  monaco: string[];
  gzip: (file: string) => Promise<number>;
}

export async function buildEditor(): Promise<EditorBuild> {
  const dir = await mkdtemp(join(tmpdir(), 'pathway-editor-bench-'));
  await build({
    configFile: join(REPO_ROOT, 'packages', 'editor', 'vite.config.ts'),
    logLevel: 'error',
    build: { outDir: dir, emptyOutDir: true, reportCompressedSize: false },
  });
  const files = [
    ...(await readdir(dir)).filter((name) => name.includes('.')),
    ...(await readdir(join(dir, 'chunks'))).map((name) => `chunks/${name}`),
  ].sort();
  const eager = new Set<string>();
  const visit = async (file: string): Promise<void> => {
    if (eager.has(file)) return;
    eager.add(file);
    const text = await readFile(join(dir, file), 'utf8');
    // Static imports only ("from"./x.js"" and "import"./x.js""), never import("…").
    for (const match of text.matchAll(/(?:\bfrom|\bimport)\s*["'](\.{1,2}\/[^"']+)["']/g)) {
      await visit(posix.normalize(posix.join(posix.dirname(file), match[1])));
    }
  };
  await visit('pathway-editor.js');
  return {
    dir,
    files,
    eager: [...eager],
    monaco: files.filter((file) => file.startsWith('chunks/monaco-')),
    gzip: async (file) => gzipSync(await readFile(join(dir, file))).length,
  };
}

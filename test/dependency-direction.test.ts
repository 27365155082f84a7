/**
 * Dependencies point one way: schema → core → (cli | widget) → editor → playground.
 * A package may import only @pathway packages earlier in that order (cli and widget are
 * siblings and do not import each other), never another package's files by relative path,
 * and must list what it imports in its package.json. The engine (core) stays free of the
 * browser: no Lit, no Monaco, no DOM globals.
 *
 * Imports are read with TypeScript's own parser, so `import type`, `export … from`,
 * side-effect imports and dynamic `import()` all count, and comments and strings do not.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, posix, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/** Each package's place in the order. Equal numbers are siblings. */
const layers: Record<string, number> = {
  '@pathway/schema': 0,
  '@pathway/core': 1,
  '@pathway/cli': 2,
  '@pathway/widget': 2,
  '@pathway/editor': 3,
  '@pathway/playground': 4,
};

const browserOnlyModules = /^(lit|lit\/.*|@lit\/.*|lit-html(\/.*)?|lit-element(\/.*)?|monaco-editor(\/.*)?|@monaco-editor\/.*)$/;
const domGlobalsBeforeDot = new Set(['window', 'document']);
const domGlobals = new Set(['localStorage', 'sessionStorage', 'HTMLElement']);

export interface SourceText {
  /** Repository-relative, with forward slashes: `packages/core/src/index.ts`. */
  path: string;
  text: string;
}

export interface Manifest {
  dependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
}

/** The package a repository path belongs to: `packages/core/…` → `@pathway/core`, `playground/…` → `@pathway/playground`. */
export function packageOf(path: string): string | undefined {
  const parts = path.split('/');
  if (parts[0] === 'packages' && parts.length > 2) return `@pathway/${parts[1]}`;
  if (parts[0] === 'playground' && parts.length > 1) return '@pathway/playground';
  return undefined;
}

/** Every module specifier a file imports or re-exports from. */
export function importsOf(text: string): string[] {
  return ts.preProcessFile(text, true, true).importedFiles.map((file) => file.fileName);
}

/** DOM globals a file uses (`window.x`, `document.x`, `localStorage`…), as written. */
export function domGlobalsIn(path: string, text: string): string[] {
  const found: string[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isIdentifier(node)) {
      const parent = node.parent;
      const isPropertyName = (ts.isPropertyAccessExpression(parent) && parent.name === node) || ts.isPropertyAssignment(parent) || ts.isPropertySignature(parent);
      if (!isPropertyName) {
        if (domGlobalsBeforeDot.has(node.text) && ts.isPropertyAccessExpression(parent) && parent.expression === node) found.push(`${node.text}.`);
        else if (domGlobals.has(node.text)) found.push(node.text);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(ts.createSourceFile(path, text, ts.ScriptTarget.ES2022, true));
  return found;
}

/** The editor's document model, which must run in Node as in the browser. */
function isEditorModeling(path: string): boolean {
  return path.startsWith('packages/editor/src/modeling/');
}

/** Every way the files break the dependency rules, one sentence each. Empty means all is well. */
export function checkDependencyDirection(files: readonly SourceText[], manifests: Readonly<Record<string, Manifest>>): string[] {
  const violations: string[] = [];
  const imported = new Map<string, Set<string>>();

  for (const { path, text } of files) {
    const from = packageOf(path);
    if (!from) continue;
    const fromLayer = layers[from];
    if (fromLayer === undefined) {
      violations.push(`${path}: ${from} has no place in the dependency order; add it to the order in this test`);
      continue;
    }
    for (const specifier of importsOf(text)) {
      if (specifier.startsWith('.')) {
        const target = posix.normalize(posix.join(posix.dirname(path), specifier));
        const targetPackage = packageOf(target);
        if (targetPackage && targetPackage !== from) {
          violations.push(`${path} imports "${specifier}" by relative path; import "${targetPackage}" by name instead`);
        }
        continue;
      }
      const name = /^@pathway\/[^/]+/.exec(specifier)?.[0];
      if (name && name !== from) {
        imported.set(from, (imported.get(from) ?? new Set()).add(name));
        const toLayer = layers[name];
        if (toLayer === undefined) violations.push(`${path} imports ${name}, which is not a known package`);
        else if (toLayer >= fromLayer) {
          const allowed = Object.keys(layers).filter((p) => layers[p] < fromLayer);
          violations.push(
            `${path} imports ${name}, against the order: ${from} ${allowed.length > 0 ? `may import only ${allowed.join(', ')}` : 'may import no @pathway package'}`,
          );
        }
      }
      if (from === '@pathway/core' && browserOnlyModules.test(specifier)) {
        violations.push(`${path} imports "${specifier}": the engine must not depend on Lit or Monaco`);
      }
      if (isEditorModeling(path) && (browserOnlyModules.test(specifier) || specifier.startsWith('@pathway/widget'))) {
        violations.push(`${path} imports "${specifier}": the editor's modeling must not depend on Lit, Monaco or the widget`);
      }
    }
    if ((from === '@pathway/core' || isEditorModeling(path)) && !/\.test\.ts$/.test(path)) {
      const what = from === '@pathway/core' ? 'the engine runs without a DOM' : "the editor's modeling runs without a DOM";
      for (const global of new Set(domGlobalsIn(path, text))) {
        violations.push(`${path} uses the DOM global ${global}: ${what}`);
      }
    }
  }

  for (const [from, names] of imported) {
    const manifest = manifests[from] ?? {};
    const declared = { ...manifest.dependencies, ...manifest.peerDependencies };
    for (const name of names) {
      if (!(name in declared)) violations.push(`${from} imports ${name} but its package.json does not list it in dependencies`);
    }
  }
  return violations;
}

// ---------------------------------------------------------------------------------------
// The repository

const root = fileURLToPath(new URL('../', import.meta.url));

function typeScriptFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    if (name === 'node_modules' || name === 'dist') return [];
    if (statSync(full).isDirectory()) return typeScriptFiles(full);
    return /\.(ts|tsx|mts)$/.test(name) ? [full] : [];
  });
}

function repositorySources(): { files: SourceText[]; manifests: Record<string, Manifest> } {
  const packageDirs = readdirSync(join(root, 'packages')).map((name) => join(root, 'packages', name));
  const roots = [...packageDirs.map((dir) => join(dir, 'src')), join(root, 'playground')];
  const files = roots.flatMap(typeScriptFiles).map((full) => ({
    path: relative(root, full).split('\\').join('/'),
    text: readFileSync(full, 'utf8'),
  }));
  const manifests: Record<string, Manifest> = {};
  for (const dir of [...packageDirs, join(root, 'playground')]) {
    const file = join(dir, 'package.json');
    if (!existsSync(file)) continue;
    const name = packageOf(`${relative(root, dir).split('\\').join('/')}/package.json`);
    if (name) manifests[name] = JSON.parse(readFileSync(file, 'utf8')) as Manifest;
  }
  return { files, manifests };
}

describe('dependency direction in this repository', () => {
  const { files, manifests } = repositorySources();

  it('finds the sources of every package', () => {
    const packages = new Set(files.map((f) => packageOf(f.path)));
    for (const name of ['@pathway/schema', '@pathway/core', '@pathway/cli']) expect(packages).toContain(name);
    expect(files.length).toBeGreaterThan(10);
    expect(dirname(files[0].path)).not.toMatch(/^\//);
  });

  it('imports only point one way, by package name, and are declared', () => {
    expect(checkDependencyDirection(files, manifests)).toEqual([]);
  });
});

describe('the checker', () => {
  const manifests: Record<string, Manifest> = {
    '@pathway/schema': {},
    '@pathway/core': { dependencies: { '@pathway/schema': '0.1.0' } },
    '@pathway/cli': { dependencies: { '@pathway/schema': '0.1.0', '@pathway/core': '0.1.0' } },
    '@pathway/widget': { dependencies: { '@pathway/schema': '0.1.0', '@pathway/core': '0.1.0', lit: '3' } },
  };

  it('accepts imports that follow the order', () => {
    const files: SourceText[] = [
      { path: 'packages/core/src/a.ts', text: "import type { Pathway } from '@pathway/schema';\nimport { b } from './b.js';" },
      { path: 'packages/widget/src/w.ts', text: "import { LitElement } from 'lit';\nimport { createPathway } from '@pathway/core';\nexport * from '@pathway/schema';" },
      { path: 'packages/cli/src/m.ts', text: "import { checkPathway } from '@pathway/core';\nimport p from '../package.json' with { type: 'json' };" },
      { path: 'packages/schema/src/s.ts', text: "import schema from '../../../schemas/pathway.schema.json' with { type: 'json' };" },
    ];
    expect(checkDependencyDirection(files, manifests)).toEqual([]);
  });

  it('catches an import against the order, in every form', () => {
    const files: SourceText[] = [
      { path: 'packages/core/src/a.ts', text: "import { x } from '@pathway/widget';" },
      { path: 'packages/schema/src/b.ts', text: "export type { Evaluation } from '@pathway/core';" },
      { path: 'packages/core/src/c.ts', text: "const cli = await import('@pathway/cli/src/main.js');" },
    ];
    expect(checkDependencyDirection(files, manifests)).toEqual([
      'packages/core/src/a.ts imports @pathway/widget, against the order: @pathway/core may import only @pathway/schema',
      'packages/schema/src/b.ts imports @pathway/core, against the order: @pathway/schema may import no @pathway package',
      'packages/core/src/c.ts imports @pathway/cli, against the order: @pathway/core may import only @pathway/schema',
      '@pathway/core imports @pathway/widget but its package.json does not list it in dependencies',
      '@pathway/core imports @pathway/cli but its package.json does not list it in dependencies',
      '@pathway/schema imports @pathway/core but its package.json does not list it in dependencies',
    ]);
  });

  it('keeps siblings apart: cli and widget do not import each other', () => {
    const files = [{ path: 'packages/cli/src/x.ts', text: "import '@pathway/widget';" }];
    expect(checkDependencyDirection(files, manifests)[0]).toBe(
      'packages/cli/src/x.ts imports @pathway/widget, against the order: @pathway/cli may import only @pathway/schema, @pathway/core',
    );
  });

  it('catches a relative import into another package', () => {
    const files = [{ path: 'packages/widget/src/deep/y.ts', text: "import { lintPathway } from '../../../core/src/lint/index.js';" }];
    expect(checkDependencyDirection(files, manifests)).toEqual([
      'packages/widget/src/deep/y.ts imports "../../../core/src/lint/index.js" by relative path; import "@pathway/core" by name instead',
    ]);
  });

  it('catches an undeclared dependency and an unknown package', () => {
    const files = [
      { path: 'packages/core/src/z.ts', text: "import { x } from '@pathway/engine';" },
      { path: 'packages/cli/src/z.ts', text: "import { x } from '@pathway/schema';" },
    ];
    const lonely = { ...manifests, '@pathway/cli': { dependencies: {} } };
    expect(checkDependencyDirection(files, lonely)).toEqual([
      'packages/core/src/z.ts imports @pathway/engine, which is not a known package',
      '@pathway/core imports @pathway/engine but its package.json does not list it in dependencies',
      '@pathway/cli imports @pathway/schema but its package.json does not list it in dependencies',
    ]);
  });

  it("keeps Lit, Monaco, the widget and the DOM out of the editor's modeling, but not out of the rest of the editor", () => {
    const files = [
      { path: 'packages/editor/src/modeling/a.ts', text: "import { html } from 'lit';\nimport { x } from '@pathway/widget';\nwindow.alert('x');" },
      { path: 'packages/editor/src/forms/b.ts', text: "import { html } from 'lit';\nimport { x } from '@pathway/widget';\ndocument.title = 'x';" },
    ];
    const manifests = { '@pathway/editor': { dependencies: { '@pathway/widget': '0.1.0' } } };
    expect(checkDependencyDirection(files, manifests)).toEqual([
      'packages/editor/src/modeling/a.ts imports "lit": the editor\'s modeling must not depend on Lit, Monaco or the widget',
      'packages/editor/src/modeling/a.ts imports "@pathway/widget": the editor\'s modeling must not depend on Lit, Monaco or the widget',
      "packages/editor/src/modeling/a.ts uses the DOM global window.: the editor's modeling runs without a DOM",
    ]);
  });

  it('keeps Lit, Monaco and the DOM out of the engine, but not out of comments, strings or property names', () => {
    const files: SourceText[] = [
      { path: 'packages/core/src/ui.ts', text: "import { html } from 'lit';\nimport { createContext } from '@lit/context';\nimport * as monaco from 'monaco-editor';" },
      {
        path: 'packages/core/src/dom.ts',
        text: [
          'const here = window.location.href;',
          'document.title = "x";',
          'const saved = localStorage.getItem("k");',
          'class X extends HTMLElement {}',
          '// window.open() and document.body in a comment',
          'const text = "see document.pdf in the window.";',
          'const pathway = { document: 1 }; pathway.document.valueOf();',
          'const message = `the document.${here}`;',
        ].join('\n'),
      },
      { path: 'packages/core/src/dom.test.ts', text: 'document.body.innerHTML = "";' },
      { path: 'packages/widget/src/ok.ts', text: "import { html } from 'lit';\nwindow.addEventListener('x', () => {});" },
    ];
    expect(checkDependencyDirection(files, manifests)).toEqual([
      'packages/core/src/ui.ts imports "lit": the engine must not depend on Lit or Monaco',
      'packages/core/src/ui.ts imports "@lit/context": the engine must not depend on Lit or Monaco',
      'packages/core/src/ui.ts imports "monaco-editor": the engine must not depend on Lit or Monaco',
      'packages/core/src/dom.ts uses the DOM global window.: the engine runs without a DOM',
      'packages/core/src/dom.ts uses the DOM global document.: the engine runs without a DOM',
      'packages/core/src/dom.ts uses the DOM global localStorage: the engine runs without a DOM',
      'packages/core/src/dom.ts uses the DOM global HTMLElement: the engine runs without a DOM',
    ]);
  });
});

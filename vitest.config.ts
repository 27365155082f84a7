import { defineConfig } from 'vitest/config';
import { playwright } from '@vitest/browser-playwright';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './test/chromium.js';
import { chromiumNames, emulateMedia } from './test/browser-commands.js';

/**
 * Browser test files that need a page of their own: each asserts what happens on a first load
 * (Monaco not yet fetched, an element not yet defined, a part of the widget not yet loaded),
 * which a page shared with other files may already have done.
 */
const FRESH_PAGE_FILES = [
  'packages/editor/src/json-view/json-view.test.ts',
  'packages/editor/src/pathway-editor/json-tab.test.ts',
  'packages/editor/src/forms/lists.test.ts',
  'packages/widget/src/load/part-failed.test.ts',
];

function browserProject(name: string, options: { include: string[]; exclude?: string[]; isolate: boolean }) {
  return {
    test: {
      name,
      include: options.include,
      exclude: ['packages/editor/src/modeling/**', ...(options.exclude ?? [])],
      setupFiles: ['test/browser-setup.ts'],
      isolate: options.isolate,
      testTimeout: 60_000,
      browser: {
        enabled: true,
        headless: true,
        screenshotFailures: false,
        provider: playwright({
          launchOptions: { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS },
        }),
        instances: [{ browser: 'chromium' as const }],
        commands: { chromiumNames, emulateMedia },
      },
    },
  };
}

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'node',
          environment: 'node',
          include: ['packages/{schema,core,cli}/src/**/*.test.ts', 'packages/editor/src/modeling/**/*.test.ts', 'playground/src/**/*.test.ts', 'test/**/*.test.ts'],
          exclude: ['test/browser/**', 'test/e2e/playground*.test.ts'],
          testTimeout: 60_000,
          // One worker module graph for every file, as the browser project has: each file
          // importing the engine, the schema and the fixtures afresh cost more than its tests
          // (the core, schema, CLI and editor-model files: 142 s alone, 58 s shared). Files leave
          // no state behind them (spies restored, servers and browsers closed in afterAll).
          isolate: false,
        },
      },
      {
        // The playground's end-to-end tests share one dev server, started before them
        // (only when a run includes them) and closed after.
        test: {
          name: 'playground',
          environment: 'node',
          include: ['test/e2e/playground*.test.ts'],
          globalSetup: ['test/e2e/playground-global-setup.ts'],
          testTimeout: 60_000,
        },
      },
      // One page for every file (isolate: false): the widget, the editor and their dependencies
      // are loaded once, not once per file (282 s of imports summed over files fell to 146 s).
      // Each file cleans up what it mounts; the time limits are set again before each file.
      browserProject('browser', { include: ['packages/{widget,editor}/src/**/*.test.ts'], exclude: FRESH_PAGE_FILES, isolate: false }),
      browserProject('browser-fresh', { include: FRESH_PAGE_FILES, isolate: true }),
    ],
  },
});

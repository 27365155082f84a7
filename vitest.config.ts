import { defineConfig } from 'vitest/config';
import { playwright } from '@vitest/browser-playwright';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './test/chromium.js';
import { chromiumNames, emulateMedia } from './test/browser-commands.js';

function browserProject(name: string, include: string[]) {
  return {
    test: {
      name,
      include,
      exclude: ['packages/editor/src/modeling/**'],
      setupFiles: ['test/browser-setup.ts'],
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
      // Two browser projects, each with its own Vite server and so its own origin: the widget's
      // and the editor's files run side by side without sharing storage (drafts, the library).
      browserProject('browser', ['packages/widget/src/**/*.test.ts', 'test/browser/**/*.test.ts']),
      browserProject('browser-editor', ['packages/editor/src/**/*.test.ts']),
    ],
  },
});

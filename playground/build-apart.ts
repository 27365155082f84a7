/**
 * `vite build` of a config in a process of its own, where NODE_ENV is "production" as it is for
 * any build. In a dev server's or a test runner's process it is "development" or "test", and an
 * in-process build would resolve Lit's development build (which warns in the console and weighs
 * more). Used for the embed page's widget (vite.config.ts) and the tests' built playground.
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = fileURLToPath(new URL('..', import.meta.url));

export function viteBuildApart(configFile: string, outDir: string, cwd: string): Promise<void> {
  const vite = join(repo, 'node_modules', 'vite', 'bin', 'vite.js');
  return new Promise<void>((resolve, reject) => {
    const child = spawn(process.execPath, [vite, 'build', '--config', configFile, '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn'], {
      cwd,
      env: { ...process.env, NODE_ENV: 'production' },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let errors = '';
    child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`vite build exited with ${code}: ${errors.trim()}`))));
  });
}

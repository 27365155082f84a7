/**
 * Reads the seed pathways in `pathways/` for tests. Plain file reads (not JSON imports) so the
 * tests see exactly the bytes a council would publish, and a new seed is picked up without code.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Pathway } from '@pathway/schema';

export const pathwaysDir = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'pathways');

/** The seed file names, e.g. `wigan.json`, sorted. */
export function seedFiles(): string[] {
  return readdirSync(pathwaysDir)
    .filter((name) => name.endsWith('.json'))
    .sort();
}

/** Parses one seed as untyped JSON, for validators that must judge it themselves. */
export function readSeedJson(name: string): unknown {
  const file = name.endsWith('.json') ? name : `${name}.json`;
  return JSON.parse(readFileSync(join(pathwaysDir, file), 'utf8')) as unknown;
}

/** Parses one seed as a pathway, e.g. `loadSeed('wigan')`. Validity is proven in validate.test.ts. */
export function loadSeed(name: string): Pathway {
  return readSeedJson(name) as Pathway;
}

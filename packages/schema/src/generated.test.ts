import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  generatedDir,
  generateDocumentMap,
  generateEnumLabels,
  generateAppliesWhen,
  generateSchemaOutline,
  generateStructuralSchema,
  generateTypes,
  generateValidator,
} from '../scripts/generate-sources.js';

// The types and validators are committed; regenerate them in memory and insist they match,
// so a schema change without `npm run generate` fails here rather than in a council's browser.
describe('generated sources are fresh', () => {
  const committed = (name: string) => readFileSync(join(generatedDir, name), 'utf8');

  it('types match the schema', async () => {
    expect(committed('pathway.ts')).toBe(await generateTypes());
  });

  it('the full validator matches the schema', () => {
    expect(committed('validate-pathway.js')).toBe(generateValidator());
  });

  it('the structural schema (what the widget validator reads) matches the schema', () => {
    expect(committed('structural-schema.json')).toBe(generateStructuralSchema());
  });

  it('the schema outline (titles without descriptions) matches the schema', () => {
    expect(committed('schema-outline.json')).toBe(generateSchemaOutline());
  });

  it('the document map (what refers to what) matches the schema', () => {
    expect(committed('document-map.json')).toBe(generateDocumentMap());
  });

  it('the enum labels match the schema', () => {
    expect(committed('enum-labels.json')).toBe(generateEnumLabels());
  });

  it('where properties apply (x-applies-when) matches the schema', () => {
    expect(committed('applies-when.json')).toBe(generateAppliesWhen());
  });

  it('the validators compile nothing at run time', () => {
    const interpreter = readFileSync(new URL('./structure-validator.ts', import.meta.url), 'utf8');
    for (const code of [committed('validate-pathway.js'), interpreter]) {
      expect(code).not.toMatch(/new Function|\beval\(|\brequire\(/);
    }
  });
});

/** Regenerates the committed types and validator from the schema: `npm run generate`. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generatedDir, generateAppliesWhen, generateDocumentMap, generateEnumLabels, generateSchemaOutline, generateStructuralSchema, generateTypes, generateValidator } from './generate-sources.js';

mkdirSync(generatedDir, { recursive: true });
writeFileSync(join(generatedDir, 'pathway.ts'), await generateTypes());
writeFileSync(join(generatedDir, 'validate-pathway.js'), generateValidator());
writeFileSync(join(generatedDir, 'structural-schema.json'), generateStructuralSchema());
writeFileSync(join(generatedDir, 'schema-outline.json'), generateSchemaOutline());
writeFileSync(join(generatedDir, 'document-map.json'), generateDocumentMap());
writeFileSync(join(generatedDir, 'enum-labels.json'), generateEnumLabels());
writeFileSync(join(generatedDir, 'applies-when.json'), generateAppliesWhen());
console.log(`wrote pathway.ts, validate-pathway.js, structural-schema.json, schema-outline.json, document-map.json, enum-labels.json and applies-when.json in ${generatedDir}`);

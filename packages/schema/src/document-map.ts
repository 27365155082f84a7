/**
 * The document map, generated from the schema's annotations (`npm run generate`): which
 * properties of each definition hold other definitions, which name other things by id, and
 * which definitions are named things. See `generateDocumentMap` in scripts/generate-sources.ts.
 */
import map from './generated/document-map.json' with { type: 'json' };

/** How one property is walked: the definition of its value (or items), and what an id in it names. */
export interface DocumentMapProperty {
  def?: string;
  array?: true;
  refersTo?: string[];
  date?: true;
  /** It names a number: a number question (`x-number`). */
  number?: true;
}

export interface DocumentMapDefinition {
  entity?: string;
  properties: Record<string, DocumentMapProperty>;
}

export interface DocumentMap {
  root: string;
  definitions: Record<string, DocumentMapDefinition>;
}

export const documentMap = map as DocumentMap;

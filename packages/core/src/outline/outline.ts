/**
 * The outline of a pathway document: every named thing (stage, question, gate…) and every
 * reference from one thing to another, each with its JSON pointer, found in one walk.
 *
 * The walk is driven by the document map that `npm run generate` makes from the schema's
 * annotations (`x-entity`, `x-refers-to`, `x-date`), so the outline knows no property by name:
 * a property added to the schema is walked, its references checked by lint, renamed by the
 * editor and offered in its pickers, without code here. Lint, the engine's index, the widget and
 * the editor all read this one outline.
 *
 * The walk is iterative (an explicit stack), so a document nested thousands deep cannot
 * overflow the call stack, and it visits nodes in document order: object keys in the order the
 * file writes them, list items in order.
 */
import { documentMap } from '@pathway/schema';
import type { DocumentMapDefinition, Pathway } from '@pathway/schema';

/** The kinds of named thing, as the schema's `x-entity` annotations name them. */
export type EntityKind =
  | 'stage'
  | 'question'
  | 'evidence'
  | 'gate'
  | 'measure'
  | 'cohort'
  | 'role'
  | 'referral'
  | 'exception'
  | 'outcome'
  | 'route'
  | 'timeLimit'
  | 'contact'
  | 'requirement';

/** One object in the document, with the schema definition it follows ("Stage", "Condition", "Stage.entry"…). */
export interface OutlineNode {
  readonly definition: string;
  readonly pointer: string;
  readonly value: Record<string, unknown>;
  readonly parent: OutlineNode | undefined;
  /** The nearest named thing this node is, or sits inside (itself, for an entity). */
  readonly owner: OutlineEntity | undefined;
}

/** A named thing: something with an id of the pathway's one namespace. */
export interface OutlineEntity {
  readonly kind: EntityKind;
  readonly id: string;
  readonly pointer: string;
  /** The object itself, as written (cast it to its schema type: Stage, Question…). */
  readonly node: unknown;
  /** The named thing it sits inside (a question's stage or route, a route's stage…). */
  readonly owner: OutlineEntity | undefined;
}

/** One mention of an id. */
export interface OutlineReference {
  /** Where it is reported: the object holding a single id, or the list holding several. */
  readonly pointer: string;
  readonly id: string;
  /** The property that holds it ("to", "stages", "since"…). */
  readonly property: string;
  /** The kinds of thing it may name. */
  readonly kinds: readonly EntityKind[];
  /** It names a date: a date measure or a date question. */
  readonly date: boolean;
  /** The object holding it. */
  readonly from: OutlineNode;
}

export interface Outline {
  readonly entities: readonly OutlineEntity[];
  /** Entities by id; more than one where ids are duplicated. */
  readonly byId: ReadonlyMap<string, readonly OutlineEntity[]>;
  readonly references: readonly OutlineReference[];
  /** Every object the schema describes, in document order. */
  readonly nodes: readonly OutlineNode[];
  /** The nodes of one definition ("Condition", "Band", "ReferralField"…), in document order. */
  nodesOf(definition: string): readonly OutlineNode[];
  /** The entities with this id and kind. */
  entitiesOf(id: string, kind: EntityKind): readonly OutlineEntity[];
}

const definitions = documentMap.definitions;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A JSON pointer segment (RFC 6901). */
function segment(key: string): string {
  return key.includes('~') || key.includes('/') ? key.replace(/~/g, '~0').replace(/\//g, '~1') : key;
}

interface Pending {
  definition: string;
  pointer: string;
  value: Record<string, unknown>;
  parent: OutlineNode | undefined;
  owner: OutlineEntity | undefined;
}

/** Outlines a document. Anything not shaped as the schema says is skipped, never thrown on. */
export function outlinePathway(pathway: Pathway | unknown): Outline {
  const entities: OutlineEntity[] = [];
  const byId = new Map<string, OutlineEntity[]>();
  const references: OutlineReference[] = [];
  const nodes: OutlineNode[] = [];
  const byDefinition = new Map<string, OutlineNode[]>();

  const stack: Pending[] = [];
  if (isRecord(pathway)) stack.push({ definition: documentMap.root, pointer: '', value: pathway, parent: undefined, owner: undefined });

  while (stack.length > 0) {
    const { definition: name, pointer, value, parent, owner: enclosing } = stack.pop() as Pending;
    const definition: DocumentMapDefinition | undefined = definitions[name];
    if (definition === undefined) continue;

    let owner = enclosing;
    if (definition.entity !== undefined && typeof value.id === 'string') {
      const entity: OutlineEntity = { kind: definition.entity as EntityKind, id: value.id, pointer, node: value, owner: enclosing };
      entities.push(entity);
      const same = byId.get(value.id);
      if (same) same.push(entity);
      else byId.set(value.id, [entity]);
      owner = entity;
    }
    const node: OutlineNode = { definition: name, pointer, value, parent, owner };
    nodes.push(node);
    const sameDefinition = byDefinition.get(name);
    if (sameDefinition) sameDefinition.push(node);
    else byDefinition.set(name, [node]);

    // Children are pushed in reverse so that they are visited in document order.
    const children: Pending[] = [];
    for (const key of Object.keys(value)) {
      const property = definition.properties[key];
      if (property === undefined) continue;
      const child = value[key];
      const at = `${pointer}/${segment(key)}`;
      if (property.refersTo !== undefined) {
        const kinds = property.refersTo as EntityKind[];
        const date = property.date === true;
        if (property.array === true && Array.isArray(child)) {
          for (const id of child) if (typeof id === 'string') references.push({ pointer: at, id, property: key, kinds, date, from: node });
        } else if (typeof child === 'string') {
          references.push({ pointer, id: child, property: key, kinds, date, from: node });
        }
      }
      if (property.def === undefined) continue;
      if (property.array === true) {
        if (!Array.isArray(child)) continue;
        child.forEach((item, i) => {
          if (isRecord(item)) children.push({ definition: property.def as string, pointer: `${at}/${i}`, value: item, parent: node, owner });
        });
      } else if (isRecord(child)) {
        children.push({ definition: property.def, pointer: at, value: child, parent: node, owner });
      }
    }
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]);
  }

  return {
    entities,
    byId,
    references,
    nodes,
    nodesOf: (definition) => byDefinition.get(definition) ?? [],
    entitiesOf: (id, kind) => (byId.get(id) ?? []).filter((entity) => entity.kind === kind),
  };
}

/** The nearest enclosing entity of a kind (a question's stage, an outcome's route…). */
export function ownerOfKind(entity: OutlineEntity | undefined, kind: EntityKind): OutlineEntity | undefined {
  let current = entity;
  while (current !== undefined && current.kind !== kind) current = current.owner;
  return current;
}

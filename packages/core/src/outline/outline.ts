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
import { childPointer, documentMap } from '@pathway/schema';
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
  /** It names a number: a number question (`x-number`). */
  readonly number: boolean;
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


/** Outlines a document. Anything not shaped as the schema says is skipped, never thrown on. */
export function outlinePathway(pathway: Pathway | unknown): Outline {
  const entities: OutlineEntity[] = [];
  const byId = new Map<string, OutlineEntity[]>();
  const references: OutlineReference[] = [];
  const nodes: OutlineNode[] = [];
  const byDefinition = new Map<string, OutlineNode[]>();

  // Nodes are made when their parent is visited (an entity with its node), wait on the stack,
  // and join the outline when visited: a large pathway has tens of thousands, so no other
  // bookkeeping object (nor array, nor closure) is made per node.
  const stack: OutlineNode[] = [];
  /** The visited node's children, in document order, before they go onto the stack reversed. */
  const children: OutlineNode[] = [];
  const found = (name: string, pointer: string, value: Record<string, unknown>, parent: OutlineNode | undefined, enclosing: OutlineEntity | undefined) => {
    const definition: DocumentMapDefinition | undefined = definitions[name];
    if (definition === undefined) return;
    const owner: OutlineEntity | undefined =
      definition.entity !== undefined && typeof value.id === 'string'
        ? { kind: definition.entity as EntityKind, id: value.id, pointer, node: value, owner: enclosing }
        : enclosing;
    children.push({ definition: name, pointer, value, parent, owner });
  };
  if (isRecord(pathway)) found(documentMap.root, '', pathway, undefined, undefined);

  while (children.length > 0 || stack.length > 0) {
    // Children are pushed in reverse so that they are visited in document order.
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]);
    children.length = 0;
    const node = stack.pop() as OutlineNode;
    const { pointer, value, owner } = node;
    // An entity is its own node's owner.
    if (owner !== undefined && owner.node === value) {
      entities.push(owner);
      const same = byId.get(owner.id);
      if (same) same.push(owner);
      else byId.set(owner.id, [owner]);
    }
    nodes.push(node);
    const sameDefinition = byDefinition.get(node.definition);
    if (sameDefinition) sameDefinition.push(node);
    else byDefinition.set(node.definition, [node]);

    const properties = (definitions[node.definition] as DocumentMapDefinition).properties;
    // for…in, not Object.keys: the same keys in the same order for parsed JSON, without an
    // array per object. Most properties (ids, text) hold neither references nor objects, so
    // a child's pointer is made only where one is found.
    for (const key in value) {
      const property = properties[key];
      if (property === undefined || !Object.hasOwn(value, key)) continue;
      const { refersTo, def } = property;
      if (refersTo === undefined && def === undefined) continue;
      const child = value[key];
      const at = childPointer(pointer, key);
      if (refersTo !== undefined) {
        const kinds = refersTo as EntityKind[];
        const date = property.date === true;
        const number = property.number === true;
        if (property.array === true && Array.isArray(child)) {
          for (const id of child) if (typeof id === 'string') references.push({ pointer: at, id, property: key, kinds, date, number, from: node });
        } else if (typeof child === 'string') {
          references.push({ pointer, id: child, property: key, kinds, date, number, from: node });
        }
      }
      if (def === undefined) continue;
      if (property.array === true) {
        if (!Array.isArray(child)) continue;
        for (let i = 0; i < child.length; i++) {
          const item: unknown = child[i];
          if (isRecord(item)) found(def, `${at}/${i}`, item, node, owner);
        }
      } else if (isRecord(child)) {
        found(def, at, child, node, owner);
      }
    }
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

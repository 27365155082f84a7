/**
 * Constant-time lookups the rules make for every reference. The outline's `entitiesOf` filters
 * every entity that shares an id, so a file with thousands of copies of one id and thousands
 * of references to it would cost their product. These tables are built once per map, in one
 * pass over its entities, and shared by every rule.
 */
import type { Measure } from '@pathway/schema';
import type { Entity, EntityKind, PathwayMap } from './pathway-map.js';
import { quote } from '../text.js';

interface Lookup {
  /** Entities by kind, then id, in document order. */
  byKind: Map<EntityKind, Map<string, Entity[]>>;
  /** Each entity's place in document order. */
  order: Map<Entity, number>;
  /** Ids of measures of which at least one is an attendance or absence percentage. */
  percentageMeasures: Set<string>;
}

const percentageKinds = new Set<string>(['attendancePercentage', 'absencePercentage']);
const lookups = new WeakMap<PathwayMap, Lookup>();
const none: readonly Entity[] = [];

function lookup(map: PathwayMap): Lookup {
  const found = lookups.get(map);
  if (found) return found;
  const built: Lookup = { byKind: new Map(), order: new Map(), percentageMeasures: new Set() };
  map.entities.forEach((entity, index) => {
    built.order.set(entity, index);
    let ids = built.byKind.get(entity.kind);
    if (!ids) built.byKind.set(entity.kind, (ids = new Map()));
    const same = ids.get(entity.id);
    if (same) same.push(entity);
    else ids.set(entity.id, [entity]);
    if (entity.kind === 'measure') {
      const kind = (entity.node as Measure | undefined)?.kind as string | undefined;
      if (kind !== undefined && percentageKinds.has(kind)) built.percentageMeasures.add(entity.id);
    }
  });
  lookups.set(map, built);
  return built;
}

/** The entities with this id and kind, in document order (what `outline.entitiesOf` returns). */
export function entitiesOfKind(map: PathwayMap, id: string, kind: EntityKind): readonly Entity[] {
  return lookup(map).byKind.get(kind)?.get(id) ?? none;
}

/** The first entity, in document order, with this id and one of these kinds. */
export function firstOfKinds(map: PathwayMap, id: string, kinds: readonly EntityKind[]): Entity | undefined {
  const { byKind, order } = lookup(map);
  let first: Entity | undefined;
  for (const kind of kinds) {
    const candidate = byKind.get(kind)?.get(id)?.[0];
    if (candidate && (!first || (order.get(candidate) ?? 0) < (order.get(first) ?? 0))) first = candidate;
  }
  return first;
}

/** True when a measure with this id is an attendance or absence percentage. */
export function isPercentageMeasure(map: PathwayMap, id: unknown): boolean {
  return typeof id === 'string' && lookup(map).percentageMeasures.has(id);
}

/** The distinct ids of one kind, in document order of their first use. */
export function idsOfKind(map: PathwayMap, kind: EntityKind): Iterable<string> {
  return lookup(map).byKind.get(kind)?.keys() ?? [];
}

/** An entity's own name as the author wrote it (title, question text, label or name), quoted and cut short; undefined when it has none. */
export function ownName(entity: Entity | undefined): string | undefined {
  const node = entity?.node as Record<string, unknown> | undefined;
  for (const field of ['title', 'text', 'label', 'name']) {
    const value = node?.[field];
    if (typeof value === 'string' && value.trim() !== '') return quote(value.replace(/\s+/g, ' ').trim());
  }
  return undefined;
}

/** What messages call the thing with this id, of one of these kinds: its own name, or its id (quoted) when it has none or names nothing. */
export function nameOf(map: PathwayMap, id: string, kinds: readonly EntityKind[]): string {
  return ownName(firstOfKinds(map, id, kinds)) ?? `"${id}"`;
}

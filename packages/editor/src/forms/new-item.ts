/**
 * New values for the forms to insert, made from the metadata: a new item of a list (a stage, a
 * band, a referral…), a new rule of a chosen kind, a new question of a chosen type (from core's
 * question-type registry), and a duplicate with fresh ids. Each is as complete as the schema
 * requires, with readable unique ids (`uniqueId`), so that what is left to fill in shows as a
 * problem on its field rather than as a broken document. No DOM.
 */
import { fitsReference, outlinePathway, questionType } from '@pathway/core';
import { uniqueId } from '../modeling/index.js';
import { markIdsMadeUp } from '../naming.js';
import { formMetadata, resolveVariant } from '../metadata/index.js';
import type { DefinitionMeta, FieldMeta, FormMetadata } from '../metadata/index.js';

type Json = Record<string, unknown>;

function isRecord(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const textKinds = new Set(['text', 'longText', 'url']);
/** Kinds of field a new item never fills in for an "at least one of": only the author knows them. */
const authorsChoice = new Set(['reference', 'referenceList', 'duration', 'number']);

/** The first id of a thing of one of these kinds, for a required reference (empty when there is none). */
function firstIdOf(document: unknown, field: FieldMeta): string {
  const kinds = field.refersTo ?? [];
  const found = outlinePathway(document).entities.find((entity) => kinds.includes(entity.kind) && fitsReference(entity, field));
  return found?.id ?? '';
}

export { authorChoseId, idFollowingTitle } from '../naming.js';

/** True when a variant of a rule needs another rule inside it (all, any, not). */
function nestsRules(definition: DefinitionMeta): boolean {
  return definition.fields.some((field) => field.required && (field.kind === 'condition' || field.kind === 'conditionList'));
}

export class ItemFactory {
  /** Ids handed out by this factory, so several new items in one edit differ. */
  private readonly taken = new Set<string>();

  /** The definitions of the kinds of rule (the variants of a union). */
  private get ruleVariants(): Set<string> {
    return new Set(Object.values(this.metadata.definitions).flatMap((d) => (d.variants ?? []).map((v) => v.definition)));
  }

  /**
   * `scope`: the document model the new items go into; ids made up here then follow their
   * item's title there (see idFollowingTitle).
   */
  constructor(
    private readonly document: unknown,
    private readonly metadata: FormMetadata = formMetadata,
    private readonly scope?: object,
  ) {}

  id(base: string): string {
    const id = uniqueId(this.document, base, this.taken);
    this.taken.add(id);
    if (this.scope !== undefined) markIdsMadeUp(this.scope, [id]);
    return id;
  }

  /** A new value of a definition (a union gets its first simple variant). */
  create(definitionName: string): unknown {
    const definition = this.metadata.definitions[definitionName];
    if (definition === undefined) return {};
    if (definition.variants !== undefined) {
      // The first kind of rule that needs no rule inside it and whose pickers have something to pick.
      const simple = definition.variants.filter((v) => !nestsRules(this.metadata.definitions[v.definition]));
      const ready = simple.find((v) =>
        this.metadata.definitions[v.definition].fields.every((field) => !field.required || field.kind !== 'reference' || firstIdOf(this.document, field) !== ''),
      );
      return this.create((ready ?? simple[0] ?? definition.variants[0]).definition);
    }
    const value: Json = {};
    // The item's name says what it is ("New stage"); a part of an item (a referral's target) starts empty, for the author to fill.
    let named = definitionName.includes('.');
    for (const field of definition.fields) {
      if (!field.required) continue;
      // Text with a pattern is an id-like value (an option's value): a readable one that fits, and
      // the name goes to the text a person reads (the option's label).
      if (textKinds.has(field.kind) && field.pattern !== undefined && field.kind === 'text') {
        value[field.key] = this.id(definition.title.toLowerCase());
        continue;
      }
      if (textKinds.has(field.kind) && !named) {
        value[field.key] = `New ${definition.title.toLowerCase()}`;
        named = true;
        continue;
      }
      value[field.key] = this.valueFor(field, definition);
    }
    // "At least one of": fill the first group, except where only the author can say what it is: a thing
    // to refer to, a length of time or a figure (an extension's length, a duration's amount), where a
    // made-up 0 reads as "immediately". The hint and the problem on the field say one is needed. A
    // band's bound is started, for the band line to draw.
    for (const key of definition.requiresOneOf?.[0] ?? []) {
      const field = definition.fields.find((f) => f.key === key);
      if (field === undefined || authorsChoice.has(field.kind)) continue;
      if (value[key] === undefined) value[key] = this.valueFor(field, definition);
    }
    // Keep the schema's order of properties, as a person would write them.
    return Object.fromEntries(definition.fields.filter((f) => Object.hasOwn(value, f.key)).map((f) => [f.key, value[f.key]]));
  }

  /** A new question of a type, from core's registry. */
  question(type: string, text = 'New question'): unknown {
    const info = questionType(type);
    if (info === undefined) throw new Error(`There is no question type "${type}".`);
    const question = info.create(this.id('question'), text) as { options?: { value?: unknown }[] };
    // The registry's starting options ("option-1") are made up too: their values follow their labels.
    const values = (question.options ?? []).map((option) => option.value).filter((value): value is string => typeof value === 'string');
    if (this.scope !== undefined) markIdsMadeUp(this.scope, values);
    return question;
  }

  private valueFor(field: FieldMeta, owner: DefinitionMeta): unknown {
    switch (field.kind) {
      case 'id':
        return this.id(owner.entity ?? owner.title);
      case 'enum':
        return field.default ?? field.options?.[0]?.value;
      case 'boolean':
        return field.default ?? (field.key === 'inclusive' ? true : false);
      case 'number':
        return field.default ?? field.minimum ?? 0;
      case 'reference':
        // A rule names only what the author chose: a picker left empty shows as "choose a question",
        // where a first question picked for them would make the rule silently about something else.
        return this.ruleVariants.has(owner.name) ? '' : firstIdOf(this.document, field);
      case 'object':
      case 'duration':
      case 'bound':
      case 'condition':
        return this.create(field.definition ?? '');
      case 'objectList':
        return (field.minItems ?? 0) > 0 ? [this.create(field.definition ?? '')] : [];
      default:
        return field.kind.endsWith('List') ? [] : '';
    }
  }

  /**
   * A copy of an item with a fresh id for every named thing in it (and every band or duty that
   * has a short name), and its references to those things (a rule naming the copied question)
   * following them.
   */
  duplicate(value: unknown, definitionName: string): unknown {
    const copy = structuredClone(value);
    const renames = new Map<string, string>();
    const outline = outlinePathway(this.document);
    walk(copy, definitionName, this.metadata, (node, definition) => {
      if (typeof node.id !== 'string') return;
      // Something with a short name that is not a named thing (a band, a duty) has one shared only
      // with its own kind: the copy's must differ from theirs, as a named thing's from every other.
      const ownKind = definition.entity === undefined && definition.fields.some((field) => field.key === 'id' && field.kind === 'id');
      if (ownKind) for (const other of outline.nodesOf(definition.name)) if (typeof other.value.id === 'string') this.taken.add(other.value.id);
      if (definition.entity !== undefined || ownKind) {
        const fresh = this.id(node.id);
        renames.set(node.id, fresh);
        node.id = fresh;
      }
    });
    walk(copy, definitionName, this.metadata, (node, definition) => {
      for (const field of definition.fields) {
        const current = node[field.key];
        if (field.kind === 'reference' && typeof current === 'string' && renames.has(current)) node[field.key] = renames.get(current);
        if (field.kind === 'referenceList' && Array.isArray(current)) {
          node[field.key] = current.map((id) => (typeof id === 'string' && renames.has(id) ? renames.get(id) : id));
        }
      }
    });
    return copy;
  }
}

/** Visits every object in a value that the metadata describes, with its definition (variants resolved). */
export function walk(value: unknown, definitionName: string, metadata: FormMetadata, visit: (node: Json, definition: DefinitionMeta) => void): void {
  const stack: [unknown, string][] = [[value, definitionName]];
  while (stack.length > 0) {
    const [node, name] = stack.pop()!;
    const base = metadata.definitions[name];
    if (!isRecord(node) || base === undefined) continue;
    const definition = resolveVariant(base, node, metadata);
    visit(node, definition);
    for (const field of definition.fields) {
      if (field.definition === undefined) continue;
      const child = node[field.key];
      if (Array.isArray(child)) for (const item of child) stack.push([item, field.definition]);
      else stack.push([child, field.definition]);
    }
  }
}

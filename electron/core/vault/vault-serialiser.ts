import type { z } from 'zod';
import { remindersSchema, vaultDataSchema } from './vault-schema';
import type { VaultData } from './vault-schema';

/**
 * Turns the vault into the text of vault.json, validating everything it writes,
 * without redoing work for what did not change.
 *
 * The vault changes by structural sharing (vault.ts, immer): an unchanged record or
 * section keeps its object, and those objects are frozen. So the validated, serialised
 * JSON of each record (each organisation, each token) and of each other section is
 * cached by object identity; a save validates and serialises only what it touched, and
 * the file is joined from the cached pieces. The text is exactly
 * `JSON.stringify(file, undefined, '\t')` (the format conf wrote), which a test pins.
 */

type Section = keyof VaultData;
type Shape = typeof vaultDataSchema.shape;

/** The record lists: validated and cached per element, not as a whole. */
const RECORD_LISTS = {
  organisations: vaultDataSchema.shape.organisations.element,
  tokens: vaultDataSchema.shape.tokens.element,
} as const;
type RecordList = keyof typeof RECORD_LISTS;

const SECTIONS = Object.keys(vaultDataSchema.shape) as Section[];

/**
 * Sections written property by property, each object-valued property validated and cached on its own: the
 * reminders' `announced` map holds thousands of keys at 3 000 tokens and stays the same object through most
 * changes, which only move `lastCheckedAt`. Only strict object schemas whose properties do not transform.
 */
const SPLIT_SECTIONS: Partial<Record<Section, z.ZodObject>> = { reminders: remindersSchema };

function isRecordList(section: Section): section is RecordList {
  return Object.hasOwn(RECORD_LISTS, section);
}

/** JSON.stringify with tabs, its lines moved `depth` levels in: a piece of a larger tab-indented document. */
function indented(value: unknown, depth: number): string {
  const text = JSON.stringify(value, undefined, '\t');
  return text.replace(/\n/g, `\n${'\t'.repeat(depth)}`);
}

const utf8 = (text: string): Buffer => Buffer.from(text, 'utf8');

/** `{ "name": value, … }` at `depth` from pieces, as JSON.stringify with tabs writes an object there. */
function objectOf(members: readonly [string, Buffer[]][], depth: number): Buffer[] {
  if (members.length === 0) return [utf8('{}')];
  const inner = '\t'.repeat(depth + 1);
  const parts: Buffer[] = [];
  members.forEach(([name, value], index) => parts.push(utf8(`${index === 0 ? '{' : ','}\n${inner}${JSON.stringify(name)}: `), ...value));
  parts.push(utf8(`\n${'\t'.repeat(depth)}}`));
  return parts;
}
const RECORDS_OPEN = utf8('[\n\t\t');
const RECORDS_BETWEEN = utf8(',\n\t\t');
const RECORDS_CLOSE = utf8('\n\t]');
/** Records serialised per turn of the event loop by warmUp: a few ms each. */
const WARM_UP_SLICE = 200;

export class VaultSerialiser {
  /**
   * Object → its validated JSON as UTF-8 bytes, at its depth in the file. Bytes, not text: the file is
   * then one copy of cached pieces, without building and encoding a string of megabytes per save (at
   * 3 000 tokens that was most of a save, issue #12). Weak: a record gone from the vault is forgotten with it.
   */
  private readonly pieces = new WeakMap<object, Buffer>();

  /**
   * Objects known valid without their text yet: the records of the file just opened (the schema parse
   * there checked them), so the first save after a start serialises them but does not check them again.
   */
  private readonly validated = new WeakSet<object>();

  /** `data` was parsed from the file by vaultDataSchema: its records need no second check. */
  trust(data: VaultData): void {
    for (const list of Object.keys(RECORD_LISTS) as RecordList[]) for (const record of data[list]) this.validated.add(record);
  }

  /**
   * Fills the cache for the records of the file just opened, a slice per turn of the event loop, so that the
   * first save after a start writes cached pieces like any other (at 3 000 tokens, serialising them all is
   * ~40 ms) without holding up the requests of the start itself. Records replaced meanwhile are skipped.
   */
  warmUp(data: VaultData): void {
    const pending: { record: object; list: RecordList }[] = [];
    for (const list of Object.keys(RECORD_LISTS) as RecordList[]) for (const record of data[list]) pending.push({ record, list });
    let next = 0;
    const slice = () => {
      const end = Math.min(pending.length, next + WARM_UP_SLICE);
      for (; next < end; next += 1) {
        const { record, list } = pending[next] as { record: object; list: RecordList };
        if (this.validated.has(record)) this.cached(record, () => this.checked(RECORD_LISTS[list], record), 2);
      }
      if (next < pending.length) setImmediate(slice);
    };
    if (pending.length > 0) setImmediate(slice);
  }

  /**
   * The file's bytes (UTF-8, in pieces to be written one after the other) for `data` with conf's bookkeeping
   * (`internal`) at the end. Throws (a ZodError) when any part is not what the schema allows: a bug in the
   * vault never reaches the disk.
   */
  serialise(data: VaultData, internal: Record<string, unknown>): Buffer[] {
    const unknown = Object.keys(data).filter((key) => !Object.hasOwn(vaultDataSchema.shape, key));
    if (unknown.length > 0) throw new Error(`The vault has sections the schema does not know: ${unknown.join(', ')}`);
    const members: [string, Buffer[]][] = [];
    for (const section of SECTIONS) {
      const value = isRecordList(section) ? this.recordList(section, data[section]) : this.section(section, data[section]);
      if (value !== undefined) members.push([section, value]);
    }
    members.push(['__internal__', [utf8(indented(internal, 1))]]);
    return objectOf(members, 0);
  }

  private recordList(list: RecordList, records: readonly object[]): Buffer[] {
    if (!Array.isArray(records)) return [utf8(this.fresh(vaultDataSchema.shape[list], records, 1))];
    if (records.length === 0) return [utf8('[]')];
    const schema = RECORD_LISTS[list];
    const parts: Buffer[] = [RECORDS_OPEN];
    records.forEach((record, index) => {
      if (index > 0) parts.push(RECORDS_BETWEEN);
      parts.push(this.cached(record, () => this.checked(schema, record), 2));
    });
    parts.push(RECORDS_CLOSE);
    return parts;
  }

  /** A section other than the record lists; undefined when it is absent (an optional one). */
  private section(section: Exclude<Section, RecordList>, value: unknown): Buffer[] | undefined {
    const split = SPLIT_SECTIONS[section];
    if (split && value !== null && typeof value === 'object' && !Array.isArray(value)) return this.byProperty(split, value as Record<string, unknown>, 1);
    const schema: Shape[typeof section] = vaultDataSchema.shape[section];
    if (value !== null && typeof value === 'object') return [this.cached(value, () => schema.parse(value), 1)];
    const parsed: unknown = schema.parse(value);
    return parsed === undefined ? undefined : [utf8(indented(parsed, 1))];
  }

  /** `{ … }` at `depth`, as JSON.stringify with tabs writes it, from the properties in the schema's order. */
  private byProperty(schema: z.ZodObject, value: Record<string, unknown>, depth: number): Buffer[] {
    const shape = schema.shape as Record<string, z.ZodType>;
    const unknown = Object.keys(value).filter((key) => !Object.hasOwn(shape, key));
    // As the strict schema itself would: a stray property is a bug, never written.
    if (unknown.length > 0) schema.parse(value);
    const members: [string, Buffer[]][] = [];
    for (const [key, propertySchema] of Object.entries(shape)) {
      const property = value[key];
      if (property !== null && typeof property === 'object') members.push([key, [this.cached(property, () => propertySchema.parse(property), depth + 1)]]);
      else {
        const parsed: unknown = propertySchema.parse(property);
        if (parsed !== undefined) members.push([key, [utf8(indented(parsed, depth + 1))]]);
      }
    }
    return objectOf(members, depth);
  }

  private checked(schema: z.ZodType, record: object): unknown {
    return this.validated.has(record) ? record : schema.parse(record);
  }

  private fresh(schema: z.ZodType, value: unknown, depth: number): string {
    return indented(schema.parse(value), depth);
  }

  private cached(value: object, parse: () => unknown, depth: number): Buffer {
    const known = this.pieces.get(value);
    if (known !== undefined) return known;
    const bytes = utf8(indented(parse(), depth));
    // Only a frozen object is sure to hold what was checked: anything else is checked at every save.
    if (Object.isFrozen(value)) this.pieces.set(value, bytes);
    return bytes;
  }
}

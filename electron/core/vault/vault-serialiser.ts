import type { z } from 'zod';
import { vaultDataSchema } from './vault-schema';
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

function isRecordList(section: Section): section is RecordList {
  return Object.hasOwn(RECORD_LISTS, section);
}

/** JSON.stringify with tabs, its lines moved `depth` levels in: a piece of a larger tab-indented document. */
function indented(value: unknown, depth: number): string {
  const text = JSON.stringify(value, undefined, '\t');
  return text.replace(/\n/g, `\n${'\t'.repeat(depth)}`);
}

export class VaultSerialiser {
  /** Object → its validated JSON, at its depth in the file. Weak: a record gone from the vault is forgotten with it. */
  private readonly pieces = new WeakMap<object, string>();

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
   * The file's text for `data` with conf's bookkeeping (`internal`) at the end. Throws (a ZodError)
   * when any part is not what the schema allows: a bug in the vault never reaches the disk.
   */
  serialise(data: VaultData, internal: Record<string, unknown>): string {
    const unknown = Object.keys(data).filter((key) => !Object.hasOwn(vaultDataSchema.shape, key));
    if (unknown.length > 0) throw new Error(`The vault has sections the schema does not know: ${unknown.join(', ')}`);
    const members: string[] = [];
    for (const section of SECTIONS) {
      const text = isRecordList(section) ? this.recordList(section, data[section]) : this.section(section, data[section]);
      if (text !== undefined) members.push(`\t${JSON.stringify(section)}: ${text}`);
    }
    members.push(`\t"__internal__": ${indented(internal, 1)}`);
    return `{\n${members.join(',\n')}\n}`;
  }

  private recordList(list: RecordList, records: readonly object[]): string {
    if (!Array.isArray(records)) return this.fresh(vaultDataSchema.shape[list], records, 1);
    if (records.length === 0) return '[]';
    const schema = RECORD_LISTS[list];
    const texts = records.map((record) => this.cached(record, () => this.checked(schema, record), 2));
    return `[\n\t\t${texts.join(',\n\t\t')}\n\t]`;
  }

  /** A section other than the record lists; undefined when it is absent (an optional one). */
  private section(section: Exclude<Section, RecordList>, value: unknown): string | undefined {
    const schema: Shape[typeof section] = vaultDataSchema.shape[section];
    if (value !== null && typeof value === 'object') return this.cached(value, () => schema.parse(value), 1);
    const parsed: unknown = schema.parse(value);
    return parsed === undefined ? undefined : indented(parsed, 1);
  }

  private checked(schema: z.ZodType, record: object): unknown {
    return this.validated.has(record) ? record : schema.parse(record);
  }

  private fresh(schema: z.ZodType, value: unknown, depth: number): string {
    return indented(schema.parse(value), depth);
  }

  private cached(value: object, parse: () => unknown, depth: number): string {
    const known = this.pieces.get(value);
    if (known !== undefined) return known;
    const text = indented(parse(), depth);
    // Only a frozen object is sure to hold what was checked: anything else is checked at every save.
    if (Object.isFrozen(value)) this.pieces.set(value, text);
    return text;
  }
}

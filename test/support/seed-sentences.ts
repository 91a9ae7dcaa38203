import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));

/** The official instructions sit in shared/seeds beside the repository (as in CI's fresh clone). */
export const SEEDS = path.resolve(repoRoot, '../shared/seeds');

/** Case, ё, dashes, quotes and whitespace do not make a copied sentence original. */
export function normalise(value: string): string {
  return value
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(/[‐-―−]/g, '-')
    .replace(/[«»“”„"]/g, '"')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * The seeds' sentences longer than 60 characters, cut at . ! ? : ; — from the whole
 * text (for sentences broken over many lines), from its paragraphs and from its lines.
 */
export function seedSentences(raw: string): string[] {
  const pieces = [raw, ...raw.split(/\n\s*\n/), ...raw.split('\n')];
  const sentences = new Set<string>();
  for (const piece of pieces) {
    for (const sentence of normalise(piece).split(/(?<=[.!?:;])\s+/)) {
      if (sentence.length > 60) sentences.add(sentence);
    }
  }
  return [...sentences];
}

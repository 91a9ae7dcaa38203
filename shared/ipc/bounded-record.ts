import { z } from 'zod';

/**
 * A string map with at most `maxKeys` entries. z.record alone takes any number of
 * keys, so a hostile page could grow a draft or a token's settings without end.
 */
export function boundedRecord<V extends z.ZodType>(key: z.ZodType<string, string>, value: V, maxKeys: number) {
  return z.record(key, value).refine((record) => Object.keys(record).length <= maxKeys, {
    message: `at most ${maxKeys} entries`,
    params: { tooManyEntries: maxKeys },
  });
}

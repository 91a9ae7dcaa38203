/** Case, ё/е, quotes and repeated spaces do not matter when a person searches a list. */
export function searchKey(text: string): string {
  return text
    .toLocaleLowerCase('ru')
    .replace(/ё/g, 'е')
    .replace(/[«»"“”„]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Whether any of the values contains what was typed (an empty query matches everything). */
export function matchesSearch(query: string, values: readonly string[]): boolean {
  const needle = searchKey(query);
  return needle === '' || values.some((value) => searchKey(value).includes(needle));
}

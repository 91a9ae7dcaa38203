import type { LocalText } from '../../../shared/kinds/types';
import type { Language } from '../../../shared/model/types';

/** Picks the text of a catalog entry in the UI language. */
export function local(text: LocalText, language: Language): string {
  return text[language] || text.ru;
}

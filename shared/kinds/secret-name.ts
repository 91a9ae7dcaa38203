import type { Language, TokenKindId } from '../model/types';
import { KIND_BASICS } from './kind-basics';

/** What the secret of a kind is called: «Токен», «Идентификатор» (ЕИС), «Ключ» (СМДО). */
export function secretName(id: TokenKindId, language: Language): string {
  const label = KIND_BASICS[id]?.secretLabel;
  if (label) return label[language] || label.ru;
  return language === 'ru' ? 'Токен' : 'Token';
}

/** The same, for the middle of a sentence: «токен», «идентификатор», «ключ». */
export function secretNameLower(id: TokenKindId, language: Language): string {
  return secretName(id, language).toLocaleLowerCase(language === 'ru' ? 'ru' : 'en');
}

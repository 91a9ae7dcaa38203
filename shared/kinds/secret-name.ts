import type { Language, TokenKindId } from '../model/types';
import { getKind } from './catalog';

/** What the secret of a kind is called: «Токен», «Идентификатор» (ЕИС), «Ключ» (СМДО). */
export function secretName(id: TokenKindId, language: Language): string {
  const field = getKind(id)?.fields.find((candidate) => candidate.id === 'secret' || candidate.id === 'key');
  if (field) return field.label[language] || field.label.ru;
  return language === 'ru' ? 'Токен' : 'Token';
}

/** The same, for the middle of a sentence: «токен», «идентификатор», «ключ». */
export function secretNameLower(id: TokenKindId, language: Language): string {
  return secretName(id, language).toLocaleLowerCase(language === 'ru' ? 'ru' : 'en');
}

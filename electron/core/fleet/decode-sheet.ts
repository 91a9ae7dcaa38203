import type { Language } from '../../../shared/model/types';
import { message } from '../../../shared/texts/messages';
import { AppFailure } from '../errors';

export interface DecodedSheet {
  text: string;
  encoding: 'utf-8' | 'windows-1251';
}

const UTF8_BOM = [0xef, 0xbb, 0xbf];

/**
 * The text of a CSV file as Excel writes it: UTF-8 (with or without a BOM, «CSV UTF-8»)
 * or Windows-1251 (the Russian «CSV (разделители — точки с запятой)»). A file that is
 * not valid UTF-8 is read as Windows-1251, where every byte is some character; a NUL
 * byte or a UTF-16 BOM says it is not a text table at all (an .xlsx, a picture).
 */
export function decodeSheet(bytes: Buffer, language: Language): DecodedSheet {
  if (bytes.includes(0) || (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    throw new AppFailure('invalid_file', message('sheet_binary', language));
  }
  const hasBom = UTF8_BOM.every((byte, index) => bytes[index] === byte);
  const body = hasBom ? bytes.subarray(UTF8_BOM.length) : bytes;
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(body), encoding: 'utf-8' };
  } catch {
    if (hasBom) throw new AppFailure('invalid_file', message('sheet_binary', language));
    return { text: new TextDecoder('windows-1251').decode(body), encoding: 'windows-1251' };
  }
}

import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { crpt } from '../../../shared/kinds/crpt';
import { oais } from '../../../shared/kinds/oais';
import { smdo } from '../../../shared/kinds/smdo';
import { tpsclient } from '../../../shared/kinds/tpsclient';
import type { KindSpec } from '../../../shared/kinds/types';
import { renewalHint } from '../../../shared/reminders/texts';
import { message } from '../../../shared/texts/messages';
import { SEEDS_MESSAGES } from '../../../shared/texts/messages/seeds';
import { uiEn } from '../../../shared/texts/ui-en';
import { uiRu } from '../../../shared/texts/ui-ru';
import { SEEDS, normalise, seedSentences } from '../../support/seed-sentences';

/** The normalised text of the seed whose file name starts with `prefix` (000 … 004). */
function seed(prefix: string): string {
  const file = readdirSync(SEEDS).find((name) => name.startsWith(prefix));
  if (!file) throw new Error(`no seed ${prefix}`);
  return normalise(readFileSync(path.join(SEEDS, file), 'utf8'));
}

const stepText = (kind: KindSpec, id: string) => {
  const step = kind.steps.find((candidate) => candidate.id === id);
  return [...(step?.instructions ?? []), ...(step?.checks ?? []), ...(step?.warnings ?? [])].map((text) => text.ru).join('\n');
};

describe.skipIf(!existsSync(SEEDS))('what the seeds say is what the app says (issue 10)', () => {
  it('1: seed 004 allows an attached or a detached signature and ties the ИНН to the МЧД; «код ошибки 2» says so', () => {
    expect(seed('004')).toContain('электронная подпись присоединенная или открепленная');
    expect(seed('004')).toContain('машиночитаемой');
    const text = message('crpt_signature_rejected', 'ru');
    expect(text).toContain('и присоединённой, и откреплённой');
    expect(text).toContain('машиночитаемой доверенности');
    expect(text).not.toContain('не совпадает с ИНН в сертификате');
  });

  it('2: seed 004 ends static client tokens after the first dynamic one; the app says it', () => {
    expect(seed('004')).toContain('использование статичных клиентских токенов становится недоступным');
    expect(message('crpt_static_tokens_stop', 'ru')).toMatch(/статические клиентские токены .* работать перестанут/);
  });

  it('3: «Тип» «АСУ ТП» is set by default and cannot be edited', () => {
    expect(seed('004')).toContain('"тип" по умолчанию установлено значение "асу тп" и не подлежит редактированию');
    expect(stepText(crpt, 'devices')).toContain('«АСУ ТП» (стоит по умолчанию, изменить нельзя)');
    expect(stepText(crpt, 'devices')).not.toContain('меняется само');
  });

  it('4: the seeds do not say who assigns roles; the app does not invent it', () => {
    for (const prefix of ['000', '001']) expect(seed(prefix)).not.toMatch(/назнач\S* рол/);
    for (const kind of [oais, tpsclient]) {
      const all = kind.steps.map((step) => stepText(kind, step.id)).join('\n');
      expect(all).not.toMatch(/директора назначить|доступ сотрудников .* настраивает/);
    }
  });

  it('6: seed 002 changes the key in the organisation’s cabinet, «Разработчикам» → «Приложения» → «Подробнее» → «Обновить»', () => {
    expect(seed('002')).toContain('на вкладке "разработчикам" перейти в раздел "приложения"');
    for (const text of [message('smdo_same_key', 'ru'), renewalHint('smdo-key', 'smdo', 'ru')]) {
      expect(text).toMatch(/account\.gov\.by.*«Разработчикам» → «Приложения» → приложение СМДО → «Подробнее» → «Безопасность».*«Обновить»/s);
      expect(text).not.toContain('портале СМДО');
    }
    expect(renewalHint('smdo-key', 'smdo', 'ru')).toMatch(/^Сначала найдите во ВСЭД/);
  });

  it('7: the СМДО request format is not in seed 002: the app labels it and points to «Документация»', () => {
    expect(seed('002')).not.toMatch(/client_credentials|basic/);
    expect(seed('002')).toContain('"документация"');
    expect(stepText(smdo, 'check')).toMatch(/«Документация».*принято у интеграторов/s);
  });

  it('9: no date is invented for the user', () => {
    expect(JSON.stringify(uiRu)).not.toContain('Подставить');
    expect(JSON.stringify(uiEn)).not.toContain('Fill in: {{months}}');
  });

  it('10: seed 000 shows the system APPROVED and its subscriptions UNBLOCKED; the wizards ask to check both', () => {
    expect(seed('000')).toContain('approved');
    expect(seed('000')).toContain('unblocked');
    for (const kind of [oais, tpsclient]) {
      expect(stepText(kind, 'subscribe')).toContain('— APPROVED');
      expect(stepText(kind, 'subscribe')).toContain('— UNBLOCKED');
    }
  });

  it('11: the login step names the portal’s button; «во ВСЭД»; СМДО may land in the legal entity’s cabinet', () => {
    expect(seed('002')).toContain('войти с помощью id-карты или ключа эцп');
    expect(stepText(oais, 'login')).toContain('«Войти с помощью ID-карты или ключа ЭЦП»');
    expect(seed('002')).toContain('личного кабинета юридического лица');
    expect(stepText(smdo, 'login')).toContain('физического или юридического лица');
    const smdoTexts = smdo.steps.map((step) => stepText(smdo, step.id)).join('\n');
    expect(smdoTexts).not.toMatch(/ в ВСЭД/);
  });

  it('the new messages paraphrase the seeds: no seed sentence longer than 60 characters is copied', () => {
    const sentences = readdirSync(SEEDS)
      .filter((name) => name.endsWith('.txt'))
      .flatMap((name) => seedSentences(readFileSync(path.join(SEEDS, name), 'utf8')));
    const copied = Object.values(SEEDS_MESSAGES).flatMap((text) => sentences.filter((sentence) => normalise(text.ru).includes(sentence)));
    expect(copied).toEqual([]);
  });
});

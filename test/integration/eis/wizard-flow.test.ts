import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { EIS_CHECK_STEP_ID, eis, validateEisIdentifier } from '../../../shared/kinds/eis';
import { eisAdminLetter } from '../../../shared/kinds/eis-admin-letter';
import type { FieldId, WizardStep } from '../../../shared/kinds/types';
import { parsePortalDateTime } from '../../../shared/time/portal-time';
import { validateField } from '../../../shared/validation/fields';
import { checkEisIdentifier } from '../../../electron/core/providers/eis';
import { startEisEmulator } from '../../fixtures/eis-emulator';
import type { EisEmulator } from '../../fixtures/eis-emulator';
import { START, openVault } from '../../unit/vault/fixtures';

/**
 * The ЕИС wizard walked end to end at the core level: the administrator's side
 * (nothing typed), the identifier and its date typed and validated, the
 * optional check against the emulator, the save into a real vault, and the
 * letter for a РИС run by someone else.
 */

const IDENTIFIER = '7f3c9a12-5b8e-4d21-a6f0-93e1c4b7d205';

let emulator: EisEmulator;

beforeEach(async () => {
  emulator = await startEisEmulator({ validIdentifier: IDENTIFIER });
});

afterEach(async () => {
  await emulator.close();
});

function problemsOn(step: WizardStep, values: Partial<Record<FieldId, string>>): string[] {
  return (step.fields ?? []).flatMap((field) => {
    const problem = field === 'secret' ? validateEisIdentifier(values.secret ?? '') : validateField(eis, field, values[field] ?? '', START);
    return problem ? [`${field}: ${problem.code}`] : [];
  });
}

describe('the ЕИС wizard, end to end', () => {
  it('goes from the administrator’s form to a saved identifier, checked, with the letter for the РИС', async () => {
    const { vault } = await openVault();
    const organisation = vault.saveOrganisation({ name: 'ГБУЗ «Городская больница № 1»', taxId: '7707083893' });
    const typed: Partial<Record<FieldId, string>> = {};
    const visited: string[] = [];

    for (const step of eis.steps) {
      visited.push(step.id);
      if (step.id === EIS_CHECK_STEP_ID) {
        // The date typed with the year of today: already past, the step says so.
        expect(problemsOn(step, { secret: `${IDENTIFIER} `, expiresAt: '01.01.2026' })).toEqual(['expiresAt: eis_date_in_past']);
        Object.assign(typed, { secret: ` ${IDENTIFIER}\n`, expiresAt: '31.12.2029' });
        const checked = await checkEisIdentifier({ endpoint: emulator.endpoint, identifier: typed.secret ?? '' });
        expect(checked).toEqual({ valid: true });
      }
      if (step.id === 'save') Object.assign(typed, { label: 'ЕИС, сервисы отдачи', notes: 'РИС ведёт региональный оператор' });
      expect(problemsOn(step, typed), step.id).toEqual([]);
      if (step.id === 'save') {
        const parsed = parsePortalDateTime(typed.expiresAt ?? '');
        if (!parsed.ok) throw new Error('the date was validated');
        await vault.saveToken({
          organisationId: organisation.id,
          kind: 'eis',
          label: typed.label ?? '',
          systemName: '',
          techEmail: '',
          secret: (typed.secret ?? '').trim(),
          expiresAt: parsed.instant.toISOString(),
          notes: typed.notes ?? '',
        });
      }
    }
    expect(visited).toEqual(['intro', 'issue', 'identifier', 'save', 'ris']);

    const [token] = vault.snapshot().organisations[0]?.tokens ?? [];
    // 31.12.2029 in Moscow time is 30.12.2029 21:00 UTC: the identifier counts as ending when that day begins.
    expect(token).toMatchObject({ kind: 'eis', expiresAt: '2029-12-30T21:00:00.000Z' });
    expect(await vault.revealSecret(token?.id ?? '')).toBe(IDENTIFIER);

    // The РИС is run by someone else: the letter names the date as typed, and not the identifier.
    const letter = eisAdminLetter({
      organisationName: organisation.name,
      validUntil: token?.expiresAt ?? '',
      language: 'ru',
      includeIdentifier: false,
    });
    expect(letter.body).toContain('31.12.2029');
    expect(letter.body).toContain('ГБУЗ «Городская больница № 1»');
    expect(letter.text).not.toContain(IDENTIFIER);
  });

  it('the optional check turns a wrong identifier into a clear reason before anything is saved', async () => {
    const result = await checkEisIdentifier({ endpoint: emulator.endpoint, identifier: '00000000-0000-4000-8000-000000000000' });
    expect(result.valid).toBe(false);
    if (!result.valid) expect(result.reason).toMatch(/ЕИС не приняла идентификатор/);
  });
});

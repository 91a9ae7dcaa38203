import { saveTokenOfNewOrganisation } from '../../support/router-calls';
import type { WithRouter } from '../../support/router-calls';

/** The ЕИС identifier the core tests store and the emulator accepts. */
export const IDENTIFIER = '7f3c9a12-5b8e-4d21-a6f0-93e1c4b7d205';

/** «ГКУ «Заказчик»» with its РИС identifier (valid until 1 July 2027, Minsk), saved through the core router; the token's id. */
export function saveEisToken(holder: WithRouter, secret = IDENTIFIER): Promise<string> {
  return saveTokenOfNewOrganisation(
    holder,
    { name: 'ГКУ «Заказчик»', taxId: '' },
    { kind: 'eis', label: 'РИС', systemName: '', techEmail: '', secret, expiresAt: '2027-06-30T21:00:00Z', notes: '' },
  );
}

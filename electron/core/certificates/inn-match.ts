import type { InnMismatch } from '../../../shared/ipc/result';
import type { Language } from '../../../shared/model/types';
import { message } from '../../../shared/texts/messages';
import { AppFailure } from '../errors';
import { normaliseInn, type CertificateInfo } from './certificate-info';

/**
 * Whether a Честный знак token obtained with this certificate belongs to the organisation it
 * would be saved under (issue 13, point 2). Честный знак issues the token for the certificate's
 * ИНН (ИНН ЮЛ 1.2.643.100.4 of a company, or the ИНН 1.2.643.3.131.1.1 of a sole trader) — or,
 * when a person signs under a machine-readable power of attorney (МЧД), for the ИНН sent as
 * `inn` (seed 004, «inn»: the organisation a person authorises for under an МЧД). So the МЧД's
 * ИНН, when given, is what must be the organisation's; otherwise the certificate's.
 *
 * Returns null when they match or there is nothing to compare (the organisation has no ИНН,
 * or the certificate carries none).
 */
export function innMismatchOf(organisationTaxId: string, certificate: Pick<CertificateInfo, 'inn' | 'innLe'> | null, mchdInn: string | undefined): InnMismatch | null {
  const organisationInn = normaliseInn(organisationTaxId);
  if (!/^(\d{10}|\d{12})$/.test(organisationInn)) return null;
  const mchd = normaliseInn(mchdInn ?? '');
  if (mchd !== '') return mchd === organisationInn ? null : { signedInn: mchd, organisationInn, source: 'mchd' };
  if (certificate === null) return null;
  const own = [certificate.innLe, certificate.inn].map(normaliseInn).filter((inn) => inn !== '');
  if (own.length === 0 || own.includes(organisationInn)) return null;
  return { signedInn: own[0] ?? '', organisationInn, source: 'certificate' };
}

/** A mismatch the user has not accepted for exactly these numbers: the request is stopped, naming both. */
export class InnMismatchFailure extends AppFailure {
  constructor(
    readonly mismatch: InnMismatch,
    organisationName: string,
    language: Language,
  ) {
    super(
      'certificate_inn_mismatch',
      message(mismatch.source === 'mchd' ? 'certificate_inn_mismatch_mchd' : 'certificate_inn_mismatch', language, {
        signed: mismatch.signedInn,
        expected: mismatch.organisationInn,
        organisation: organisationName,
      }),
      mismatch.source === 'mchd' ? 'inn' : undefined,
    );
  }

  override toAppError() {
    return { ...super.toAppError(), innMismatch: { ...this.mismatch } };
  }
}

/** How an accepted mismatch is kept on the record (setting `innMismatchAccepted`): «signed/organisation». */
export const acceptedMismatchSetting = (mismatch: Pick<InnMismatch, 'signedInn' | 'organisationInn'>): string => `${mismatch.signedInn}/${mismatch.organisationInn}`;

export function parseAcceptedMismatch(value: string | undefined): { signedInn: string; organisationInn: string } | undefined {
  const match = /^(\d{10}|\d{12})\/(\d{10}|\d{12})$/.exec(value ?? '');
  return match ? { signedInn: match[1] ?? '', organisationInn: match[2] ?? '' } : undefined;
}

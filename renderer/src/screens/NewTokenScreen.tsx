import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TokenKindId, VaultSnapshot } from '../../../shared/model/types';
import { call } from '../api';
import { BackButton } from '../components/BackButton';
import { ErrorAlert } from '../components/ErrorAlert';
import { KindCard } from '../components/KindCard';
import { OrganisationFields, organisationFieldId } from '../components/OrganisationFields';
import { ORGANISATION_SEARCH_FROM, OrganisationSearch } from '../components/OrganisationSearch';
import type { OrganisationErrors, OrganisationValues } from '../components/OrganisationFields';
import { ScreenHeading } from '../components/ScreenHeading';
import { DuplicateTaxIdChoice } from '../components/fleet/DuplicateTaxIdChoice';
import type { DuplicateOf } from '../components/fleet/DuplicateTaxIdChoice';
import { useLanguage } from '../hooks/useSettings';
import { startWizard } from '../lib/actions';
import { findKind, startableKinds } from '../lib/kinds';
import { organisationProblem, validateOrganisation } from '../lib/organisation';
import { matchesSearch } from '../lib/search';
import { useAppStore } from '../state/app-store';
import { compareNames } from '../../../shared/model/compare-names';

const NEW_ORGANISATION = '__new__';
const ID_PREFIX = 'new-organisation';

/** «Получить токен»: for which organisation, and which kind — then the wizard. */
export function NewTokenScreen({ snapshot, organisationId }: { snapshot: VaultSnapshot; organisationId?: string }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const setError = useAppStore((state) => state.setError);
  const organisations = [...snapshot.organisations].sort((a, b) => compareNames(a.name, b.name));
  const manualKinds = startableKinds();
  // Честный знак is fetched by the app itself: its own screen instead of the wizard.
  const crptKind = findKind('crpt');
  const withCrpt = crptKind && !manualKinds.includes(crptKind) ? [...manualKinds, crptKind] : manualKinds;
  // СМДО too: the app keeps the login and key and gets the token itself (SmdoScreen).
  const smdoKind = findKind('smdo');
  const kinds = smdoKind && !withCrpt.includes(smdoKind) ? [...withCrpt, smdoKind] : withCrpt;
  const [chosenOrganisation, setChosenOrganisation] = useState<string>(
    organisationId ?? (organisations.length === 0 ? NEW_ORGANISATION : organisations.length === 1 ? (organisations[0]?.id ?? '') : ''),
  );
  const [chosenKind, setChosenKind] = useState<TokenKindId | ''>(kinds.length === 1 ? (kinds[0]?.id ?? '') : '');
  const [organisation, setOrganisation] = useState<OrganisationValues>({ name: '', taxId: '' });
  const [organisationErrors, setOrganisationErrors] = useState<OrganisationErrors>({});
  // The core's warning that another organisation has this number, and the user's «save anyway».
  const [duplicate, setDuplicate] = useState<DuplicateOf | null>(null);
  const [saveAnyway, setSaveAnyway] = useState(false);
  const [choiceErrors, setChoiceErrors] = useState<{ organisation?: string; kind?: string }>({});
  const [starting, setStarting] = useState(false);
  const [organisationQuery, setOrganisationQuery] = useState('');
  const creating = chosenOrganisation === NEW_ORGANISATION;
  // A long list gets a search box and its own scroll, so the kinds below stay in reach.
  const searchable = organisations.length >= ORGANISATION_SEARCH_FROM;
  // The chosen organisation stays in the list while the user searches for nothing in particular.
  const shownOrganisations = searchable
    ? organisations.filter((candidate) => candidate.id === chosenOrganisation || matchesSearch(organisationQuery, [candidate.name, candidate.taxId]))
    : organisations;

  const changeOrganisation = (field: keyof OrganisationValues, value: string) => {
    const next = { ...organisation, [field]: value };
    setOrganisation(next);
    if (field === 'taxId') {
      setDuplicate(null);
      setSaveAnyway(false);
    }
    if (organisationErrors[field]) setOrganisationErrors({ ...organisationErrors, [field]: organisationProblem(field, next, language) ?? undefined });
  };
  const blurOrganisation = (field: keyof OrganisationValues) => {
    if (organisation[field].trim() === '' && !organisationErrors[field]) return;
    const problem = organisationProblem(field, organisation, language) ?? undefined;
    setOrganisationErrors((previous) => ({ ...previous, [field]: problem }));
  };

  const submit = async () => {
    if (starting) return;
    const choice = {
      organisation: chosenOrganisation === '' ? t('newToken.chooseOrganisation') : undefined,
      kind: chosenKind === '' ? t('newToken.chooseKind') : undefined,
    };
    const fieldErrors = creating ? validateOrganisation(organisation, language) : {};
    setChoiceErrors(choice);
    setOrganisationErrors(fieldErrors);
    const firstTarget = choice.organisation
      ? firstRadioId('organisation-choice')
      : fieldErrors.name
        ? organisationFieldId(ID_PREFIX, 'name')
        : fieldErrors.taxId
          ? organisationFieldId(ID_PREFIX, 'taxId')
          : choice.kind
            ? firstRadioId('kind-choice')
            : null;
    if (choice.organisation || choice.kind || fieldErrors.name || fieldErrors.taxId || chosenKind === '') {
      if (firstTarget) document.getElementById(firstTarget)?.focus();
      return;
    }

    let organisationIdToUse = chosenOrganisation;
    if (creating) {
      setStarting(true);
      const result = await call('saveOrganisation', {
        name: organisation.name.trim(),
        taxId: organisation.taxId.trim(),
        ...(duplicate !== null && saveAnyway ? { allowDuplicateTaxId: true } : {}),
      });
      setStarting(false);
      if (!result.ok) {
        const field = result.error.field;
        setDuplicate(result.error.duplicateOf ?? null);
        if (field === 'name' || field === 'taxId') {
          setOrganisationErrors({ [field]: result.error.message });
          document.getElementById(organisationFieldId(ID_PREFIX, field))?.focus();
        } else {
          setError(result.error.message);
        }
        return;
      }
      organisationIdToUse = result.value.id;
    }
    if (chosenKind === 'smdo') {
      useAppStore.getState().navigate({ name: 'smdo', organisationId: organisationIdToUse });
      return;
    }
    if (chosenKind === 'crpt') {
      useAppStore.getState().navigate({ name: 'crpt', organisationId: organisationIdToUse });
      return;
    }
    startWizard(chosenKind, organisationIdToUse);
  };

  return (
    <>
      <BackButton />
      <ScreenHeading>{t('newToken.title')}</ScreenHeading>
      <ErrorAlert />
      <form
        className="form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <fieldset id="organisation-choice" className="choice-group" aria-describedby={choiceErrors.organisation ? 'organisation-choice-error' : undefined}>
          <legend className="group-legend">{t('newToken.organisationLegend')}</legend>
          {choiceErrors.organisation ? (
            <p id="organisation-choice-error" className="field-error" data-testid="field-error-organisation">
              {choiceErrors.organisation}
            </p>
          ) : null}
          {searchable ? (
            <OrganisationSearch
              id="organisation-search"
              controls="organisation-list"
              value={organisationQuery}
              onChange={setOrganisationQuery}
              nothingFound={!shownOrganisations.some((candidate) => matchesSearch(organisationQuery, [candidate.name, candidate.taxId]))}
            />
          ) : null}
          {organisations.length > 0 ? (
            <ul id="organisation-list" className={searchable ? 'radio-list radio-list-scroll' : 'radio-list'}>
              {shownOrganisations.map((candidate) => (
                <li key={candidate.id}>
                  <input
                    id={`organisation-choice-${candidate.id}`}
                    type="radio"
                    name="organisation"
                    value={candidate.id}
                    checked={chosenOrganisation === candidate.id}
                    onChange={() => {
                      setChosenOrganisation(candidate.id);
                      setChoiceErrors({ ...choiceErrors, organisation: undefined });
                    }}
                  />
                  <label htmlFor={`organisation-choice-${candidate.id}`}>
                    {candidate.name}
                    {candidate.taxId ? <span className="muted"> · {candidate.taxId}</span> : null}
                  </label>
                </li>
              ))}
            </ul>
          ) : null}
          {organisations.length > 0 ? (
            <ul className="radio-list">
              <li>
                <input
                  id="organisation-choice-new"
                  type="radio"
                  name="organisation"
                  value={NEW_ORGANISATION}
                  checked={creating}
                  onChange={() => {
                    setChosenOrganisation(NEW_ORGANISATION);
                    setChoiceErrors({ ...choiceErrors, organisation: undefined });
                  }}
                />
                <label htmlFor="organisation-choice-new">{t('newToken.newOrganisation')}</label>
              </li>
            </ul>
          ) : (
            <p className="muted">{t('newToken.firstOrganisation')}</p>
          )}
          {creating ? (
            <div className="inline-organisation">
              <OrganisationFields idPrefix={ID_PREFIX} values={organisation} errors={organisationErrors} onChange={changeOrganisation} onBlur={blurOrganisation} />
              {duplicate ? (
                <DuplicateTaxIdChoice
                  idPrefix={ID_PREFIX}
                  actionLabel={t('fleet.duplicate.choose', { name: duplicate.name })}
                  onAction={() => {
                    // The organisation that has the number is the one meant: choose it instead of a second.
                    setChosenOrganisation(duplicate.id);
                    setDuplicate(null);
                    setOrganisationErrors({});
                  }}
                  saveAnyway={saveAnyway}
                  onSaveAnywayChange={setSaveAnyway}
                />
              ) : null}
            </div>
          ) : null}
        </fieldset>

        <fieldset id="kind-choice" className="choice-group" aria-describedby={choiceErrors.kind ? 'kind-choice-error' : undefined}>
          <legend className="group-legend">{t('newToken.kindLegend')}</legend>
          {choiceErrors.kind ? (
            <p id="kind-choice-error" className="field-error" data-testid="field-error-kind">
              {choiceErrors.kind}
            </p>
          ) : null}
          <div className="kind-cards">
            {kinds.map((kind) => (
              <KindCard
                key={kind.id}
                kind={kind}
                name="kind"
                checked={chosenKind === kind.id}
                describedBy={choiceErrors.kind ? 'kind-choice-error' : undefined}
                onSelect={() => {
                  setChosenKind(kind.id);
                  setChoiceErrors({ ...choiceErrors, kind: undefined });
                }}
              />
            ))}
          </div>
        </fieldset>

        <div className="action-bar">
          <button type="submit" className="button button-primary button-large">
            {t('newToken.start')}
          </button>
        </div>
      </form>
    </>
  );
}

/** The id of the first radio button inside a group, to focus it when nothing was chosen. */
function firstRadioId(groupId: string): string | null {
  return document.querySelector(`#${groupId} input[type="radio"]`)?.id ?? null;
}

import { CreateOrganizationInput, ORGANIZATION_KINDS, type OrganizationKind } from '@hackboard/contracts';
import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SelectField, TextField } from '../../../components/ui/form-fields';
import { ProblemText } from '../../../components/ui/problem-text';
import { StatusMessage } from '../../../components/ui/status-message';
import {
  type FieldProblems,
  type Problem,
  fieldId,
  problemsFromApiError,
  problemsFromIssues,
} from '../../../lib/form-errors';
import { useCreateOrganization } from '../api/create-organization';
import { useOrganizations } from '../api/get-organizations';

export interface OrganizationFieldProps {
  /** The id of the select; the new-organization fields get ids after it. */
  id: string;
  label: string;
  hint?: string;
  value: string;
  onChange: (organizationId: string) => void;
  problem?: Problem | undefined;
  /** Offer only these organizations (an agency member's own). */
  onlyIds?: readonly string[];
  /** Let the user register a new organization without leaving the form (organizers). */
  allowCreate?: boolean;
}

const NEW_FIELDS = ['name', 'kind', 'website'] as const;

/**
 * Chooses the organization (municipality, agency, company) someone acts for. Organizers can also
 * register a new one in place: its fields sit inside the surrounding form, so the button creates
 * it without submitting that form, and the new organization is chosen at once.
 */
export function OrganizationField({
  id,
  label,
  hint,
  value,
  onChange,
  problem,
  onlyIds,
  allowCreate = false,
}: OrganizationFieldProps) {
  const { t } = useTranslation();
  const organizations = useOrganizations();
  const create = useCreateOrganization();
  const [adding, setAdding] = useState(false);
  const [name, setName] = useState('');
  const [kind, setKind] = useState<OrganizationKind>('municipality');
  const [website, setWebsite] = useState('');
  const [problems, setProblems] = useState<FieldProblems>({});
  const [formProblem, setFormProblem] = useState<Problem | null>(null);
  const [created, setCreated] = useState<string | null>(null);
  const panelId = useId();
  const selectRef = useRef<HTMLDivElement>(null);
  const newId = (field: string) => fieldId(`${id}-new`, field);

  const options = (organizations.data ?? []).filter((organization) => !onlyIds || onlyIds.includes(organization.id));

  function register() {
    setCreated(null);
    setFormProblem(null);
    const parsed = CreateOrganizationInput.safeParse({ name, kind, website: website.trim() || null });
    if (!parsed.success) {
      setProblems(problemsFromIssues(parsed.error.issues));
      document.getElementById(newId(parsed.error.issues[0]?.path[0]?.toString() ?? 'name'))?.focus();
      return;
    }
    setProblems({});
    create.mutate(parsed.data, {
      onSuccess: (organization) => {
        onChange(organization.id);
        setCreated(organization.name);
        setAdding(false);
        setName('');
        setWebsite('');
        selectRef.current?.querySelector('select')?.focus();
      },
      onError: (error) => {
        const found = problemsFromApiError(error, NEW_FIELDS);
        setProblems(found.fields);
        setFormProblem(Object.keys(found.fields).length > 0 ? null : found.form);
      },
    });
  }

  return (
    <div className="organization-field">
      <div ref={selectRef}>
        <SelectField
          id={id}
          label={label}
          hint={organizations.isError ? t('organizations.loadFailed') : hint}
          value={value}
          onChange={(event) => onChange(event.target.value)}
          problem={problem}
          disabled={organizations.isPending}
        >
          <option value="">{organizations.isPending ? t('state.loading') : t('organizations.choose')}</option>
          {options.map((organization) => (
            <option key={organization.id} value={organization.id}>
              {organization.name} ({t(`organizationKind.${organization.kind}`)})
            </option>
          ))}
        </SelectField>
      </div>
      <StatusMessage>{created ? t('organizations.created', { name: created }) : null}</StatusMessage>
      {allowCreate && (
        <>
          <button
            type="button"
            className="button button-secondary button-small"
            aria-expanded={adding}
            aria-controls={panelId}
            onClick={() => setAdding((open) => !open)}
          >
            {adding ? t('organizations.cancelNew') : t('organizations.addNew')}
          </button>
          <div id={panelId} hidden={!adding} className="inline-panel">
            {adding && (
              <fieldset
                className="fieldset"
                onKeyDown={(event) => {
                  // Enter here creates the organization, not the surrounding form's submit.
                  if (event.key === 'Enter' && event.target instanceof HTMLInputElement) {
                    event.preventDefault();
                    register();
                  }
                }}
              >
                <legend className="field-label">{t('organizations.newTitle')}</legend>
                {formProblem && (
                  <p role="alert" className="notice notice-error">
                    <ProblemText problem={formProblem} />
                  </p>
                )}
                <TextField
                  id={newId('name')}
                  label={t('organizations.name')}
                  value={name}
                  maxLength={200}
                  onChange={(event) => setName(event.target.value)}
                  problem={problems['name']}
                />
                <SelectField
                  id={newId('kind')}
                  label={t('organizations.kind')}
                  value={kind}
                  onChange={(event) => setKind(event.target.value as OrganizationKind)}
                  problem={problems['kind']}
                >
                  {ORGANIZATION_KINDS.map((option) => (
                    <option key={option} value={option}>
                      {t(`organizationKind.${option}`)}
                    </option>
                  ))}
                </SelectField>
                <TextField
                  id={newId('website')}
                  label={t('organizations.website')}
                  hint={t('organizations.websiteHint')}
                  type="url"
                  inputMode="url"
                  optional
                  spellCheck={false}
                  value={website}
                  maxLength={500}
                  onChange={(event) => setWebsite(event.target.value)}
                  problem={problems['website']}
                />
                <button type="button" className="button" disabled={create.isPending} onClick={register}>
                  {create.isPending ? t('organizations.creating') : t('organizations.create')}
                </button>
              </fieldset>
            )}
          </div>
        </>
      )}
    </div>
  );
}

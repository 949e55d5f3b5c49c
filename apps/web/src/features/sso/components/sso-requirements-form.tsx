import type { SsoProviderDto, SsoRequirementsDto } from '@hackboard/contracts';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorSummary } from '../../../components/ui/error-summary';
import { SelectField } from '../../../components/ui/form-fields';
import { QueryState } from '../../../components/ui/query-state';
import { StatusMessage } from '../../../components/ui/status-message';
import { fieldId, problemsFromApiError } from '../../../lib/form-errors';
import { useFormProblems } from '../../../lib/use-form-problems';
import { useSsoProviders } from '../api/get-providers';
import { useSsoRequirements, useUpdateSsoRequirements } from '../api/sso-requirements';

const FORM = 'sso-requirements';
const ROLES = ['jury', 'agency'] as const;

/** The organizer's choice of a provider jurors and challenge owners must sign in with; only with providers configured. */
export function SsoRequirementsSection({ slug }: { slug: string }) {
  const { t } = useTranslation();
  const providers = useSsoProviders();
  const requirements = useSsoRequirements(slug, Boolean(providers.data?.length));
  if (!providers.data?.length) return null;
  return (
    <section aria-labelledby="sso-requirements-heading">
      <h3 id="sso-requirements-heading">{t('sso.requirementsTitle')}</h3>
      <p>{t('sso.requirementsIntro')}</p>
      <QueryState query={requirements}>
        {(data) => <RequirementsForm slug={slug} saved={data} providers={providers.data} />}
      </QueryState>
    </section>
  );
}

function RequirementsForm({
  slug,
  saved,
  providers,
}: {
  slug: string;
  saved: SsoRequirementsDto;
  providers: SsoProviderDto[];
}) {
  const { t } = useTranslation();
  const update = useUpdateSsoRequirements(slug);
  const { problems, attempt, fail, clear } = useFormProblems();
  const [values, setValues] = useState(saved);
  const [status, setStatus] = useState<'saved' | null>(null);
  const labels = { jury: t('sso.requireFor.jury'), agency: t('sso.requireFor.agency') };

  function submit(event: FormEvent) {
    event.preventDefault();
    setStatus(null);
    clear();
    update.mutate(values, {
      onSuccess: (result) => {
        setValues(result);
        setStatus('saved');
      },
      onError: (error) => fail(problemsFromApiError(error, ROLES)),
    });
  }

  return (
    <>
      <ErrorSummary form={FORM} problems={problems} labels={labels} attempt={attempt} />
      <form noValidate onSubmit={submit} className="form" aria-busy={update.isPending || undefined}>
        {ROLES.map((role) => (
          <SelectField
            key={role}
            id={fieldId(FORM, role)}
            label={labels[role]}
            optional
            value={values[role] ?? ''}
            onChange={(event) => setValues({ ...values, [role]: event.target.value || null })}
            problem={problems.fields[role]}
          >
            <option value="">{t('sso.noRequirement')}</option>
            {providers.map((provider) => (
              <option key={provider.id} value={provider.id}>
                {provider.name}
              </option>
            ))}
          </SelectField>
        ))}
        <div className="button-row">
          <button type="submit" className="button" disabled={update.isPending}>
            {update.isPending ? t('form.saving') : t('form.save')}
          </button>
        </div>
        <StatusMessage>{status === 'saved' ? t('sso.requirementsSaved') : null}</StatusMessage>
      </form>
    </>
  );
}

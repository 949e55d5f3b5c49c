import { type MeDto, UpdateProfileInput } from '@hackboard/contracts';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorSummary } from '../../../components/ui/error-summary';
import { RadioGroupField, TextField } from '../../../components/ui/form-fields';
import { QueryState } from '../../../components/ui/query-state';
import { StatusMessage } from '../../../components/ui/status-message';
import { fieldId, problemsFromApiError, problemsFromIssues } from '../../../lib/form-errors';
import { type Language, setLanguage } from '../../../lib/i18n';
import { useMe } from '../../../lib/session';
import { useFormProblems } from '../../../lib/use-form-problems';
import { SignInMethods } from '../../sso/components/sign-in-methods';
import { useUpdateProfile } from '../api/update-profile';

const FORM = 'profile';
const FIELDS = ['displayName', 'language'] as const;

export function ProfilePage() {
  const { t } = useTranslation();
  const me = useMe();
  return (
    <div className="narrow">
      <title>{`${t('account.profileTitle')} – ${t('app.name')}`}</title>
      <h1>{t('account.profileTitle')}</h1>
      <QueryState query={me}>{(data) => data && <ProfileForm me={data} />}</QueryState>
      <SignInMethods />
    </div>
  );
}

function ProfileForm({ me }: { me: MeDto }) {
  const { t } = useTranslation();
  const update = useUpdateProfile();
  const { problems, attempt, fail, clear } = useFormProblems();
  const [displayName, setDisplayName] = useState(me.displayName);
  const [language, setChosenLanguage] = useState<Language>(me.language);
  const [saved, setSaved] = useState<'saved' | 'unchanged' | null>(null);
  const labels = { displayName: t('account.displayName'), language: t('account.language') };

  function submit(event: FormEvent) {
    event.preventDefault();
    setSaved(null);
    const changes = {
      ...(displayName.trim() !== me.displayName ? { displayName } : {}),
      ...(language !== me.language ? { language } : {}),
    };
    if (Object.keys(changes).length === 0) {
      clear();
      setSaved('unchanged');
      return;
    }
    const parsed = UpdateProfileInput.safeParse(changes);
    if (!parsed.success) return fail({ fields: problemsFromIssues(parsed.error.issues), form: null });
    clear();
    update.mutate(parsed.data, {
      onSuccess: (updated) => {
        setDisplayName(updated.displayName);
        setLanguage(updated.language);
        setSaved('saved');
      },
      onError: (error) => fail(problemsFromApiError(error, FIELDS)),
    });
  }

  return (
    <>
      <dl className="facts">
        <div>
          <dt>{t('account.email')}</dt>
          <dd>{me.email}</dd>
        </div>
      </dl>
      <ErrorSummary form={FORM} problems={problems} labels={labels} attempt={attempt} />
      <form noValidate onSubmit={submit} className="form" aria-busy={update.isPending || undefined}>
        <TextField
          id={fieldId(FORM, 'displayName')}
          label={labels.displayName}
          hint={t('account.displayNameHint')}
          autoComplete="name"
          value={displayName}
          onChange={(event) => setDisplayName(event.target.value)}
          problem={problems.fields['displayName']}
        />
        <RadioGroupField<Language>
          id={fieldId(FORM, 'language')}
          legend={labels.language}
          hint={t('account.languageHint')}
          problem={problems.fields['language']}
          value={language}
          onChange={setChosenLanguage}
          options={[
            { value: 'sv', label: <span lang="sv">Svenska</span> },
            { value: 'en', label: <span lang="en">English</span> },
          ]}
        />
        <div className="button-row">
          <button type="submit" className="button" disabled={update.isPending}>
            {update.isPending ? t('form.saving') : t('form.save')}
          </button>
        </div>
        <StatusMessage tone={saved === 'unchanged' ? 'info' : 'success'}>
          {saved === 'saved' ? t('account.profileSaved') : saved === 'unchanged' ? t('form.nothingToSave') : null}
        </StatusMessage>
      </form>
    </>
  );
}

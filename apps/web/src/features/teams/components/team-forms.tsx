import { CreateTeamInput, JoinTeamInput, type TeamDto } from '@hackboard/contracts';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorSummary } from '../../../components/ui/error-summary';
import { TextField } from '../../../components/ui/form-fields';
import { VerificationNeeded } from '../../../components/ui/resend-verification';
import { fieldId, problemsFromApiError, problemsFromIssues } from '../../../lib/form-errors';
import { useFormProblems } from '../../../lib/use-form-problems';
import { useCreateTeam } from '../api/create-team';
import { useJoinTeam } from '../api/join-team';
import { formatInviteCode, inviteCodeFromInput } from '../utils/invite-link';

const CREATE_FORM = 'team-create';
const JOIN_FORM = 'team-join';

/** Starts a team with a name; the user becomes its captain. */
export function CreateTeamForm({ slug, onCreated }: { slug: string; onCreated: (team: TeamDto) => void }) {
  const { t } = useTranslation();
  const create = useCreateTeam(slug);
  const { problems, attempt, fail, clear } = useFormProblems();
  const [name, setName] = useState('');
  const labels = { name: t('team.name') };

  function submit(event: FormEvent) {
    event.preventDefault();
    const parsed = CreateTeamInput.safeParse({ name });
    if (!parsed.success) return fail({ fields: problemsFromIssues(parsed.error.issues), form: null });
    clear();
    create.mutate(parsed.data, {
      onSuccess: onCreated,
      onError: (error) => fail(problemsFromApiError(error, ['name'])),
    });
  }

  return (
    <section aria-labelledby="create-team-heading" className="panel">
      <h2 id="create-team-heading">{t('team.createTitle')}</h2>
      <p>{t('team.createIntro')}</p>
      <ErrorSummary form={CREATE_FORM} problems={problems} labels={labels} attempt={attempt} />
      <VerificationNeeded error={create.error} />
      <form noValidate onSubmit={submit} aria-busy={create.isPending || undefined}>
        <TextField
          id={fieldId(CREATE_FORM, 'name')}
          label={labels.name}
          hint={t('team.nameHint')}
          maxLength={100}
          autoComplete="off"
          value={name}
          onChange={(event) => setName(event.target.value)}
          problem={problems.fields['name']}
        />
        <button type="submit" className="button" disabled={create.isPending}>
          {create.isPending ? t('team.creating') : t('team.create')}
        </button>
      </form>
    </section>
  );
}

/** Joins a team with its invite code; a pasted join link works too. */
export function JoinTeamForm({
  slug,
  initialCode = '',
  onJoined,
}: {
  slug: string;
  initialCode?: string;
  onJoined: (team: TeamDto) => void;
}) {
  const { t } = useTranslation();
  const join = useJoinTeam(slug);
  const { problems, attempt, fail, clear } = useFormProblems();
  const [code, setCode] = useState(initialCode ? formatInviteCode(initialCode) : '');
  const labels = { inviteCode: t('team.inviteCode') };

  function submit(event: FormEvent) {
    event.preventDefault();
    const parsed = JoinTeamInput.safeParse({ inviteCode: inviteCodeFromInput(code) });
    if (!parsed.success) return fail({ fields: problemsFromIssues(parsed.error.issues), form: null });
    clear();
    join.mutate(parsed.data, {
      onSuccess: onJoined,
      onError: (error) => fail(problemsFromApiError(error, ['inviteCode'])),
    });
  }

  return (
    <section aria-labelledby="join-team-heading" className={`panel${initialCode ? ' panel-highlight' : ''}`}>
      <h2 id="join-team-heading" tabIndex={-1}>
        {t('team.joinTitle')}
      </h2>
      <p>{initialCode ? t('team.joinFromLink') : t('team.joinIntro')}</p>
      <ErrorSummary form={JOIN_FORM} problems={problems} labels={labels} attempt={attempt} />
      <VerificationNeeded error={join.error} />
      <form noValidate onSubmit={submit} aria-busy={join.isPending || undefined}>
        <TextField
          id={fieldId(JOIN_FORM, 'inviteCode')}
          label={labels.inviteCode}
          hint={t('team.inviteCodeHint')}
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          className="input-code"
          maxLength={2000}
          value={code}
          onChange={(event) => setCode(event.target.value)}
          problem={problems.fields['inviteCode']}
        />
        <button type="submit" className="button" disabled={join.isPending}>
          {join.isPending ? t('team.joining') : t('team.join')}
        </button>
      </form>
    </section>
  );
}

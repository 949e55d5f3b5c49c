import { type ChallengeDto, CreateSubmissionInput, type EventDto, type TeamDto } from '@hackboard/contracts';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { ErrorSummary } from '../../../components/ui/error-summary';
import { SelectField, TextField } from '../../../components/ui/form-fields';
import { QueryState } from '../../../components/ui/query-state';
import { formatDateTime } from '../../../lib/format';
import { fieldId, problemsFromApiError, problemsFromIssues } from '../../../lib/form-errors';
import { useFormProblems } from '../../../lib/use-form-problems';
import { useCreateSubmission } from '../api/create-submission';
import { useSubmissions } from '../api/get-submissions';
import { SubmissionStatusBadge } from './submission-status-badge';

const FORM = 'submission-create';

/** The team's submissions (one per challenge), and the way to start one for another challenge. */
export function TeamSubmissions({
  event,
  team,
  challenges,
  locked,
}: {
  event: EventDto;
  team: TeamDto;
  /** The event's challenges; undefined while they load. */
  challenges: readonly ChallengeDto[] | undefined;
  locked: boolean;
}) {
  const { t, i18n } = useTranslation();
  const submissions = useSubmissions(event.slug);
  return (
    <section aria-labelledby="team-submissions-heading" className="team-submissions">
      <h2 id="team-submissions-heading">{t('submission.teamTitle', { team: team.name })}</h2>
      <p>{locked ? t('submission.teamLocked') : t('submission.teamIntro')}</p>
      <QueryState query={submissions}>
        {(page) => {
          const taken = new Set(page.items.map((submission) => submission.challenge.id));
          const available = (challenges ?? []).filter((challenge) => !taken.has(challenge.id));
          return (
            <>
              {page.items.length === 0 ? (
                <p className="empty">{t('submission.none')}</p>
              ) : (
                <ul className="card-list">
                  {page.items.map((submission) => (
                    <li key={submission.id}>
                      <article className="card">
                        <h3 className="card-title">
                          <Link to={`/events/${event.slug}/team/submissions/${submission.id}`}>{submission.title}</Link>
                        </h3>
                        <p className="badge-row">
                          <SubmissionStatusBadge status={submission.status} />
                          <span>{submission.challenge.title}</span>
                        </p>
                        <p className="muted">
                          {t('submission.versionSaved', { version: submission.version })}{' '}
                          <time dateTime={submission.updatedAt}>
                            {formatDateTime(submission.updatedAt, event.timezone, i18n.language)}
                          </time>
                        </p>
                      </article>
                    </li>
                  ))}
                </ul>
              )}
              {!locked && challenges && available.length > 0 && (
                <StartSubmission event={event} challenges={available} />
              )}
              {!locked && challenges && challenges.length === 0 && (
                <p className="muted">{t('submission.noChallenges')}</p>
              )}
            </>
          );
        }}
      </QueryState>
    </section>
  );
}

function StartSubmission({ event, challenges }: { event: EventDto; challenges: readonly ChallengeDto[] }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const create = useCreateSubmission(event.slug);
  const { problems, attempt, fail, clear } = useFormProblems();
  const suggested = params.get('challenge');
  const [challengeId, setChallengeId] = useState(
    challenges.some((challenge) => challenge.id === suggested)
      ? suggested!
      : challenges.length === 1
        ? challenges[0]!.id
        : '',
  );
  const [title, setTitle] = useState('');
  const labels = { challengeId: t('submission.challenge'), title: t('submission.title') };

  function submit(formEvent: FormEvent) {
    formEvent.preventDefault();
    const parsed = CreateSubmissionInput.safeParse({ challengeId, title });
    if (!parsed.success) {
      const fields = problemsFromIssues(parsed.error.issues);
      if (!challengeId) fields['challengeId'] = { key: 'form.problem.choose', message: 'is required' };
      return fail({ fields, form: null });
    }
    clear();
    create.mutate(parsed.data, {
      onSuccess: (created) =>
        void navigate(`/events/${event.slug}/team/submissions/${created.id}`, { state: { created: true } }),
      onError: (error) => fail(problemsFromApiError(error, ['challengeId', 'title'])),
    });
  }

  return (
    <div className="panel" id="start-submission">
      <h3>{t('submission.startTitle')}</h3>
      <p>{t('submission.startIntro')}</p>
      <ErrorSummary form={FORM} problems={problems} labels={labels} attempt={attempt} />
      <form noValidate onSubmit={submit} className="form" aria-busy={create.isPending || undefined}>
        <SelectField
          id={fieldId(FORM, 'challengeId')}
          label={labels.challengeId}
          value={challengeId}
          onChange={(event) => setChallengeId(event.target.value)}
          problem={problems.fields['challengeId']}
        >
          <option value="">{t('submission.chooseChallenge')}</option>
          {challenges.map((challenge) => (
            <option key={challenge.id} value={challenge.id}>
              {challenge.title} ({challenge.organization.name})
            </option>
          ))}
        </SelectField>
        <TextField
          id={fieldId(FORM, 'title')}
          label={labels.title}
          hint={t('submission.titleHint')}
          maxLength={200}
          value={title}
          onChange={(event) => setTitle(event.target.value)}
          problem={problems.fields['title']}
        />
        <button type="submit" className="button" disabled={create.isPending}>
          {create.isPending ? t('submission.starting') : t('submission.start')}
        </button>
      </form>
    </div>
  );
}

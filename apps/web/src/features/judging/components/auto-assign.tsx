import type {
  AssignmentDto,
  AutoAssignResultDto,
  EventDto,
  PanelMemberDto,
  RoundDetailDto,
} from '@hackboard/contracts';
import { type FormEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorSummary } from '../../../components/ui/error-summary';
import { TextField } from '../../../components/ui/form-fields';
import { StatusMessage } from '../../../components/ui/status-message';
import { fieldId, problemsFromIssues } from '../../../lib/form-errors';
import { useFormProblems } from '../../../lib/use-form-problems';
import { AutoAssignInput } from '@hackboard/contracts';
import { useAutoAssign } from '../api/auto-assign';
import { describePlan } from '../utils/assignment-plan';
import { judgingProblems } from '../utils/judging-problem';
import { ScrollTable } from '../../../components/ui/scroll-table';

const FORM = 'auto-assign';

/**
 * Balanced assignment in two steps: the API plans without saving (dry run) and the plan is shown —
 * each juror's load, each entry's reviews, what cannot be reached because of conflicts — and only
 * the organizer's "Apply" saves it.
 */
export function AutoAssign({
  event,
  round,
  assignments,
  panel,
}: {
  event: EventDto;
  round: RoundDetailDto;
  assignments: AssignmentDto[];
  panel: PanelMemberDto[];
}) {
  const { t } = useTranslation();
  const auto = useAutoAssign(event.slug, round.id);
  const { problems, attempt, fail, clear } = useFormProblems();
  const [reviews, setReviews] = useState(String(round.reviewsPerSubmission));
  const [plan, setPlan] = useState<AutoAssignResultDto | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const previewRef = useRef<HTMLHeadingElement>(null);

  function preview(formEvent: FormEvent) {
    formEvent.preventDefault();
    setStatus(null);
    setPlan(null);
    const parsed = AutoAssignInput.safeParse({
      reviewsPerSubmission: reviews.trim() === '' ? undefined : Number(reviews),
      dryRun: true,
    });
    if (!parsed.success) return fail({ fields: problemsFromIssues(parsed.error.issues), form: null });
    clear();
    auto.mutate(
      { reviewsPerSubmission: parsed.data.reviewsPerSubmission ?? round.reviewsPerSubmission, dryRun: true },
      {
        onSuccess: (result) => {
          setPlan(result);
          requestAnimationFrame(() => previewRef.current?.focus());
        },
        onError: (error) => fail(judgingProblems(error, ['reviewsPerSubmission'])),
      },
    );
  }

  function apply(planned: AutoAssignResultDto) {
    setStatus(null);
    auto.mutate(
      { reviewsPerSubmission: planned.reviewsPerSubmission, dryRun: false },
      {
        onSuccess: (result) => {
          setPlan(null);
          setStatus(
            result.added.length === planned.added.length
              ? t('judging.auto.applied', { count: result.added.length })
              : t('judging.auto.appliedChanged', { count: result.added.length, planned: planned.added.length }),
          );
        },
        onError: (error) => fail(judgingProblems(error, [])),
      },
    );
  }

  const described = plan ? describePlan(plan, round.entries, assignments, panel) : null;

  return (
    <section aria-labelledby="auto-heading" className="panel">
      <h3 id="auto-heading">{t('judging.auto.title')}</h3>
      <p>{t('judging.auto.intro')}</p>
      <ErrorSummary
        form={FORM}
        problems={problems}
        labels={{ reviewsPerSubmission: t('judging.auto.reviews') }}
        attempt={attempt}
      />
      <StatusMessage>{status}</StatusMessage>
      <form noValidate onSubmit={preview} className="inline-form" aria-busy={auto.isPending || undefined}>
        <TextField
          id={fieldId(FORM, 'reviewsPerSubmission')}
          label={t('judging.auto.reviews')}
          hint={t('judging.auto.reviewsHint')}
          type="number"
          min={1}
          max={50}
          className="input-short"
          value={reviews}
          onChange={(change) => {
            setReviews(change.target.value);
            setPlan(null);
          }}
          problem={problems.fields['reviewsPerSubmission']}
        />
        <button type="submit" className="button button-secondary" disabled={auto.isPending}>
          {t('judging.auto.preview')}
        </button>
      </form>
      {plan && described && (
        <section aria-labelledby="plan-heading" className="inline-panel">
          <h4 id="plan-heading" ref={previewRef} tabIndex={-1}>
            {t('judging.auto.planTitle')}
          </h4>
          <p>
            {plan.added.length === 0
              ? t('judging.auto.nothingToAdd', { count: plan.reviewsPerSubmission })
              : t('judging.auto.summary', { count: plan.added.length, reviews: plan.reviewsPerSubmission })}
          </p>
          <p>{t('judging.auto.conflictsRespected')}</p>
          {plan.shortfalls.length > 0 && (
            <div className="notice notice-warning">
              <p>{t('judging.auto.shortfalls', { count: plan.shortfalls.length })}</p>
            </div>
          )}
          <ScrollTable captionId="plan-jurors-caption" caption={t('judging.auto.jurorsCaption')}>
            <thead>
              <tr>
                <th scope="col">{t('judging.assignments.juror')}</th>
                <th scope="col">{t('judging.auto.now')}</th>
                <th scope="col">{t('judging.auto.after')}</th>
                <th scope="col">{t('judging.auto.added')}</th>
              </tr>
            </thead>
            <tbody>
              {described.jurors.map((juror) => (
                <tr key={juror.jurorId}>
                  <th scope="row">{juror.displayName}</th>
                  <td>{juror.before}</td>
                  <td>{juror.after}</td>
                  <td>{juror.added.length === 0 ? '–' : juror.added.join(', ')}</td>
                </tr>
              ))}
            </tbody>
          </ScrollTable>
          <ScrollTable
            captionId="plan-submissions-caption"
            caption={t('judging.auto.submissionsCaption', { count: plan.reviewsPerSubmission })}
          >
            <thead>
              <tr>
                <th scope="col">{t('judging.assignments.submission')}</th>
                <th scope="col">{t('judging.auto.now')}</th>
                <th scope="col">{t('judging.auto.after')}</th>
                <th scope="col">{t('judging.auto.note')}</th>
              </tr>
            </thead>
            <tbody>
              {described.submissions.map((submission) => (
                <tr key={submission.submissionId}>
                  <th scope="row">
                    {submission.title}
                    <span className="cell-note">{submission.teamName}</span>
                  </th>
                  <td>{submission.before}</td>
                  <td>{submission.after}</td>
                  <td>
                    {submission.eligibleJurors === null
                      ? '–'
                      : t('judging.auto.shortfall', { count: submission.eligibleJurors })}
                  </td>
                </tr>
              ))}
            </tbody>
          </ScrollTable>
          <div className="button-row">
            <button
              type="button"
              className="button"
              disabled={auto.isPending || plan.added.length === 0}
              onClick={() => apply(plan)}
            >
              {t('judging.auto.apply', { count: plan.added.length })}
            </button>
            <button type="button" className="button button-secondary" onClick={() => setPlan(null)}>
              {t('judging.auto.discard')}
            </button>
          </div>
        </section>
      )}
    </section>
  );
}

import type { EventDto, JuryRoundDto, JuryWorkDto, ReviewDto } from '@hackboard/contracts';
import { type FormEvent, type KeyboardEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { ErrorSummary } from '../../../components/ui/error-summary';
import { TextAreaField } from '../../../components/ui/form-fields';
import { useUnsavedChangesGuard } from '../../../components/ui/unsaved-changes-guard';
import { QueryState } from '../../../components/ui/query-state';
import { StatusMessage } from '../../../components/ui/status-message';
import { ProblemText } from '../../../components/ui/problem-text';
import { ApiError } from '../../../lib/api-client';
import { formatDateTime } from '../../../lib/format';
import { fieldId, type FieldProblems } from '../../../lib/form-errors';
import { useFormProblems } from '../../../lib/use-form-problems';
import { useJuryWork } from '../api/jury-work';
import { useReview, useSaveReview } from '../api/review';
import { useLiveJury } from '../hooks/use-live-jury';
import { juryProblem, juryProblems, scoreProblem } from '../utils/jury-problems';
import { nextUnscored, sameValues, saveInputOf, type ScoringValues, usesRadios, valuesOf } from '../utils/scoring';
import { isNotJuror, JuryPageFrame, NotJuror } from './jury-page-frame';
import { JudgingWindow, type QueueState } from './jury-queue-page';
import { ProjectSummary } from './project-summary';
import { ReviewStatusBadge } from './review-status-badge';
import { ScoreInput } from './score-input';
import './jury.css';
import { useArrivalState } from '../../../lib/use-arrival-state';

const FORM = 'review';
const MAX_COMMENT = 5000;

/** What the next page is told when the juror saved and moved on. */
interface ScoringState {
  savedTitle?: string;
}

/** `/events/:slug/jury/rounds/:roundId/submissions/:submissionId`: score one project on the round's rubric. */
export function ScoringPage({ event }: { event: EventDto }) {
  const { t } = useTranslation();
  const { roundId = '', submissionId = '' } = useParams();
  const review = useReview(event.slug, roundId, submissionId);
  const work = useJuryWork(event.slug);
  useLiveJury(event);
  const queue = `/events/${event.slug}/jury`;
  const trail = [{ to: queue, label: t('jury.queue.title') }];

  if (isNotJuror(review.error)) {
    return (
      <JuryPageFrame event={event} title={t('jury.scoring.title')} trail={trail}>
        <h1>{t('jury.scoring.title')}</h1>
        <NotJuror event={event} />
      </JuryPageFrame>
    );
  }
  if (review.error instanceof ApiError && [403, 404, 409].includes(review.error.status)) {
    return (
      <JuryPageFrame event={event} title={t('jury.scoring.unavailableTitle')} trail={trail}>
        <h1>{t('jury.scoring.unavailableTitle')}</h1>
        <div className="notice notice-info">
          <p>
            <ProblemText problem={juryProblem(review.error)} />
          </p>
          <Link to={queue}>{t('jury.backToQueue')}</Link>
        </div>
      </JuryPageFrame>
    );
  }
  return (
    <QueryState query={review}>
      {(data) => (
        <JuryPageFrame event={event} title={data.submission.title} trail={trail}>
          <ScoringForm key={`${data.roundId}:${data.submissionId}`} event={event} review={data} work={work.data} />
        </JuryPageFrame>
      )}
    </QueryState>
  );
}

function ScoringForm({ event, review, work }: { event: EventDto; review: ReviewDto; work: JuryWorkDto | undefined }) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const save = useSaveReview(event.slug, review.roundId, review.submissionId);
  const { problems, attempt, fail, clear } = useFormProblems();
  const [values, setValues] = useState<ScoringValues>(() => valuesOf(review));
  const [baseline, setBaseline] = useState<ScoringValues>(() => valuesOf(review));
  const [saved, setSaved] = useState<string>('');
  const [closedByServer, setClosedByServer] = useState<'ROUND_LOCKED' | 'NOT_JUDGING' | null>(null);
  const firstScore = useRef<HTMLDivElement>(null);

  const round: JuryRoundDto | undefined = work?.rounds.find((item) => item.id === review.roundId);
  const locked = !!round?.lockedAt || closedByServer === 'ROUND_LOCKED';
  const judgingClosed = (work ? !work.judgingOpen : false) || closedByServer === 'NOT_JUDGING';
  const pairwise = event.judgingMode !== 'rubric';
  const readOnly = locked || judgingClosed || pairwise;
  const unsaved = !sameValues(values, baseline);
  const leaveGuard = useUnsavedChangesGuard(unsaved && !readOnly);
  const position = round?.assignments.findIndex((item) => item.submissionId === review.submissionId) ?? -1;

  // A juror who saved and moved on hears that the save worked, here where they landed (said after
  // the page is in place, so the live region announces it), and starts at the scores.
  const { savedTitle } = useArrivalState<ScoringState>();
  useEffect(() => {
    if (!savedTitle) return;
    const timer = setTimeout(() => {
      setSaved(t('jury.scoring.savedPrevious', { title: savedTitle }));
      if (!readOnly) firstOpenScore(firstScore.current)?.focus();
    });
    return () => clearTimeout(timer);
  }, [savedTitle, readOnly, t]);

  const labels: Record<string, string> = {
    comment: t('jury.score.comment'),
    ...Object.fromEntries(review.criteria.map((criterion) => [`scores.${criterion.key}`, criterion.name])),
  };

  const localProblems = (): FieldProblems => {
    const found: FieldProblems = {};
    for (const criterion of review.criteria) {
      const value = values.scores[criterion.key];
      if (value === null || value === undefined || usesRadios(criterion)) continue;
      if (!Number.isInteger(value) || value < criterion.scaleMin || value > criterion.scaleMax) {
        found[`scores.${criterion.key}`] = {
          key: 'jury.score.between',
          values: { min: criterion.scaleMin, max: criterion.scaleMax },
          message: `must be between ${criterion.scaleMin} and ${criterion.scaleMax}`,
        };
      }
    }
    return found;
  };

  const run = async (andNext: boolean) => {
    if (readOnly || save.isPending) return;
    setSaved('');
    const local = localProblems();
    if (Object.keys(local).length > 0) {
      fail({ fields: local, form: null });
      return;
    }
    try {
      const stored = await save.mutateAsync(saveInputOf(values));
      clear();
      const now = valuesOf(stored);
      setBaseline(now);
      setValues(now);
      if (andNext) {
        // Saved: this render still counts the values as unsaved.
        leaveGuard.allowNextLeave();
        const next = round ? nextUnscored(round, review.submissionId) : null;
        if (next) {
          void navigate(`/events/${event.slug}/jury/rounds/${review.roundId}/submissions/${next}`, {
            state: { savedTitle: stored.submission.title } satisfies ScoringState,
          });
          return;
        }
        // Nothing else is left: to the queue when this one is complete too, otherwise stay here.
        if (stored.status === 'complete') {
          void navigate(`/events/${event.slug}/jury`, {
            state: { allScored: round?.name ?? '' } satisfies QueueState,
          });
          return;
        }
      }
      setSaved(
        t('jury.scoring.saved', {
          time: formatDateTime(stored.updatedAt ?? new Date().toISOString(), event.timezone, i18n.language),
        }),
      );
    } catch (error) {
      if (error instanceof ApiError && (error.code === 'ROUND_LOCKED' || error.code === 'NOT_JUDGING')) {
        setClosedByServer(error.code);
      }
      const found = juryProblems(error, Object.keys(labels));
      fail({
        form: found.form,
        fields: Object.fromEntries(
          Object.entries(found.fields).map(([path, problem]) => [
            path,
            path === 'comment' ? problem : scoreProblem(problem),
          ]),
        ),
      });
    }
  };

  // Ctrl+Enter (⌘+Enter on a Mac) saves and opens the next project; it types nothing, so it works in the comment too.
  const onKeyDown = (keyEvent: KeyboardEvent<HTMLFormElement>) => {
    if (keyEvent.key !== 'Enter' || keyEvent.altKey || keyEvent.shiftKey) return;
    if (keyEvent.ctrlKey || keyEvent.metaKey) {
      keyEvent.preventDefault();
      void run(true);
    } else if (keyEvent.target instanceof HTMLInputElement && keyEvent.target.type === 'radio') {
      // Browsers differ on whether Enter on a radio submits its form: here it always saves.
      keyEvent.preventDefault();
      void run(false);
    }
  };

  const scored = review.criteria.filter((criterion) => values.scores[criterion.key] !== null).length;

  return (
    <>
      <header className="page-header">
        <p className="eyebrow">
          {round
            ? position >= 0
              ? t('jury.scoring.eyebrowPosition', {
                  round: round.name,
                  number: position + 1,
                  total: round.assignments.length,
                })
              : round.name
            : t('jury.scoring.title')}
        </p>
      </header>
      <div className="two-columns">
        <section aria-labelledby="project-title" className="jury-project">
          <ProjectSummary project={review.submission} headingLevel={1} headingId="project-title" />
        </section>
        <section aria-labelledby="scores-title" className="panel">
          <h2 id="scores-title">{t('jury.scoring.scoresTitle')}</h2>
          <p className="badge-row">
            <ReviewStatusBadge status={review.status} />
            <span className="small">{t('jury.round.criteriaScored', { scored, total: review.criteria.length })}</span>
          </p>
          {work && <JudgingWindow event={event} open={!judgingClosed} />}
          {locked && (
            <div className="notice notice-warning">
              <p>{t('jury.scoring.locked')}</p>
            </div>
          )}
          {pairwise && (
            <div className="notice notice-info">
              <p>{t('jury.scoring.pairwiseEvent')}</p>
            </div>
          )}
          {!readOnly && review.criteria.length > 0 && <p>{t('jury.scoring.intro')}</p>}
          <StatusMessage>{saved}</StatusMessage>
          <ErrorSummary form={FORM} problems={problems} labels={labels} attempt={attempt} />
          {review.criteria.length === 0 ? (
            <p className="empty">{t('jury.scoring.noCriteria')}</p>
          ) : (
            <form
              noValidate
              className="form"
              aria-labelledby="scores-title"
              aria-busy={save.isPending || undefined}
              onKeyDown={onKeyDown}
              onSubmit={(formEvent: FormEvent) => {
                formEvent.preventDefault();
                void run(false);
              }}
            >
              <div ref={firstScore}>
                {review.criteria.map((criterion) => {
                  const path = `scores.${criterion.key}`;
                  return (
                    <ScoreInput
                      key={criterion.id}
                      criterion={criterion}
                      id={fieldId(FORM, path)}
                      value={values.scores[criterion.key] ?? null}
                      problem={problems.fields[path]}
                      disabled={readOnly}
                      onChange={(value) =>
                        setValues((current) => ({ ...current, scores: { ...current.scores, [criterion.key]: value } }))
                      }
                    />
                  );
                })}
              </div>
              <TextAreaField
                id={fieldId(FORM, 'comment')}
                label={labels['comment']}
                hint={t('jury.score.commentHint', { count: MAX_COMMENT - values.comment.length })}
                optional
                rows={5}
                maxLength={MAX_COMMENT}
                disabled={readOnly}
                value={values.comment}
                problem={problems.fields['comment']}
                onChange={(changeEvent) => {
                  const comment = changeEvent.target.value;
                  setValues((current) => ({ ...current, comment }));
                }}
              />
              {!readOnly && (
                <>
                  {unsaved && <p className="muted">{t('jury.scoring.unsaved')}</p>}
                  <div className="button-row">
                    <button type="button" className="button" disabled={save.isPending} onClick={() => void run(true)}>
                      {t('jury.scoring.saveAndNext')}
                    </button>
                    <button type="submit" className="button button-secondary" disabled={save.isPending}>
                      {t('jury.scoring.save')}
                    </button>
                    <Link to={`/events/${event.slug}/jury`}>{t('jury.backToQueue')}</Link>
                  </div>
                </>
              )}
            </form>
          )}
          {!readOnly && review.criteria.length > 0 && <Shortcuts />}
          {leaveGuard.dialog}
        </section>
      </div>
    </>
  );
}

/** The input of the first criterion without a value (or the first criterion's), where scoring goes on. */
function firstOpenScore(container: HTMLElement | null): HTMLInputElement | null {
  const fieldsets = [...(container?.querySelectorAll('fieldset') ?? [])];
  const open = fieldsets.find((fieldset) =>
    [...fieldset.querySelectorAll('input')].every((input) =>
      input.type === 'radio' ? !input.checked || input.value === '' : !input.value,
    ),
  );
  const target = open ?? fieldsets[0];
  return target?.querySelector<HTMLInputElement>('input:checked') ?? target?.querySelector('input') ?? null;
}

function Shortcuts() {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="shortcuts-title" className="jury-shortcuts">
      <h3 id="shortcuts-title">{t('jury.shortcuts.title')}</h3>
      <ul className="shortcut-list">
        <li>
          <kbd>Tab</kbd> {t('jury.shortcuts.tab')}
        </li>
        <li>
          <kbd>←</kbd> <kbd>→</kbd> {t('jury.shortcuts.arrows')}
        </li>
        <li>
          <kbd>0</kbd>–<kbd>9</kbd> {t('jury.shortcuts.digits')}
        </li>
        <li>
          <kbd>Delete</kbd> {t('jury.shortcuts.delete')}
        </li>
        <li>
          <kbd>Ctrl</kbd> + <kbd>Enter</kbd> {t('jury.shortcuts.saveNext')}
        </li>
        <li>
          <kbd>Enter</kbd> {t('jury.shortcuts.save')}
        </li>
      </ul>
    </section>
  );
}

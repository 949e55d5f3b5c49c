import type { ConflictDto, EventDto, GalleryProjectDto, JuryWorkDto } from '@hackboard/contracts';
import { type FormEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../../components/ui/confirm-dialog';
import { ErrorSummary } from '../../../components/ui/error-summary';
import { SelectField, TextAreaField } from '../../../components/ui/form-fields';
import { ProblemText } from '../../../components/ui/problem-text';
import { QueryState } from '../../../components/ui/query-state';
import { StatusMessage } from '../../../components/ui/status-message';
import { formatDateTime } from '../../../lib/format';
import { fieldId, type FieldProblems, type Problem } from '../../../lib/form-errors';
import { useFormProblems } from '../../../lib/use-form-problems';
import { useDeclareConflict, useEventProjects, useWithdrawConflict } from '../api/conflicts';
import { useJuryWork } from '../api/jury-work';
import { useLiveJury } from '../hooks/use-live-jury';
import { juryProblem, juryProblems } from '../utils/jury-problems';
import { isNotJuror, JuryPageFrame, NotJuror } from './jury-page-frame';
import './jury.css';

const FORM = 'conflict';
const MAX_REASON = 500;

/** `/events/:slug/jury/conflicts`: the juror's declared conflicts of interest, and a form to declare one. */
export function ConflictsPage({ event }: { event: EventDto }) {
  const { t } = useTranslation();
  const work = useJuryWork(event.slug);
  useLiveJury(event);
  return (
    <JuryPageFrame
      event={event}
      title={t('jury.conflicts.title')}
      trail={[{ to: `/events/${event.slug}/jury`, label: t('jury.queue.title') }]}
    >
      <h1>{t('jury.conflicts.title')}</h1>
      <p>{t('jury.conflicts.intro')}</p>
      {isNotJuror(work.error) ? (
        <NotJuror event={event} />
      ) : (
        <QueryState query={work}>{(data) => <Conflicts event={event} work={data} />}</QueryState>
      )}
    </JuryPageFrame>
  );
}

function Conflicts({ event, work }: { event: EventDto; work: JuryWorkDto }) {
  const { t } = useTranslation();
  const [outcome, setOutcome] = useState('');
  const declaredHeading = useRef<HTMLHeadingElement>(null);
  const onWithdrawn = (message: string) => {
    setOutcome(message);
    // The withdrawn row, and the button that had focus, are gone: keyboard users continue at the list.
    declaredHeading.current?.focus();
  };
  return (
    <>
      <StatusMessage>{outcome}</StatusMessage>
      <section aria-labelledby="declared-title">
        <h2 id="declared-title" ref={declaredHeading} tabIndex={-1}>
          {t('jury.conflicts.declaredTitle')}
        </h2>
        {work.conflicts.length === 0 ? (
          <p className="empty">{t('jury.conflicts.none')}</p>
        ) : (
          <ul className="row-list">
            {work.conflicts.map((conflict) => (
              <DeclaredConflict key={conflict.id} event={event} conflict={conflict} onWithdrawn={onWithdrawn} />
            ))}
          </ul>
        )}
      </section>
      <DeclareForm event={event} work={work} onDeclared={setOutcome} />
    </>
  );
}

function DeclaredConflict({
  event,
  conflict,
  onWithdrawn,
}: {
  event: EventDto;
  conflict: ConflictDto;
  onWithdrawn: (message: string) => void;
}) {
  const { t, i18n } = useTranslation();
  const withdraw = useWithdrawConflict(event.slug);
  const [confirming, setConfirming] = useState(false);
  const [problem, setProblem] = useState<Problem | null>(null);
  return (
    <li className="row-item">
      <h3 className="project-title">{conflict.submissionTitle}</h3>
      <p className="pre-line">
        <span className="strong">{t('jury.conflicts.reason')}:</span> {conflict.reason}
      </p>
      <p className="muted small">
        {t('jury.conflicts.declaredAt', {
          at: formatDateTime(conflict.createdAt, event.timezone, i18n.language),
        })}
      </p>
      {problem && (
        <p role="alert" className="field-error">
          <ProblemText problem={problem} />
        </p>
      )}
      <button
        type="button"
        className="button button-secondary button-small button-danger-outline"
        onClick={() => setConfirming(true)}
      >
        {t('jury.conflicts.withdraw')} <span className="visually-hidden">– {conflict.submissionTitle}</span>
      </button>
      <ConfirmDialog
        open={confirming}
        title={t('jury.conflicts.withdrawTitle', { title: conflict.submissionTitle })}
        confirmLabel={t('jury.conflicts.withdrawConfirm')}
        cancelLabel={t('jury.cancel')}
        danger
        busy={withdraw.isPending}
        onCancel={() => setConfirming(false)}
        onConfirm={async () => {
          setProblem(null);
          // Awaited rather than per-call callbacks: the row unmounts once the refreshed list leaves it out.
          try {
            await withdraw.mutateAsync(conflict.id);
            setConfirming(false);
            onWithdrawn(t('jury.conflicts.withdrawn', { title: conflict.submissionTitle }));
          } catch (error) {
            setConfirming(false);
            setProblem(juryProblem(error));
          }
        }}
      >
        <p>{t('jury.conflicts.withdrawBody')}</p>
      </ConfirmDialog>
    </li>
  );
}

function DeclareForm({
  event,
  work,
  onDeclared,
}: {
  event: EventDto;
  work: JuryWorkDto;
  onDeclared: (message: string) => void;
}) {
  const { t, i18n } = useTranslation();
  const projects = useEventProjects(event.slug);
  const declare = useDeclareConflict(event.slug);
  const { problems, attempt, fail, clear } = useFormProblems();
  const [submissionId, setSubmissionId] = useState('');
  const [reason, setReason] = useState('');
  const labels = { submissionId: t('jury.conflicts.project'), reason: t('jury.conflicts.reason') };
  const declared = new Set(work.conflicts.map((conflict) => conflict.submissionId));

  const onSubmit = (formEvent: FormEvent, choices: GalleryProjectDto[]) => {
    formEvent.preventDefault();
    const missing: FieldProblems = {};
    if (!submissionId) missing['submissionId'] = { key: 'form.problem.choose', message: 'is required' };
    if (!reason.trim()) missing['reason'] = { key: 'form.problem.required', message: 'is required' };
    if (Object.keys(missing).length > 0) {
      fail({ fields: missing, form: null });
      return;
    }
    const project = choices.find((item) => item.id === submissionId);
    // The rounds where the project was on the juror's list: the declaration takes it off all of them.
    const rounds = work.rounds
      .filter((round) => round.assignments.some((item) => item.submissionId === submissionId))
      .map((round) => round.name);
    declare.mutate(
      { submissionId, reason: reason.trim() },
      {
        onSuccess: (conflict) => {
          clear();
          setSubmissionId('');
          setReason('');
          const title = project?.title ?? conflict.submissionTitle;
          onDeclared(
            rounds.length > 0
              ? t('jury.conflicts.declaredUnassigned', {
                  title,
                  rounds: new Intl.ListFormat(i18n.language, { type: 'conjunction' }).format(rounds),
                  count: rounds.length,
                })
              : t('jury.conflicts.declaredNotAssigned', { title }),
          );
        },
        onError: (error) => fail(juryProblems(error, Object.keys(labels))),
      },
    );
  };

  return (
    <section aria-labelledby="declare-title" className="panel">
      <h2 id="declare-title">{t('jury.conflicts.declareTitle')}</h2>
      <p>{t('jury.conflicts.declareIntro')}</p>
      <QueryState query={projects}>
        {(list) => {
          const choices = list.filter((project) => !declared.has(project.id));
          if (list.length === 0) {
            return (
              <p className="empty">
                {t('jury.conflicts.noProjects', {
                  deadline: formatDateTime(event.timeline.submissionDeadline, event.timezone, i18n.language),
                })}
              </p>
            );
          }
          return (
            <>
              <ErrorSummary form={FORM} problems={problems} labels={labels} attempt={attempt} />
              <form noValidate className="form" onSubmit={(formEvent) => onSubmit(formEvent, choices)}>
                <SelectField
                  id={fieldId(FORM, 'submissionId')}
                  label={labels.submissionId}
                  value={submissionId}
                  problem={problems.fields['submissionId']}
                  onChange={(changeEvent) => setSubmissionId(changeEvent.target.value)}
                >
                  <option value="">{t('jury.conflicts.chooseProject')}</option>
                  {choices.map((project) => (
                    <option key={project.id} value={project.id}>
                      {t('jury.conflicts.projectOption', {
                        title: project.title,
                        team: project.teamName,
                        challenge: project.challenge.title,
                      })}
                    </option>
                  ))}
                </SelectField>
                <TextAreaField
                  id={fieldId(FORM, 'reason')}
                  label={labels.reason}
                  hint={t('jury.conflicts.reasonHint', { count: MAX_REASON - reason.length })}
                  rows={3}
                  maxLength={MAX_REASON}
                  value={reason}
                  problem={problems.fields['reason']}
                  onChange={(changeEvent) => setReason(changeEvent.target.value)}
                />
                <p className="muted">{t('jury.conflicts.effect')}</p>
                <div className="button-row">
                  <button type="submit" className="button" disabled={declare.isPending}>
                    {t('jury.conflicts.declare')}
                  </button>
                </div>
              </form>
            </>
          );
        }}
      </QueryState>
    </section>
  );
}

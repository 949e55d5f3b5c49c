import type { AssignmentDto, EventDto, PanelMemberDto, RoundDetailDto, RoundDto } from '@hackboard/contracts';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ConfirmDialog } from '../../../components/ui/confirm-dialog';
import { ErrorSummary } from '../../../components/ui/error-summary';
import { SelectField } from '../../../components/ui/form-fields';
import { ProblemText } from '../../../components/ui/problem-text';
import { QueryState } from '../../../components/ui/query-state';
import { StatusMessage } from '../../../components/ui/status-message';
import { fieldId, problemsFromIssues } from '../../../lib/form-errors';
import { useFormProblems } from '../../../lib/use-form-problems';
import { CreateAssignmentInput } from '@hackboard/contracts';
import { useCreateAssignment } from '../api/create-assignment';
import { useDeleteAssignment } from '../api/delete-assignment';
import { useAssignments } from '../api/get-assignments';
import { usePanel } from '../api/get-panel';
import { useRound } from '../api/get-round';
import { judgingProblem, judgingProblems } from '../utils/judging-problem';
import { AutoAssign } from './auto-assign';
import { ScrollTable } from '../../../components/ui/scroll-table';

/** A round's assignments: the panel's load, who reviews each entry, and the ways to change that. */
export function RoundAssignments({ event, round }: { event: EventDto; round: RoundDto }) {
  const { t } = useTranslation();
  const detail = useRound(event.slug, round.id);
  const panel = usePanel(event.slug, round.id);
  const assignments = useAssignments(event.slug, round.id);
  const roundsLink = `/events/${event.slug}/organize/rounds?round=${round.id}`;

  return (
    <QueryState query={detail}>
      {(data) => (
        <QueryState query={panel}>
          {(currentPanel) => (
            <QueryState query={assignments}>
              {(list) => (
                <>
                  {round.lockedAt && (
                    <p className="notice notice-warning">
                      {t('judging.assignments.locked')} <Link to={roundsLink}>{t('judging.assignments.toRound')}</Link>
                    </p>
                  )}
                  {currentPanel.jurors.length === 0 ? (
                    <p className="notice notice-info">
                      {t('judging.assignments.noPanel')} <Link to={roundsLink}>{t('judging.assignments.toRound')}</Link>
                    </p>
                  ) : (
                    <PanelLoad round={round} jurors={currentPanel.jurors} />
                  )}
                  <AssignmentsTable event={event} round={data} assignments={list} />
                  {currentPanel.jurors.length > 0 && data.entries.length > 0 && !round.lockedAt && (
                    <>
                      <AssignForm event={event} round={data} panel={currentPanel.jurors} />
                      <AutoAssign event={event} round={data} assignments={list} panel={currentPanel.jurors} />
                    </>
                  )}
                </>
              )}
            </QueryState>
          )}
        </QueryState>
      )}
    </QueryState>
  );
}

function PanelLoad({ round, jurors }: { round: RoundDto; jurors: PanelMemberDto[] }) {
  const { t } = useTranslation();
  return (
    <ScrollTable captionId="load-caption" caption={t('judging.assignments.loadCaption', { name: round.name })}>
      <thead>
        <tr>
          <th scope="col">{t('judging.assignments.juror')}</th>
          <th scope="col">{t('judging.assignments.assigned')}</th>
          <th scope="col">{t('judging.assignments.completed')}</th>
        </tr>
      </thead>
      <tbody>
        {jurors.map((juror) => (
          <tr key={juror.userId}>
            <th scope="row">{juror.displayName}</th>
            <td>{juror.assignments}</td>
            <td>{juror.completed}</td>
          </tr>
        ))}
      </tbody>
    </ScrollTable>
  );
}

function AssignmentsTable({
  event,
  round,
  assignments,
}: {
  event: EventDto;
  round: RoundDetailDto;
  assignments: AssignmentDto[];
}) {
  const { t } = useTranslation();
  const remove = useDeleteAssignment(event.slug, round.id);
  const [status, setStatus] = useState<string | null>(null);
  const [confirming, setConfirming] = useState<AssignmentDto | null>(null);

  function unassign(assignment: AssignmentDto) {
    setStatus(null);
    remove.mutate(assignment.id, {
      onSuccess: () =>
        setStatus(t('judging.assignments.unassigned', { juror: assignment.jurorName, title: assignment.title })),
      onSettled: () => setConfirming(null),
    });
  }

  return (
    <section aria-labelledby="by-submission-heading">
      <h3 id="by-submission-heading">{t('judging.assignments.bySubmission')}</h3>
      {remove.isError && (
        <p role="alert" className="notice notice-error">
          <ProblemText problem={judgingProblem(remove.error)} />
        </p>
      )}
      <StatusMessage>{status}</StatusMessage>
      {round.entries.length === 0 ? (
        <p className="empty">{t('judging.assignments.noEntries')}</p>
      ) : (
        <ScrollTable
          captionId="by-submission-caption"
          caption={t('judging.assignments.caption', { count: assignments.length, wanted: round.reviewsPerSubmission })}
        >
          <thead>
            <tr>
              <th scope="col">{t('judging.assignments.submission')}</th>
              <th scope="col">{t('judging.assignments.reviews')}</th>
              <th scope="col">{t('judging.assignments.jurors')}</th>
            </tr>
          </thead>
          <tbody>
            {round.entries.map((entry) => {
              const reviewers = assignments.filter((assignment) => assignment.submissionId === entry.submissionId);
              return (
                <tr key={entry.submissionId}>
                  <th scope="row">
                    {entry.title}
                    <span className="cell-note">{entry.teamName}</span>
                  </th>
                  <td className="nowrap">
                    {t('judging.assignments.reviewCount', {
                      count: reviewers.length,
                      wanted: round.reviewsPerSubmission,
                    })}
                  </td>
                  <td>
                    {reviewers.length === 0 ? (
                      <span className="muted">{t('judging.assignments.nobody')}</span>
                    ) : (
                      <ul className="plain-list">
                        {reviewers.map((assignment) => (
                          <li key={assignment.id}>
                            {assignment.jurorName}{' '}
                            <span className="small muted">({t(`judging.reviewStatus.${assignment.status}`)})</span>{' '}
                            {!round.lockedAt && (
                              <button
                                type="button"
                                className="button button-secondary button-small"
                                disabled={remove.isPending}
                                onClick={() =>
                                  assignment.status === 'not-started' ? unassign(assignment) : setConfirming(assignment)
                                }
                              >
                                {t('judging.assignments.unassign')}{' '}
                                <span className="visually-hidden">
                                  {t('judging.assignments.unassignWho', {
                                    juror: assignment.jurorName,
                                    title: assignment.title,
                                  })}
                                </span>
                              </button>
                            )}
                          </li>
                        ))}
                      </ul>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </ScrollTable>
      )}
      {confirming && (
        <ConfirmDialog
          open
          danger
          title={t('judging.assignments.unassignTitle', { juror: confirming.jurorName })}
          confirmLabel={t('judging.assignments.unassign')}
          cancelLabel={t('form.cancel')}
          busy={remove.isPending}
          onConfirm={() => unassign(confirming)}
          onCancel={() => setConfirming(null)}
        >
          <p>{t('judging.assignments.unassignBody', { juror: confirming.jurorName, title: confirming.title })}</p>
        </ConfirmDialog>
      )}
    </section>
  );
}

const ASSIGN_FORM = 'assign';

function AssignForm({ event, round, panel }: { event: EventDto; round: RoundDetailDto; panel: PanelMemberDto[] }) {
  const { t } = useTranslation();
  const create = useCreateAssignment(event.slug, round.id);
  const { problems, attempt, fail, clear } = useFormProblems();
  const [jurorId, setJurorId] = useState('');
  const [submissionId, setSubmissionId] = useState('');
  const [status, setStatus] = useState<string | null>(null);
  const labels = { jurorId: t('judging.assignments.juror'), submissionId: t('judging.assignments.submission') };

  function submit(formEvent: FormEvent) {
    formEvent.preventDefault();
    setStatus(null);
    const parsed = CreateAssignmentInput.safeParse({ jurorId, submissionId });
    if (!parsed.success) return fail({ fields: problemsFromIssues(parsed.error.issues), form: null });
    clear();
    create.mutate(parsed.data, {
      onSuccess: (assignment) =>
        setStatus(t('judging.assignments.assignedOne', { juror: assignment.jurorName, title: assignment.title })),
      onError: (error) => fail(judgingProblems(error, ['jurorId', 'submissionId'])),
    });
  }

  return (
    <section aria-labelledby="assign-heading" className="panel">
      <h3 id="assign-heading">{t('judging.assignments.manualTitle')}</h3>
      <p>{t('judging.assignments.manualIntro')}</p>
      <ErrorSummary form={ASSIGN_FORM} problems={problems} labels={labels} attempt={attempt} />
      <StatusMessage>{status}</StatusMessage>
      <form noValidate onSubmit={submit} className="inline-form" aria-busy={create.isPending || undefined}>
        <SelectField
          id={fieldId(ASSIGN_FORM, 'jurorId')}
          label={labels.jurorId}
          value={jurorId}
          onChange={(change) => setJurorId(change.target.value)}
          problem={problems.fields['jurorId']}
        >
          <option value="">{t('judging.assignments.chooseJuror')}</option>
          {panel.map((juror) => (
            <option key={juror.userId} value={juror.userId}>
              {juror.displayName}
            </option>
          ))}
        </SelectField>
        <SelectField
          id={fieldId(ASSIGN_FORM, 'submissionId')}
          label={labels.submissionId}
          value={submissionId}
          onChange={(change) => setSubmissionId(change.target.value)}
          problem={problems.fields['submissionId']}
        >
          <option value="">{t('judging.assignments.chooseSubmission')}</option>
          {round.entries.map((entry) => (
            <option key={entry.submissionId} value={entry.submissionId}>
              {entry.title} – {entry.teamName}
            </option>
          ))}
        </SelectField>
        <button type="submit" className="button" disabled={create.isPending}>
          {t('judging.assignments.assign')}
        </button>
      </form>
    </section>
  );
}

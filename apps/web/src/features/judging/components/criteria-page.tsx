import type { ChallengeDto, CriterionDto, EventDto, RoundDto } from '@hackboard/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { ConfirmDialog } from '../../../components/ui/confirm-dialog';
import { ConsoleTitle } from '../../../components/ui/console-title';
import { SelectField } from '../../../components/ui/form-fields';
import { ProblemText } from '../../../components/ui/problem-text';
import { QueryState } from '../../../components/ui/query-state';
import { StatusMessage } from '../../../components/ui/status-message';
import { type Problem } from '../../../lib/form-errors';
import { useFormProblems } from '../../../lib/use-form-problems';
import { useCreateCriterion } from '../api/create-criterion';
import { useDeleteCriterion } from '../api/delete-criterion';
import { useCriteria } from '../api/get-criteria';
import { useRounds } from '../api/get-rounds';
import type { RubricRef } from '../api/judging-keys';
import { useReorderCriteria, useUpdateCriterion } from '../api/update-criterion';
import {
  CRITERION_FIELDS,
  type CriterionFormValues,
  createInput,
  criterionProblems,
  criterionValues,
  emptyCriterion,
  keyFromName,
  reorderMoves,
  updateInput,
} from '../utils/criterion-form';
import { judgingProblem, judgingProblems, needsRescore } from '../utils/judging-problem';
import { CriterionForm } from './criterion-form';
import { RescoreDialog } from './rescore-dialog';
import { ScrollTable } from '../../../components/ui/scroll-table';

/** `?rubric=event`, `challenge:<id>` or `round:<id>`. */
function rubricFromSearch(value: string | null): RubricRef {
  const [scope, id] = (value ?? '').split(':');
  if ((scope === 'challenge' || scope === 'round') && id) return { scope, id };
  return { scope: 'event' };
}

const rubricToSearch = (rubric: RubricRef) => (rubric.scope === 'event' ? 'event' : `${rubric.scope}:${rubric.id}`);

/** The rounds whose scores use this rubric (a round's own, its challenge's, or the event's). */
function roundsUsing(rubric: RubricRef, rounds: readonly RoundDto[]): RoundDto[] {
  if (rubric.scope === 'round') return rounds.filter((round) => round.id === rubric.id);
  if (rubric.scope === 'challenge') {
    return rounds.filter((round) => round.challengeId === rubric.id && round.rubric !== 'round');
  }
  return rounds.filter((round) => round.rubric === 'event' || round.rubric === null);
}

/** A change waiting for the organizer to confirm a re-score. */
interface PendingRescore {
  change: string;
  run: (confirmRescore: boolean) => Promise<{ deletedScores: number }>;
  done: (deletedScores: number) => void;
}

/** `/events/:slug/organize/criteria`: the event's rubric, each challenge's own and each round's own. */
export function CriteriaPage({ event, challenges }: { event: EventDto; challenges: readonly ChallengeDto[] }) {
  const { t } = useTranslation();
  const [search, setSearch] = useSearchParams();
  const rubric = rubricFromSearch(search.get('rubric'));
  const rounds = useRounds(event.slug);

  return (
    <section aria-labelledby="criteria-heading">
      <ConsoleTitle area={t('judging.criteria.title')} event={event.name} />
      <h2 id="criteria-heading">{t('judging.criteria.title')}</h2>
      <p>{t('judging.criteria.intro')}</p>
      {event.judgingMode === 'pairwise' && <p className="notice notice-info">{t('judging.criteria.pairwiseNote')}</p>}
      <SelectField
        id="criteria-rubric"
        label={t('judging.criteria.rubric')}
        hint={t('judging.criteria.rubricHint')}
        value={rubricToSearch(rubric)}
        onChange={(change) => setSearch({ rubric: change.target.value }, { replace: true })}
      >
        <option value="event">{t('judging.criteria.eventRubric')}</option>
        {challenges.length > 0 && (
          <optgroup label={t('judging.criteria.challengeRubrics')}>
            {challenges.map((challenge) => (
              <option key={challenge.id} value={`challenge:${challenge.id}`}>
                {t('judging.criteria.challengeRubric', { title: challenge.title })}
              </option>
            ))}
          </optgroup>
        )}
        {(rounds.data ?? []).length > 0 && (
          <optgroup label={t('judging.criteria.roundRubrics')}>
            {rounds.data!.map((round) => (
              <option key={round.id} value={`round:${round.id}`}>
                {t('judging.criteria.roundRubric', { name: round.name })}
              </option>
            ))}
          </optgroup>
        )}
      </SelectField>
      <RubricEditor
        key={rubricToSearch(rubric)}
        event={event}
        rubric={rubric}
        rounds={roundsUsing(rubric, rounds.data ?? [])}
      />
    </section>
  );
}

function RubricEditor({ event, rubric, rounds }: { event: EventDto; rubric: RubricRef; rounds: RoundDto[] }) {
  const { t } = useTranslation();
  const slug = event.slug;
  const criteria = useCriteria(slug, rubric);
  const create = useCreateCriterion(slug, rubric);
  const update = useUpdateCriterion(slug);
  const reorder = useReorderCriteria(slug);
  const remove = useDeleteCriterion(slug);
  const form = useFormProblems();
  const [editing, setEditing] = useState<CriterionDto | null>(null);
  const [values, setValues] = useState<CriterionFormValues>(emptyCriterion);
  // The key follows the name until the organizer types a key of their own.
  const [keyTouched, setKeyTouched] = useState(false);
  const [status, setStatus] = useState<string | null>(null);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [deleting, setDeleting] = useState<CriterionDto | null>(null);
  const [rescore, setRescore] = useState<PendingRescore | null>(null);
  const [rescoring, setRescoring] = useState(false);
  const busy = create.isPending || update.isPending || reorder.isPending || remove.isPending || rescoring;
  const scored = rounds.filter((round) => round.scoringStarted);

  /** Runs a change; a refusal for started scoring opens the re-score question instead of failing. */
  function attempt(
    change: string,
    run: PendingRescore['run'],
    done: PendingRescore['done'],
    failed: (error: unknown) => void,
  ) {
    setStatus(null);
    setProblem(null);
    run(false).then(
      (result) => done(result.deletedScores),
      (error: unknown) => (needsRescore(error) ? setRescore({ change, run, done }) : failed(error)),
    );
  }

  function savedMessage(message: string, deletedScores: number) {
    setStatus(deletedScores > 0 ? `${message} ${t('judging.rescore.deleted', { count: deletedScores })}` : message);
  }

  function startEditing(criterion: CriterionDto | null) {
    form.clear();
    setStatus(null);
    setEditing(criterion);
    setValues(criterion ? criterionValues(criterion) : emptyCriterion());
    setKeyTouched(criterion !== null);
    if (criterion) requestAnimationFrame(() => document.getElementById('criterion-form-heading')?.focus());
  }

  function submit() {
    const failed = (error: unknown) => {
      const problems = judgingProblems(error, CRITERION_FIELDS);
      form.fail({ ...problems, fields: criterionProblems(problems.fields) });
    };
    if (editing) {
      const result = updateInput(editing, values);
      if (result === null) {
        form.clear();
        return setStatus(t('form.nothingToSave'));
      }
      if (!result.ok) return form.fail({ fields: result.problems, form: null });
      form.clear();
      const criterion = editing;
      attempt(
        t('judging.rescore.changeEdit', { name: criterion.name }),
        (confirmRescore) =>
          update.mutateAsync({
            criterionId: criterion.id,
            input: confirmRescore ? { ...result.input, confirmRescore } : result.input,
          }),
        (deletedScores) => {
          savedMessage(t('judging.criteria.updated', { name: values.name.trim() }), deletedScores);
          startEditingAfterSave();
        },
        failed,
      );
      return;
    }
    const result = createInput(values);
    if (!result.ok) return form.fail({ fields: result.problems, form: null });
    form.clear();
    attempt(
      t('judging.rescore.changeAdd', { name: result.input.name }),
      (confirmRescore) => create.mutateAsync(confirmRescore ? { ...result.input, confirmRescore } : result.input),
      (deletedScores) => {
        savedMessage(t('judging.criteria.added', { name: result.input.name }), deletedScores);
        setValues(emptyCriterion());
        setKeyTouched(false);
      },
      failed,
    );
  }

  function startEditingAfterSave() {
    setEditing(null);
    setValues(emptyCriterion());
    setKeyTouched(false);
  }

  function move(list: CriterionDto[], index: number, direction: -1 | 1) {
    const criterion = list[index]!;
    const moves = reorderMoves(list, index, direction);
    if (moves.length === 0) return;
    attempt(
      t('judging.rescore.changeOrder'),
      (confirmRescore) => reorder.mutateAsync({ moves, confirmRescore }),
      (deletedScores) =>
        savedMessage(
          t(direction < 0 ? 'judging.criteria.movedUp' : 'judging.criteria.movedDown', { name: criterion.name }),
          deletedScores,
        ),
      (error) => setProblem(judgingProblem(error)),
    );
  }

  function confirmDelete(criterion: CriterionDto) {
    attempt(
      t('judging.rescore.changeDelete', { name: criterion.name }),
      (confirmRescore) => remove.mutateAsync({ criterionId: criterion.id, confirmRescore }),
      (deletedScores) => {
        setDeleting(null);
        if (editing?.id === criterion.id) startEditingAfterSave();
        savedMessage(t('judging.criteria.deleted', { name: criterion.name }), deletedScores);
      },
      (error) => {
        setDeleting(null);
        setProblem(judgingProblem(error));
      },
    );
  }

  return (
    <>
      {rounds.length > 0 ? (
        <p>{t('judging.criteria.usedBy', { rounds: rounds.map((round) => round.name).join(', ') })}</p>
      ) : (
        <p className="muted">{t('judging.criteria.usedByNone')}</p>
      )}
      {scored.length > 0 && (
        <div className="notice notice-warning">
          <p>
            <strong>{t('judging.criteria.lockedTitle')}</strong>{' '}
            {t('judging.criteria.locked', { rounds: scored.map((round) => round.name).join(', ') })}
          </p>
        </div>
      )}
      {problem && (
        <p role="alert" className="notice notice-error">
          <ProblemText problem={problem} />
        </p>
      )}
      <StatusMessage>{status}</StatusMessage>
      <QueryState query={criteria}>
        {(list) => {
          const totalWeight = list.reduce((sum, criterion) => sum + criterion.weight, 0);
          return list.length === 0 ? (
            <p className="empty">
              {t(rubric.scope === 'event' ? 'judging.criteria.emptyEvent' : 'judging.criteria.emptyOwn')}
            </p>
          ) : (
            <ScrollTable captionId="criteria-caption" caption={t('judging.criteria.caption', { count: list.length })}>
              <thead>
                <tr>
                  <th scope="col">{t('judging.criteria.name')}</th>
                  <th scope="col">{t('judging.criteria.weight')}</th>
                  <th scope="col">{t('judging.criteria.scale')}</th>
                  <th scope="col">{t('judging.criteria.actions')}</th>
                </tr>
              </thead>
              <tbody>
                {list.map((criterion, index) => (
                  <tr key={criterion.id}>
                    <th scope="row">
                      {criterion.name}
                      <span className="cell-note">
                        <code>{criterion.key}</code>
                      </span>
                      {criterion.description && <span className="cell-note pre-line">{criterion.description}</span>}
                    </th>
                    <td className="nowrap">
                      {t('judging.criteria.weightShare', {
                        weight: criterion.weight,
                        share: Math.round((criterion.weight / totalWeight) * 100),
                      })}
                    </td>
                    <td className="nowrap">
                      {t('judging.criteria.scaleRange', { min: criterion.scaleMin, max: criterion.scaleMax })}
                    </td>
                    <td>
                      <div className="button-row">
                        <button
                          type="button"
                          className="button button-secondary button-small"
                          disabled={busy || index === 0}
                          onClick={() => move(list, index, -1)}
                        >
                          {t('judging.criteria.moveUp')} <span className="visually-hidden">{criterion.name}</span>
                        </button>
                        <button
                          type="button"
                          className="button button-secondary button-small"
                          disabled={busy || index === list.length - 1}
                          onClick={() => move(list, index, 1)}
                        >
                          {t('judging.criteria.moveDown')} <span className="visually-hidden">{criterion.name}</span>
                        </button>
                        <button
                          type="button"
                          className="button button-secondary button-small"
                          disabled={busy}
                          onClick={() => startEditing(criterion)}
                        >
                          {t('judging.criteria.edit')} <span className="visually-hidden">{criterion.name}</span>
                        </button>
                        <button
                          type="button"
                          className="button button-secondary button-small button-danger-outline"
                          disabled={busy}
                          onClick={() => {
                            setProblem(null);
                            setStatus(null);
                            setDeleting(criterion);
                          }}
                        >
                          {t('judging.criteria.delete')} <span className="visually-hidden">{criterion.name}</span>
                        </button>
                      </div>
                    </td>
                  </tr>
                ))}
              </tbody>
            </ScrollTable>
          );
        }}
      </QueryState>
      <CriterionForm
        heading={editing ? t('judging.criteria.editTitle', { name: editing.name }) : t('judging.criteria.addTitle')}
        values={values}
        problems={form.problems}
        attempt={form.attempt}
        busy={busy}
        submitLabel={editing ? t('judging.criteria.save') : t('judging.criteria.add')}
        onChange={(patch) => {
          if (patch.key !== undefined) setKeyTouched(true);
          setValues((current) => ({
            ...current,
            ...patch,
            ...(patch.name !== undefined && !keyTouched ? { key: keyFromName(patch.name) } : {}),
          }));
        }}
        onSubmit={submit}
        onCancel={editing ? () => startEditing(null) : undefined}
      />
      {deleting && (
        <ConfirmDialog
          open={rescore === null}
          danger
          title={t('judging.criteria.deleteTitle', { name: deleting.name })}
          confirmLabel={t('judging.criteria.delete')}
          cancelLabel={t('form.cancel')}
          busy={remove.isPending}
          onConfirm={() => confirmDelete(deleting)}
          onCancel={() => setDeleting(null)}
        >
          <p>{t('judging.criteria.deleteBody', { name: deleting.name })}</p>
        </ConfirmDialog>
      )}
      {rescore && (
        <RescoreDialog
          open
          change={rescore.change}
          busy={rescoring}
          onCancel={() => {
            setRescore(null);
            setDeleting(null);
          }}
          onConfirm={() => {
            setRescoring(true);
            rescore
              .run(true)
              .then(
                (result) => {
                  setRescore(null);
                  rescore.done(result.deletedScores);
                },
                (error: unknown) => {
                  setRescore(null);
                  setDeleting(null);
                  setProblem(judgingProblem(error));
                },
              )
              .finally(() => setRescoring(false));
          }}
        />
      )}
    </>
  );
}

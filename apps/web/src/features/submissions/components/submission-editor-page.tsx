import type { CatalogueEntryDto, EventDto, SubmissionDto } from '@hackboard/contracts';
import { type UseQueryResult, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, type Ref, useDeferredValue, useEffect, useReducer, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ConfirmDialog } from '../../../components/ui/confirm-dialog';
import { DeadlineCountdown } from '../../../components/ui/deadline-countdown';
import { ErrorSummary } from '../../../components/ui/error-summary';
import { TextAreaField, TextField } from '../../../components/ui/form-fields';
import { useUnsavedChangesGuard } from '../../../components/ui/unsaved-changes-guard';
import { MarkdownField } from '../../../components/ui/markdown-field';
import { QueryState } from '../../../components/ui/query-state';
import { StatusMessage } from '../../../components/ui/status-message';
import { ApiError } from '../../../lib/api-client';
import { formatDateTime } from '../../../lib/format';
import { fieldId, problemsFromApiError } from '../../../lib/form-errors';
import { useFormProblems } from '../../../lib/use-form-problems';
import { useNow } from '../../../lib/use-now';
import { revisionsQuery, useRevisions } from '../api/get-revisions';
import { useSubmission } from '../api/get-submission';
import { useSubmitSubmission } from '../api/submit-submission';
import { useUpdateSubmission } from '../api/update-submission';
import { useWithdrawSubmission } from '../api/withdraw-submission';
import {
  editorReducer,
  type EditorState,
  initialEditorState,
  isVersionConflict,
  theirChanges,
  unsavedFields,
} from '../utils/editor-state';
import {
  datasetInputs,
  freeDatasetPath,
  SUBMISSION_FIELDS,
  SUBMISSION_FORM,
  type SubmissionFormValues,
  updateInputFromForm,
} from '../utils/submission-form';
import { DatasetPicker } from './dataset-picker';
import { ImageList } from './image-list';
import { type ProjectView, ProjectDetails } from './project-details';
import { ImageUploader } from '../../project-images/components/image-uploader';
import { RevisionHistory } from './revision-history';
import { SubmissionStatusBadge } from './submission-status-badge';
import { useArrivalState } from '../../../lib/use-arrival-state';

/**
 * The team's submission to one challenge (`/events/:slug/team/submissions/:submissionId`): edit,
 * save, submit or withdraw until the deadline, then read-only. The catalogue comes from the app.
 */
export function SubmissionEditorPage({
  event,
  catalogue,
}: {
  event: EventDto;
  catalogue: UseQueryResult<CatalogueEntryDto[]>;
}) {
  const { t } = useTranslation();
  const { submissionId = '' } = useParams();
  const submission = useSubmission(event.slug, submissionId);
  const teamLink = <Link to={`/events/${event.slug}/team`}>{t('team.title')}</Link>;

  if (submission.error instanceof ApiError && submission.error.status === 404) {
    return (
      <>
        <title>{`${t('submission.notFoundTitle')} – ${event.name} – ${t('app.name')}`}</title>
        <h1>{t('submission.notFoundTitle')}</h1>
        <p>{t('submission.notFound')}</p>
        <p>{teamLink}</p>
      </>
    );
  }
  return (
    <QueryState query={submission}>
      {(data) => (
        <Editor
          key={data.id}
          event={event}
          initial={data}
          latest={submission.data}
          refetch={async () => (await submission.refetch()).data}
          catalogue={catalogue}
        />
      )}
    </QueryState>
  );
}

type Outcome = 'saved' | 'submitted' | 'withdrawn' | 'unchanged' | 'reloaded' | 'newerShown';

function Editor({
  event,
  initial,
  latest,
  refetch,
  catalogue,
}: {
  event: EventDto;
  initial: SubmissionDto;
  latest: SubmissionDto | undefined;
  refetch: () => Promise<SubmissionDto | undefined>;
  catalogue: UseQueryResult<CatalogueEntryDto[]>;
}) {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const now = useNow(15_000);
  const [state, dispatch] = useReducer(editorReducer, initial, initialEditorState);
  const update = useUpdateSubmission(event.slug, initial.id);
  const submit = useSubmitSubmission(event.slug, initial.id);
  const withdraw = useWithdrawSubmission(event.slug, initial.id);
  const { problems, attempt, fail, clear } = useFormProblems();
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [busy, setBusy] = useState(false);
  const [serverLocked, setServerLocked] = useState(false);
  const [confirmingWithdraw, setConfirmingWithdraw] = useState(false);
  const conflictRef = useRef<HTMLDivElement>(null);
  const created = useArrivalState<{ created: boolean }>().created === true;

  const locked = serverLocked || now >= Date.parse(event.timeline.submissionDeadline);
  const unsaved = unsavedFields(state);
  const { baseline, values, conflict } = state;

  // A newer version from the API (fetched again, or after a refused save) is shown or offered.
  useEffect(() => {
    if (latest) dispatch({ type: 'newer', submission: latest });
  }, [latest]);

  useEffect(() => {
    if (conflict) conflictRef.current?.focus();
  }, [conflict]);

  // Leaving the page with unsaved changes asks first.
  const leaveGuard = useUnsavedChangesGuard(!locked && unsaved.length > 0);

  const change = (patch: Partial<SubmissionFormValues>) => dispatch({ type: 'edit', patch });

  const labels: Record<string, string> = {};
  for (const field of SUBMISSION_FIELDS) labels[field] = t(`submission.fields.${field}`);
  const knownFields: string[] = [...SUBMISSION_FIELDS];
  values.images.forEach((_, index) => {
    knownFields.push(`images.${index}`);
    labels[`images.${index}`] = t('submission.imageNumber', { number: index + 1 });
  });
  values.freeDatasets.forEach((_, index) => {
    for (const field of ['title', 'url'] as const) {
      const path = freeDatasetPath(values, index, field);
      knownFields.push(path);
      labels[path] = `${t('submission.otherDatasetNumber', { number: index + 1 })} – ${t(`datasets.${field}`)}`;
    }
  });

  /** What to do with a refused request: a newer version is offered, a passed deadline locks the page. */
  async function handleError(error: unknown) {
    if (isVersionConflict(error)) {
      clear();
      // Who saved the newer version is in the history.
      void queryClient.invalidateQueries({ queryKey: revisionsQuery(event.slug, baseline.id).queryKey });
      const newest = await refetch();
      if (newest) dispatch({ type: 'newer', submission: newest });
      // With nothing typed the newer version simply replaces the form; say so.
      if (newest && unsaved.length === 0) setOutcome('newerShown');
      return;
    }
    if (error instanceof ApiError && error.code === 'DEADLINE_PASSED') {
      setServerLocked(true);
      return;
    }
    fail(problemsFromApiError(error, knownFields));
  }

  /** Saves what changed; returns the submission as saved (the baseline when nothing changed). */
  async function save(): Promise<SubmissionDto | null> {
    const result = updateInputFromForm(values, baseline);
    if (!result.ok) {
      fail({ fields: result.problems, form: null });
      return null;
    }
    clear();
    if (result.input === null) return baseline;
    try {
      const saved = await update.mutateAsync(result.input);
      dispatch({ type: 'saved', submission: saved });
      return saved;
    } catch (error) {
      await handleError(error);
      return null;
    }
  }

  async function run(action: 'save' | 'submit' | 'withdraw') {
    setOutcome(null);
    setBusy(true);
    try {
      const hadChanges = unsaved.length > 0;
      const saved = await save();
      if (!saved) return;
      if (action === 'save') return setOutcome(hadChanges ? 'saved' : 'unchanged');
      const mutation = action === 'submit' ? submit : withdraw;
      try {
        const changed = await mutation.mutateAsync(saved.version);
        dispatch({ type: 'saved', submission: changed });
        setOutcome(action === 'submit' ? 'submitted' : 'withdrawn');
      } catch (error) {
        await handleError(error);
      }
    } finally {
      setBusy(false);
    }
  }

  const outcomeText: Record<Outcome, string> = {
    saved: t('submission.saved', { version: baseline.version }),
    submitted: t('submission.submittedNow'),
    withdrawn: t('submission.withdrawnNow'),
    unchanged: t('form.nothingToSave'),
    reloaded: t('submission.reloaded', { version: baseline.version }),
    newerShown: t('submission.newerShown', { version: baseline.version }),
  };

  const title = `${t('submission.editTitle', { title: baseline.title })} – ${event.name} – ${t('app.name')}`;

  return (
    <>
      <title>{title}</title>
      <nav aria-label={t('nav.breadcrumbs')} className="breadcrumbs">
        <ol>
          <li>
            <Link to={`/events/${event.slug}`}>{event.name}</Link>
          </li>
          <li>
            <Link to={`/events/${event.slug}/team`}>{t('team.title')}</Link>
          </li>
        </ol>
      </nav>
      <header className="page-header">
        <p className="eyebrow">{t('submission.eyebrow', { challenge: baseline.challenge.title })}</p>
        <h1>{baseline.title}</h1>
        <p className="badge-row">
          <SubmissionStatusBadge status={baseline.status} />
          <span className="muted">
            {t('submission.versionSaved', { version: baseline.version })}{' '}
            <time dateTime={baseline.updatedAt}>
              {formatDateTime(baseline.updatedAt, event.timezone, i18n.language)}
            </time>
          </span>
        </p>
        <DeadlineCountdown deadline={event.timeline.submissionDeadline} timezone={event.timezone} now={now} />
      </header>

      {created && !outcome && !locked && <p className="notice notice-success">{t('submission.created')}</p>}

      {locked ? (
        <LockedView event={event} state={state} />
      ) : (
        <>
          {conflict && (
            <ConflictNotice
              ref={conflictRef}
              event={event}
              state={state}
              onReload={() => {
                dispatch({ type: 'reload' });
                clear();
                setOutcome('reloaded');
              }}
            />
          )}
          {baseline.status === 'submitted' && !conflict && (
            <p className="notice notice-info">{t('submission.submittedNotice')}</p>
          )}
          <ErrorSummary form={SUBMISSION_FORM} problems={problems} labels={labels} attempt={attempt} />
          <form
            noValidate
            className="form form-wide"
            aria-busy={busy || undefined}
            onSubmit={(formEvent: FormEvent) => {
              formEvent.preventDefault();
              if (!conflict) void run('save');
            }}
          >
            <fieldset className="form-group">
              <legend>{t('submission.about')}</legend>
              <TextField
                id={fieldId(SUBMISSION_FORM, 'title')}
                label={labels['title']}
                maxLength={200}
                value={values.title}
                onChange={(event) => change({ title: event.target.value })}
                problem={problems.fields['title']}
              />
              <TextAreaField
                id={fieldId(SUBMISSION_FORM, 'summary')}
                label={labels['summary']}
                hint={t('submission.summaryHint', { count: 500 - values.summary.length })}
                optional
                rows={3}
                maxLength={500}
                className="input textarea textarea-short"
                value={values.summary}
                onChange={(event) => change({ summary: event.target.value })}
                problem={problems.fields['summary']}
              />
              <MarkdownField
                id={fieldId(SUBMISSION_FORM, 'description')}
                label={labels['description']}
                hint={t('submission.descriptionHint')}
                previewLabel={t('submission.descriptionPreview')}
                optional
                maxLength={20_000}
                value={values.description}
                onChange={(description) => change({ description })}
                problem={problems.fields['description']}
              />
            </fieldset>
            <fieldset className="form-group">
              <legend>{t('submission.links')}</legend>
              {(['repositoryUrl', 'demoUrl', 'videoUrl'] as const).map((field) => (
                <TextField
                  key={field}
                  id={fieldId(SUBMISSION_FORM, field)}
                  label={labels[field]}
                  hint={t(`submission.hints.${field}`)}
                  type="url"
                  inputMode="url"
                  spellCheck={false}
                  optional
                  maxLength={2000}
                  value={values[field]}
                  onChange={(event) => change({ [field]: event.target.value })}
                  problem={problems.fields[field]}
                />
              ))}
            </fieldset>
            <ImageList
              rows={values.images}
              onChange={(images) => change({ images })}
              problems={problems.fields}
              disabled={busy}
            />
            <DatasetPicker
              event={event}
              challengeId={baseline.challenge.id}
              catalogue={catalogue}
              values={values}
              onChange={change}
              problems={problems.fields}
              disabled={busy}
            />
            <p className="muted" aria-live="off">
              {unsaved.length > 0
                ? t('submission.unsaved', {
                    fields: unsaved.map((field) => t(`submission.fields.${field}`)).join(', '),
                  })
                : t('submission.allSaved')}
            </p>
            <div className="button-row">
              <button type="submit" className="button" disabled={busy || !!conflict}>
                {busy
                  ? t('form.saving')
                  : baseline.status === 'draft'
                    ? t('submission.saveDraft')
                    : t('submission.saveChanges')}
              </button>
              {baseline.status === 'draft' ? (
                <button
                  type="button"
                  className="button button-accent"
                  disabled={busy || !!conflict}
                  onClick={() => void run('submit')}
                >
                  {unsaved.length > 0 ? t('submission.saveAndSubmit') : t('submission.submit')}
                </button>
              ) : (
                <button
                  type="button"
                  className="button button-secondary button-danger-outline"
                  disabled={busy || !!conflict}
                  onClick={() => setConfirmingWithdraw(true)}
                >
                  {t('submission.withdraw')}
                </button>
              )}
            </div>
            <StatusMessage tone={outcome === 'unchanged' || outcome === 'newerShown' ? 'info' : 'success'}>
              {outcome ? outcomeText[outcome] : null}
            </StatusMessage>
          </form>
          <ImageUploader eventSlug={event.slug} submissionId={baseline.id} />
          <Preview event={event} values={values} submission={baseline} catalogue={catalogue.data} />
          <ConfirmDialog
            open={confirmingWithdraw}
            danger
            title={t('submission.withdrawTitle')}
            confirmLabel={t('submission.withdraw')}
            cancelLabel={t('form.cancel')}
            busy={busy}
            onCancel={() => setConfirmingWithdraw(false)}
            onConfirm={() => {
              void run('withdraw').finally(() => setConfirmingWithdraw(false));
            }}
          >
            <p>{t('submission.withdrawBody')}</p>
          </ConfirmDialog>
        </>
      )}
      <RevisionHistory event={event} submissionId={baseline.id} />
      {leaveGuard.dialog}
    </>
  );
}

/** How the project will look in the gallery, following the form as it is typed. */
function Preview({
  event,
  values,
  submission,
  catalogue,
}: {
  event: EventDto;
  values: SubmissionFormValues;
  submission: SubmissionDto;
  catalogue: CatalogueEntryDto[] | undefined;
}) {
  const { t } = useTranslation();
  const deferred = useDeferredValue(values);
  const byId = new Map((catalogue ?? []).map((entry) => [entry.id, entry]));
  const project: ProjectView = {
    title: deferred.title,
    summary: deferred.summary,
    description: deferred.description,
    teamName: submission.team.name,
    challenge: submission.challenge,
    repositoryUrl: deferred.repositoryUrl.trim() || null,
    demoUrl: deferred.demoUrl.trim() || null,
    videoUrl: deferred.videoUrl.trim() || null,
    images: deferred.images.map((row) => row.url.trim()).filter(Boolean),
    datasets: datasetInputs(deferred).map((input) => {
      const entry = input.datasetId ? byId.get(input.datasetId) : undefined;
      return {
        datasetId: input.datasetId ?? null,
        title: entry?.title ?? input.title ?? '',
        url: entry?.url ?? input.url ?? null,
      };
    }),
  };
  return (
    <section aria-labelledby="preview-heading" className="project-preview">
      <h2 id="preview-heading">{t('submission.previewTitle')}</h2>
      <p className="muted">{t('submission.previewIntro')}</p>
      <div className="preview-frame">
        <ProjectDetails project={project} eventSlug={event.slug} level={3} />
      </div>
    </section>
  );
}

function ConflictNotice({
  ref,
  event,
  state,
  onReload,
}: {
  ref: Ref<HTMLDivElement>;
  event: EventDto;
  state: EditorState;
  onReload: () => void;
}) {
  const { t, i18n } = useTranslation();
  const revisions = useRevisions(event.slug, state.baseline.id);
  const newer = state.conflict!;
  const author = revisions.data?.pages
    .flatMap((page) => page.items)
    .find((revision) => revision.version === newer.version)?.author?.displayName;
  const list = (fields: string[]) => fields.map((field) => t(`submission.fields.${field}`)).join(', ');
  const theirs = theirChanges(state);
  const mine = unsavedFields(state);
  return (
    <div
      ref={ref}
      role="alert"
      tabIndex={-1}
      className="notice notice-warning conflict"
      aria-labelledby="conflict-heading"
    >
      <h2 id="conflict-heading">{t('conflict.title')}</h2>
      <p>
        {t(author ? 'conflict.bodyBy' : 'conflict.body', {
          name: author,
          version: newer.version,
          at: formatDateTime(newer.updatedAt, event.timezone, i18n.language),
        })}
      </p>
      <ul>
        {theirs.length > 0 && <li>{t('conflict.theirs', { fields: list(theirs) })}</li>}
        {newer.status !== state.baseline.status && <li>{t(`conflict.status.${newer.status}`)}</li>}
        {mine.length > 0 && <li>{t('conflict.mine', { fields: list(mine) })}</li>}
      </ul>
      <p>{t('conflict.advice')}</p>
      <button type="button" className="button" onClick={onReload}>
        {t('conflict.reload', { version: newer.version })}
      </button>
    </div>
  );
}

function LockedView({ event, state }: { event: EventDto; state: EditorState }) {
  const { t, i18n } = useTranslation();
  const { baseline } = state;
  const unsaved = unsavedFields(state);
  return (
    <>
      <div className="notice notice-info locked" role="status">
        <h2>{t('submission.lockedTitle')}</h2>
        <p>
          {t('submission.lockedBody', {
            at: formatDateTime(event.timeline.submissionDeadline, event.timezone, i18n.language),
          })}
        </p>
        <p>{baseline.status === 'submitted' ? t('submission.lockedSubmitted') : t('submission.lockedDraft')}</p>
        {unsaved.length > 0 && <p className="strong">{t('submission.lockedUnsaved')}</p>}
      </div>
      <section aria-labelledby="locked-project-heading" className="preview-frame">
        <ProjectDetails
          project={{ ...baseline, teamName: baseline.team.name }}
          eventSlug={event.slug}
          headingId="locked-project-heading"
        />
      </section>
    </>
  );
}

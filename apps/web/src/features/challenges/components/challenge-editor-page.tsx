import type { ChallengeDto, EventDto } from '@hackboard/contracts';
import { type FormEvent, type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { ErrorSummary } from '../../../components/ui/error-summary';
import { TextAreaField, TextField } from '../../../components/ui/form-fields';
import { MarkdownField } from '../../../components/ui/markdown-field';
import { QueryState } from '../../../components/ui/query-state';
import { StatusMessage } from '../../../components/ui/status-message';
import { ApiError } from '../../../lib/api-client';
import { fieldId, type Problem, problemsFromApiError } from '../../../lib/form-errors';
import { agencyOrganizationsIn, canOrganize, useMe } from '../../../lib/session';
import { useFormProblems } from '../../../lib/use-form-problems';
import { useNow } from '../../../lib/use-now';
import { useCreateChallenge } from '../api/create-challenge';
import { useChallenge } from '../api/get-challenge';
import { useUpdateChallenge } from '../api/update-challenge';
import {
  CHALLENGE_FIELDS,
  CHALLENGE_FORM,
  type ChallengeFormValues,
  createInputFromForm,
  DATASET_FIELDS,
  formValuesFromChallenge,
  updateInputFromForm,
} from '../utils/challenge-form';
import { DatasetEditor } from './dataset-editor';

/** What the page needs to show an organization choice; the app passes the organizations feature's field. */
export interface OrganizationFieldSlot {
  id: string;
  label: string;
  hint?: string;
  value: string;
  onChange: (organizationId: string) => void;
  problem?: Problem | undefined;
  onlyIds?: readonly string[];
  allowCreate?: boolean;
}

interface Standing {
  organizer: boolean;
  /** The organizations an agency member posts for. */
  organizationIds: string[];
  beforeDeadline: boolean;
}

/** Where the user manages challenges from: the console for organizers, "Our challenges" for agencies. */
export function challengesHome(slug: string, organizer: boolean): string {
  return organizer ? `/events/${slug}/organize/challenges` : `/events/${slug}/challenges/manage`;
}

/** Create a challenge (`/events/:slug/challenges/new`) or edit one (`…/challenges/:challengeId/edit`). */
export function ChallengeEditorPage({
  event,
  renderOrganizationField,
}: {
  event: EventDto;
  renderOrganizationField: (field: OrganizationFieldSlot) => ReactNode;
}) {
  const { t } = useTranslation();
  const { challengeId } = useParams();
  const me = useMe();
  const now = useNow();
  const standing: Standing = {
    organizer: canOrganize(me.data, event.id),
    organizationIds: agencyOrganizationsIn(me.data, event.id),
    beforeDeadline: now < Date.parse(event.timeline.submissionDeadline),
  };
  const home = challengesHome(event.slug, standing.organizer);
  const homeLabel = standing.organizer ? t('challengeForm.backToConsole') : t('challengeForm.backToOwn');
  const back = (
    <nav aria-label={t('nav.breadcrumbs')} className="breadcrumbs">
      <ol>
        <li>
          <Link to={`/events/${event.slug}`}>{event.name}</Link>
        </li>
        <li>
          <Link to={home}>{homeLabel}</Link>
        </li>
      </ol>
    </nav>
  );

  if (!standing.organizer && standing.organizationIds.length === 0) {
    return (
      <>
        <title>{`${t('challengeForm.noAccessTitle')} – ${event.name} – ${t('app.name')}`}</title>
        <h1>{t('challengeForm.noAccessTitle')}</h1>
        <p>{t('challengeForm.noAccess', { event: event.name })}</p>
        <Link to={`/events/${event.slug}`}>{event.name}</Link>
      </>
    );
  }

  return challengeId ? (
    <EditChallenge
      event={event}
      challengeId={challengeId}
      standing={standing}
      back={back}
      renderOrganizationField={renderOrganizationField}
    />
  ) : (
    <>
      <title>{`${t('challengeForm.newTitle')} – ${event.name} – ${t('app.name')}`}</title>
      {back}
      <h1>{t('challengeForm.newTitle')}</h1>
      {!standing.organizer && !standing.beforeDeadline ? (
        <p className="notice notice-info">{t('challengeForm.locked')}</p>
      ) : (
        <>
          <p className="lead">{t('challengeForm.newIntro')}</p>
          <ChallengeForm
            event={event}
            challenge={null}
            standing={standing}
            home={home}
            renderOrganizationField={renderOrganizationField}
          />
        </>
      )}
    </>
  );
}

function EditChallenge({
  event,
  challengeId,
  standing,
  back,
  renderOrganizationField,
}: {
  event: EventDto;
  challengeId: string;
  standing: Standing;
  back: ReactNode;
  renderOrganizationField: (field: OrganizationFieldSlot) => ReactNode;
}) {
  const { t } = useTranslation();
  const challenge = useChallenge(event.slug, challengeId);
  if (challenge.error instanceof ApiError && challenge.error.status === 404) {
    return (
      <>
        <title>{`${t('challenges.notFoundTitle')} – ${event.name} – ${t('app.name')}`}</title>
        {back}
        <h1>{t('challenges.notFoundTitle')}</h1>
        <p>{t('challenges.notFound')}</p>
      </>
    );
  }
  return (
    <QueryState query={challenge}>
      {(data) => {
        const own = standing.organizer || standing.organizationIds.includes(data.organization.id);
        const locked = !standing.organizer && !standing.beforeDeadline;
        return (
          <>
            <title>{`${t('challengeForm.editTitle', { title: data.title })} – ${event.name} – ${t('app.name')}`}</title>
            {back}
            <h1>{t('challengeForm.editTitle', { title: data.title })}</h1>
            <p className="badge-row">
              <span>{data.organization.name}</span>
              <Link to={`/events/${event.slug}/challenges/${data.id}`}>{t('challengeForm.viewPublic')}</Link>
            </p>
            {!own ? (
              <p className="notice notice-info">
                {t('challengeForm.notYours', { organization: data.organization.name })}
              </p>
            ) : locked ? (
              <p className="notice notice-info">{t('challengeForm.locked')}</p>
            ) : (
              <ChallengeForm
                key={data.id}
                event={event}
                challenge={data}
                standing={standing}
                home={null}
                renderOrganizationField={renderOrganizationField}
              />
            )}
          </>
        );
      }}
    </QueryState>
  );
}

function ChallengeForm({
  event,
  challenge,
  standing,
  home,
  renderOrganizationField,
}: {
  event: EventDto;
  challenge: ChallengeDto | null;
  standing: Standing;
  /** Where a created challenge takes the user; editing stays on the page. */
  home: string | null;
  renderOrganizationField: (field: OrganizationFieldSlot) => ReactNode;
}) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const create = useCreateChallenge(event.slug);
  const update = useUpdateChallenge(event.slug, challenge?.id ?? '');
  const busy = create.isPending || update.isPending;
  const { problems, attempt, fail, clear } = useFormProblems();
  const askOrganization = standing.organizer || standing.organizationIds.length > 1;
  const [baseline, setBaseline] = useState(challenge);
  const [values, setValues] = useState<ChallengeFormValues>(() =>
    formValuesFromChallenge(challenge, standing.organizer ? '' : (standing.organizationIds[0] ?? '')),
  );
  const [status, setStatus] = useState<'saved' | 'unchanged' | null>(null);
  const id = (path: string) => fieldId(CHALLENGE_FORM, path);
  const change = (patch: Partial<ChallengeFormValues>) => setValues((current) => ({ ...current, ...patch }));

  const labels: Record<string, string> = {
    organizationId: t('challengeForm.organization'),
    title: t('challengeForm.title'),
    description: t('challengeForm.description'),
    prizes: t('challengeForm.prizes'),
    contactName: t('challengeForm.contactName'),
    contactEmail: t('challengeForm.contactEmail'),
    datasets: t('challengeForm.datasets'),
  };
  const knownFields: string[] = [...CHALLENGE_FIELDS];
  values.datasets.forEach((_, index) => {
    for (const field of DATASET_FIELDS) {
      const path = `datasets.${index}.${field}`;
      knownFields.push(path);
      labels[path] = `${t('challengeForm.datasetNumber', { number: index + 1 })} – ${t(`datasets.${field}`)}`;
    }
  });

  function submit(formEvent: FormEvent) {
    formEvent.preventDefault();
    setStatus(null);
    const options = { askOrganization };
    if (!baseline) {
      const result = createInputFromForm(values, options);
      if (!result.ok) return fail({ fields: result.problems, form: null });
      clear();
      create.mutate(result.input, {
        onSuccess: (created) => void navigate(home ?? '..', { state: { saved: created.title } }),
        onError: (error) => fail(problemsFromApiError(error, knownFields)),
      });
      return;
    }
    const result = updateInputFromForm(values, baseline, options);
    if (!result.ok) return fail({ fields: result.problems, form: null });
    clear();
    if (result.input === null) return setStatus('unchanged');
    update.mutate(result.input, {
      onSuccess: (saved) => {
        // New data sets now have ids of their own: the next save keeps them.
        setBaseline(saved);
        setValues(formValuesFromChallenge(saved));
        setStatus('saved');
      },
      onError: (error) => fail(problemsFromApiError(error, knownFields)),
    });
  }

  return (
    <>
      <ErrorSummary form={CHALLENGE_FORM} problems={problems} labels={labels} attempt={attempt} />
      <form noValidate onSubmit={submit} className="form form-wide" aria-busy={busy || undefined}>
        <fieldset className="form-group">
          <legend>{t('challengeForm.about')}</legend>
          {askOrganization &&
            renderOrganizationField({
              id: id('organizationId'),
              label: labels['organizationId']!,
              hint: standing.organizer ? t('challengeForm.organizationHint') : undefined,
              value: values.organizationId,
              onChange: (organizationId) => change({ organizationId }),
              problem: problems.fields['organizationId'],
              onlyIds: standing.organizer ? undefined : standing.organizationIds,
              allowCreate: standing.organizer,
            })}
          <TextField
            id={id('title')}
            label={labels['title']}
            maxLength={200}
            value={values.title}
            onChange={(event) => change({ title: event.target.value })}
            problem={problems.fields['title']}
          />
          <MarkdownField
            id={id('description')}
            label={labels['description']}
            hint={t('challengeForm.descriptionHint')}
            previewLabel={t('challengeForm.descriptionPreview')}
            maxLength={20_000}
            value={values.description}
            onChange={(description) => change({ description })}
            problem={problems.fields['description']}
          />
          <TextAreaField
            id={id('prizes')}
            label={labels['prizes']}
            hint={t('challengeForm.prizesHint')}
            optional
            rows={3}
            maxLength={5_000}
            className="input textarea textarea-short"
            value={values.prizes}
            onChange={(event) => change({ prizes: event.target.value })}
            problem={problems.fields['prizes']}
          />
        </fieldset>
        <fieldset className="form-group">
          <legend>{t('challengeForm.contact')}</legend>
          <TextField
            id={id('contactName')}
            label={labels['contactName']}
            autoComplete="name"
            maxLength={100}
            value={values.contactName}
            onChange={(event) => change({ contactName: event.target.value })}
            problem={problems.fields['contactName']}
          />
          <TextField
            id={id('contactEmail')}
            label={labels['contactEmail']}
            hint={t('challengeForm.contactEmailHint')}
            type="email"
            inputMode="email"
            autoComplete="email"
            spellCheck={false}
            optional
            maxLength={254}
            value={values.contactEmail}
            onChange={(event) => change({ contactEmail: event.target.value })}
            problem={problems.fields['contactEmail']}
          />
        </fieldset>
        <DatasetEditor
          rows={values.datasets}
          onChange={(datasets) => change({ datasets })}
          problems={problems.fields}
          disabled={busy}
        />
        <div className="button-row">
          <button type="submit" className="button" disabled={busy}>
            {busy ? t('form.saving') : baseline ? t('challengeForm.save') : t('challengeForm.create')}
          </button>
          {home && (
            <Link to={home} className="button button-secondary">
              {t('form.cancel')}
            </Link>
          )}
        </div>
        <StatusMessage tone={status === 'unchanged' ? 'info' : 'success'}>
          {status === 'saved' ? t('challengeForm.saved') : status === 'unchanged' ? t('form.nothingToSave') : null}
        </StatusMessage>
      </form>
    </>
  );
}

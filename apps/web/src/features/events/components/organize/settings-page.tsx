import { picturePaths } from '../../../pictures/api/pictures';
import { PictureUploader } from '../../../pictures/components/picture-uploader';
import type { EventDto } from '@hackboard/contracts';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { ErrorSummary } from '../../../../components/ui/error-summary';
import { StatusMessage } from '../../../../components/ui/status-message';
import { problemsFromApiError } from '../../../../lib/form-errors';
import { useFormProblems } from '../../../../lib/use-form-problems';
import { useUpdateEvent } from '../../api/update-event';
import {
  EVENT_FORM_FIELDS,
  type EventFormValues,
  formValuesFromEvent,
  updateInputFromForm,
} from '../../utils/event-form';
import { ConsoleTitle } from '../../../../components/ui/console-title';
import { EVENT_FORM, EventFormFields, useEventFieldLabels } from './event-form-fields';
import { useConsoleEvent } from '../../../../lib/console-event';
import { SsoRequirementsSection } from '../../../sso/components/sso-requirements-form';

export function SettingsPage() {
  const { t } = useTranslation();
  const event = useConsoleEvent();
  const created = (useLocation().state as { created?: boolean } | null)?.created === true;
  return (
    <section aria-labelledby="settings-heading">
      <ConsoleTitle area={t('organize.settings.title')} event={event.name} />
      <h2 id="settings-heading">{t('organize.settings.title')}</h2>
      {created && <p className="notice notice-success">{t('organize.settings.created')}</p>}
      <SettingsForm key={event.id} event={event} />
      <PictureUploader kind="banner" path={picturePaths.banner(event.slug)} level="h3" />
      <SsoRequirementsSection slug={event.slug} />
    </section>
  );
}

function SettingsForm({ event }: { event: EventDto }) {
  const { t } = useTranslation();
  const update = useUpdateEvent(event.slug);
  const labels = useEventFieldLabels();
  const { problems, attempt, fail, clear } = useFormProblems();
  // The settings as last saved: what "changed" is measured against.
  const [baseline, setBaseline] = useState(event);
  const [values, setValues] = useState<EventFormValues>(() => formValuesFromEvent(event));
  const [status, setStatus] = useState<'saved' | 'unchanged' | null>(null);

  function submit(formEvent: FormEvent) {
    formEvent.preventDefault();
    setStatus(null);
    const result = updateInputFromForm(values, baseline);
    if (!result.ok) return fail({ fields: result.problems, form: null });
    clear();
    if (result.input === null) return setStatus('unchanged');
    update.mutate(result.input, {
      onSuccess: (saved) => {
        setBaseline(saved);
        setValues(formValuesFromEvent(saved));
        setStatus('saved');
      },
      onError: (error) => fail(problemsFromApiError(error, EVENT_FORM_FIELDS)),
    });
  }

  return (
    <>
      <ErrorSummary form={EVENT_FORM} problems={problems} labels={labels} attempt={attempt} />
      <form noValidate onSubmit={submit} className="form form-wide" aria-busy={update.isPending || undefined}>
        <EventFormFields
          mode="edit"
          values={values}
          problems={problems.fields}
          onChange={(patch) => setValues((current) => ({ ...current, ...patch }))}
        />
        <div className="button-row">
          <button type="submit" className="button" disabled={update.isPending}>
            {update.isPending ? t('form.saving') : t('organize.settings.save')}
          </button>
          <button
            type="button"
            className="button button-secondary"
            disabled={update.isPending}
            onClick={() => {
              setValues(formValuesFromEvent(baseline));
              clear();
              setStatus(null);
            }}
          >
            {t('organize.settings.reset')}
          </button>
        </div>
        <StatusMessage tone={status === 'unchanged' ? 'info' : 'success'}>
          {status === 'saved' ? t('organize.settings.saved') : status === 'unchanged' ? t('form.nothingToSave') : null}
        </StatusMessage>
      </form>
    </>
  );
}

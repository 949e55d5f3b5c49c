import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { ErrorSummary } from '../../../../components/ui/error-summary';
import { problemsFromApiError } from '../../../../lib/form-errors';
import { canCreateEvents, useMe } from '../../../../lib/session';
import { useFormProblems } from '../../../../lib/use-form-problems';
import { useCreateEvent } from '../../api/create-event';
import {
  createInputFromForm,
  EVENT_FORM_FIELDS,
  type EventFormValues,
  newEventFormValues,
  slugFromName,
} from '../../utils/event-form';
import { EVENT_FORM, EventFormFields, useEventFieldLabels } from './event-form-fields';

export function CreateEventPage() {
  const { t } = useTranslation();
  const me = useMe();
  return (
    <>
      <title>{`${t('organize.create.title')} – ${t('app.name')}`}</title>
      <h1>{t('organize.create.title')}</h1>
      {canCreateEvents(me.data) ? (
        <CreateEventForm />
      ) : (
        <>
          <p>{t('organize.create.notAllowed')}</p>
          <Link to="/my-events">{t('account.myEventsTitle')}</Link>
        </>
      )}
    </>
  );
}

function CreateEventForm() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const create = useCreateEvent();
  const labels = useEventFieldLabels();
  const { problems, attempt, fail, clear } = useFormProblems();
  const [values, setValues] = useState<EventFormValues>(() => newEventFormValues(Date.now()));
  // Until the organizer types an address of their own, it follows the name.
  const [slugEdited, setSlugEdited] = useState(false);

  function submit(event: FormEvent) {
    event.preventDefault();
    const result = createInputFromForm(values);
    if (!result.ok) return fail({ fields: result.problems, form: null });
    clear();
    create.mutate(result.input, {
      onSuccess: (created) => void navigate(`/events/${created.slug}/organize`, { state: { created: true } }),
      onError: (error) => fail(problemsFromApiError(error, EVENT_FORM_FIELDS)),
    });
  }

  return (
    <>
      <p className="lead">{t('organize.create.intro')}</p>
      <ErrorSummary form={EVENT_FORM} problems={problems} labels={labels} attempt={attempt} />
      <form noValidate onSubmit={submit} className="form form-wide" aria-busy={create.isPending || undefined}>
        <EventFormFields
          mode="create"
          values={values}
          problems={problems.fields}
          onSlugEdited={() => setSlugEdited(true)}
          onChange={(patch) =>
            setValues((current) => {
              const next = { ...current, ...patch };
              if (!slugEdited && patch.name !== undefined) next.slug = slugFromName(patch.name);
              return next;
            })
          }
        />
        <div className="button-row">
          <button type="submit" className="button" disabled={create.isPending}>
            {create.isPending ? t('organize.create.creating') : t('organize.create.submit')}
          </button>
          <Link to="/my-events" className="button button-secondary">
            {t('form.cancel')}
          </Link>
        </div>
      </form>
    </>
  );
}

import {
  CreateScheduleSessionInput,
  type EventDto,
  SESSION_KINDS,
  type ScheduleSessionDto,
} from '@hackboard/contracts';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorSummary } from '../../../components/ui/error-summary';
import { SelectField, TextAreaField, TextField } from '../../../components/ui/form-fields';
import { StatusMessage } from '../../../components/ui/status-message';
import { fieldId, problemsFromApiError, problemsFromIssues } from '../../../lib/form-errors';
import { useFormProblems } from '../../../lib/use-form-problems';
import { fromZonedInputValue } from '../../../lib/zoned-time';
import { useAddSession } from '../api/change-schedule';

const FORM = 'session';
const FIELDS = [
  'kind',
  'title',
  'startsAt',
  'endsAt',
  'place',
  'streamUrl',
  'speaker',
  'language',
  'audience',
  'description',
] as const;
type Values = Record<(typeof FIELDS)[number], string>;
const EMPTY: Values = {
  kind: 'talk',
  title: '',
  startsAt: '',
  endsAt: '',
  place: '',
  streamUrl: '',
  speaker: '',
  language: '',
  audience: 'everyone',
  description: '',
};

/** For organizers: add a session, its times read in the event's timezone. */
export function SessionForm({ event }: { event: EventDto }) {
  const { t } = useTranslation();
  const add = useAddSession(event.slug);
  const { problems, attempt, fail, clear } = useFormProblems();
  const [values, setValues] = useState<Values>(EMPTY);
  const [added, setAdded] = useState<ScheduleSessionDto | null>(null);
  const labels = Object.fromEntries(FIELDS.map((field) => [field, t(`schedule.fields.${field}`)]));
  const set = (field: keyof Values) => (change: { target: { value: string } }) =>
    setValues((current) => ({ ...current, [field]: change.target.value }));

  function submit(formEvent: FormEvent) {
    formEvent.preventDefault();
    setAdded(null);
    const parsed = CreateScheduleSessionInput.safeParse({
      kind: values.kind,
      title: values.title,
      startsAt: fromZonedInputValue(values.startsAt, event.timezone) ?? values.startsAt,
      endsAt: fromZonedInputValue(values.endsAt || values.startsAt, event.timezone) ?? values.endsAt,
      place: values.place,
      streamUrl: values.streamUrl.trim() || null,
      speaker: values.speaker,
      language: values.language || null,
      audience: values.audience,
      description: values.description,
    });
    if (!parsed.success) return fail({ fields: problemsFromIssues(parsed.error.issues), form: null });
    clear();
    add.mutate(parsed.data, {
      onSuccess: (session) => {
        setValues(EMPTY);
        setAdded(session);
      },
      onError: (error) => fail(problemsFromApiError(error, FIELDS)),
    });
  }

  const id = (field: string) => fieldId(FORM, field);
  return (
    <section aria-labelledby="session-form-heading" className="panel">
      <h2 id="session-form-heading">{t('schedule.addTitle')}</h2>
      <p>{t('schedule.addIntro', { timezone: event.timezone })}</p>
      <ErrorSummary form={FORM} problems={problems} labels={labels} attempt={attempt} />
      <form noValidate onSubmit={submit} className="form" aria-busy={add.isPending || undefined}>
        <SelectField
          id={id('kind')}
          label={labels['kind']}
          value={values.kind}
          onChange={set('kind')}
          problem={problems.fields['kind']}
        >
          {SESSION_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {t(`schedule.kinds.${kind}`)}
            </option>
          ))}
        </SelectField>
        <TextField
          id={id('title')}
          label={labels['title']}
          maxLength={200}
          value={values.title}
          onChange={set('title')}
          problem={problems.fields['title']}
        />
        <div className="field-grid">
          <TextField
            id={id('startsAt')}
            type="datetime-local"
            label={labels['startsAt']}
            value={values.startsAt}
            onChange={set('startsAt')}
            problem={problems.fields['startsAt']}
          />
          <TextField
            id={id('endsAt')}
            type="datetime-local"
            label={labels['endsAt']}
            hint={t('schedule.endsAtHint')}
            optional
            value={values.endsAt}
            onChange={set('endsAt')}
            problem={problems.fields['endsAt']}
          />
        </div>
        <TextField
          id={id('place')}
          label={labels['place']}
          optional
          maxLength={200}
          value={values.place}
          onChange={set('place')}
          problem={problems.fields['place']}
        />
        <TextField
          id={id('streamUrl')}
          type="url"
          inputMode="url"
          label={labels['streamUrl']}
          optional
          value={values.streamUrl}
          onChange={set('streamUrl')}
          problem={problems.fields['streamUrl']}
        />
        <TextField
          id={id('speaker')}
          label={labels['speaker']}
          optional
          maxLength={200}
          value={values.speaker}
          onChange={set('speaker')}
          problem={problems.fields['speaker']}
        />
        <SelectField
          id={id('language')}
          label={labels['language']}
          optional
          value={values.language}
          onChange={set('language')}
          problem={problems.fields['language']}
        >
          <option value="">{t('schedule.anyLanguage')}</option>
          <option value="sv">Svenska</option>
          <option value="en">English</option>
        </SelectField>
        <SelectField
          id={id('audience')}
          label={labels['audience']}
          value={values.audience}
          onChange={set('audience')}
          problem={problems.fields['audience']}
        >
          <option value="everyone">{t('schedule.audience.everyone')}</option>
          <option value="members">{t('schedule.audience.members')}</option>
        </SelectField>
        <TextAreaField
          id={id('description')}
          label={labels['description']}
          optional
          rows={3}
          maxLength={2000}
          value={values.description}
          onChange={set('description')}
          problem={problems.fields['description']}
        />
        <button type="submit" className="button" disabled={add.isPending}>
          {t('schedule.add')}
        </button>
        <StatusMessage>{added ? t('schedule.added', { title: added.title }) : null}</StatusMessage>
      </form>
    </section>
  );
}

import { MAIL_TOPICS, type MailTopic, type NotificationSettingsDto } from '@hackboard/contracts';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { CheckboxField } from '../../../components/ui/form-fields';
import { ProblemText } from '../../../components/ui/problem-text';
import { QueryState } from '../../../components/ui/query-state';
import { StatusMessage } from '../../../components/ui/status-message';
import { fieldId, problemFromError } from '../../../lib/form-errors';
import { useNotificationSettings } from '../api/get-notification-settings';
import { useUpdateNotificationSettings } from '../api/update-notification-settings';

const FORM = 'notifications';

/** Which optional mails the user gets (`/account#notifications`, where every mail's footer links). */
export function NotificationSettings() {
  const { t } = useTranslation();
  const settings = useNotificationSettings();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const { hash } = useLocation();
  const loaded = settings.data !== undefined;
  // The page loads in parts, so the browser cannot go to the anchor by itself: focus takes it there.
  useEffect(() => {
    if (hash === '#notifications' && loaded) headingRef.current?.focus();
  }, [hash, loaded]);

  return (
    <section id="notifications" aria-labelledby="notifications-heading" className="panel">
      <h2 id="notifications-heading" ref={headingRef} tabIndex={-1}>
        {t('notifications.title')}
      </h2>
      <p>{t('notifications.intro')}</p>
      <QueryState query={settings}>{(data) => <SettingsForm saved={data} />}</QueryState>
    </section>
  );
}

function SettingsForm({ saved }: { saved: NotificationSettingsDto }) {
  const { t } = useTranslation();
  const update = useUpdateNotificationSettings();
  const [values, setValues] = useState(saved);
  const [status, setStatus] = useState<'saved' | 'unchanged' | null>(null);

  function submit(event: FormEvent) {
    event.preventDefault();
    setStatus(null);
    const changes = Object.fromEntries(
      MAIL_TOPICS.filter((topic) => values[topic] !== saved[topic]).map((topic) => [topic, values[topic]]),
    );
    if (Object.keys(changes).length === 0) return setStatus('unchanged');
    update.mutate(changes, {
      onSuccess: (settings) => {
        setValues(settings);
        setStatus('saved');
      },
    });
  }

  return (
    <form noValidate onSubmit={submit} className="form" aria-busy={update.isPending || undefined}>
      {update.isError && (
        <p role="alert" className="notice notice-error">
          <ProblemText problem={problemFromError(update.error)} />
        </p>
      )}
      <fieldset className="fieldset">
        <legend className="field-label">{t('notifications.legend')}</legend>
        {MAIL_TOPICS.map((topic: MailTopic) => (
          <CheckboxField
            key={topic}
            id={fieldId(FORM, topic)}
            label={t(`notifications.topics.${topic}.label`)}
            hint={t(`notifications.topics.${topic}.hint`)}
            checked={values[topic]}
            onChange={(checked) => setValues((current) => ({ ...current, [topic]: checked }))}
          />
        ))}
      </fieldset>
      <div className="button-row">
        <button type="submit" className="button" disabled={update.isPending}>
          {update.isPending ? t('form.saving') : t('notifications.save')}
        </button>
      </div>
      <StatusMessage tone={status === 'unchanged' ? 'info' : 'success'}>
        {status === 'saved' ? t('notifications.saved') : status === 'unchanged' ? t('form.nothingToSave') : null}
      </StatusMessage>
    </form>
  );
}

import { type AnnouncementDto, CreateAnnouncementInput, type EventDto } from '@hackboard/contracts';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConsoleTitle } from '../../../components/ui/console-title';
import { ErrorSummary } from '../../../components/ui/error-summary';
import { CheckboxField, TextAreaField } from '../../../components/ui/form-fields';
import { QueryState } from '../../../components/ui/query-state';
import { StatusMessage } from '../../../components/ui/status-message';
import { fieldId, problemsFromApiError, problemsFromIssues } from '../../../lib/form-errors';
import { useFormProblems } from '../../../lib/use-form-problems';
import { useAnnouncements } from '../api/get-announcements';
import { usePostAnnouncement } from '../api/post-announcement';
import { AnnouncementItem } from './announcement-item';

const FORM = 'announcement';

/** The console's announcements: post one to every member of the event at once, and see them all. */
export function ConsoleAnnouncementsPage({ event }: { event: EventDto }) {
  const { t } = useTranslation();
  const announcements = useAnnouncements(event.slug);
  const post = usePostAnnouncement(event.slug);
  const { problems, attempt, fail, clear } = useFormProblems();
  const [body, setBody] = useState('');
  const [email, setEmail] = useState(false);
  const [posted, setPosted] = useState<AnnouncementDto | null>(null);
  const labels = { body: t('organize.announcements.body'), email: t('organize.announcements.email') };

  function submit(formEvent: FormEvent) {
    formEvent.preventDefault();
    setPosted(null);
    const parsed = CreateAnnouncementInput.safeParse({ body, email });
    if (!parsed.success) return fail({ fields: problemsFromIssues(parsed.error.issues), form: null });
    clear();
    post.mutate(parsed.data, {
      onSuccess: (announcement) => {
        setBody('');
        setEmail(false);
        setPosted(announcement);
      },
      onError: (error) => fail(problemsFromApiError(error, ['body', 'email'])),
    });
  }

  return (
    <section aria-labelledby="console-announcements-heading">
      <ConsoleTitle area={t('organize.announcements.title')} event={event.name} />
      <h2 id="console-announcements-heading">{t('organize.announcements.title')}</h2>
      <p>{t('organize.announcements.intro')}</p>
      <ErrorSummary form={FORM} problems={problems} labels={labels} attempt={attempt} />
      <form noValidate onSubmit={submit} className="form" aria-busy={post.isPending || undefined}>
        <TextAreaField
          id={fieldId(FORM, 'body')}
          label={labels.body}
          hint={t('organize.announcements.bodyHint', { count: 5000 - body.length })}
          rows={5}
          maxLength={5000}
          className="input textarea textarea-short"
          value={body}
          onChange={(event) => setBody(event.target.value)}
          problem={problems.fields['body']}
        />
        <CheckboxField
          id={fieldId(FORM, 'email')}
          label={t('organize.announcements.email')}
          hint={t('organize.announcements.emailHint')}
          checked={email}
          onChange={setEmail}
          problem={problems.fields['email']}
        />
        <button type="submit" className="button" disabled={post.isPending}>
          {post.isPending ? t('organize.announcements.posting') : t('organize.announcements.post')}
        </button>
        <StatusMessage>
          {posted === null
            ? null
            : posted.emailedTo === null
              ? t('organize.announcements.posted')
              : t('organize.announcements.postedAndEmailed', { count: posted.emailedTo })}
        </StatusMessage>
      </form>
      <h3>{t('organize.announcements.listTitle')}</h3>
      <QueryState query={announcements}>
        {(page) =>
          page.items.length === 0 ? (
            <p className="empty">{t('organize.announcements.empty')}</p>
          ) : (
            <ol className="announcement-list">
              {page.items.map((announcement) => (
                <li key={announcement.id}>
                  <AnnouncementItem announcement={announcement} timezone={event.timezone} showEmailed />
                </li>
              ))}
            </ol>
          )
        }
      </QueryState>
    </section>
  );
}

import type { MailDto } from '@hackboard/contracts';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import { ProblemText } from '../../../components/ui/problem-text';
import { QueryState } from '../../../components/ui/query-state';
import { StatusMessage } from '../../../components/ui/status-message';
import { formatDateTime } from '../../../lib/format';
import { problemFromError } from '../../../lib/form-errors';
import { useMe } from '../../../lib/session';
import { useMail } from '../api/get-mail';
import { useRetryMail } from '../api/retry-mail';
import { LOCAL_TIME_ZONE, MailStatusBadge } from './mail-status-badge';
import { MailboxPage } from './mailbox-page';

/** `/admin/mail/:mailId`: one mail as its recipient gets it, and what happened to it. */
export function MailDetailPage() {
  const { t } = useTranslation();
  const me = useMe();
  const { mailId = '' } = useParams();
  const back = (useLocation().state as { back?: string } | null)?.back ?? '';
  const mail = useMail(mailId);
  // Admins only; everyone else gets the mailbox's own refusal.
  if (!me.data?.isAdmin) return <MailboxPage />;
  return (
    <>
      <p className="eyebrow">
        <Link to={`/admin/mail${back}`}>{t('mailbox.back')}</Link>
      </p>
      <QueryState query={mail}>{(data) => <MailDetail mail={data} />}</QueryState>
    </>
  );
}

function MailDetail({ mail }: { mail: MailDto }) {
  const { t, i18n } = useTranslation();
  const retry = useRetryMail();
  const [retried, setRetried] = useState(false);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const when = (iso: string | null) =>
    iso ? <time dateTime={iso}>{formatDateTime(iso, LOCAL_TIME_ZONE, i18n.language)}</time> : '–';
  return (
    <>
      <title>{`${mail.subject} – ${t('mailbox.title')} – ${t('app.name')}`}</title>
      <h1 className="break" ref={headingRef} tabIndex={-1}>
        {mail.subject}
      </h1>
      <dl className="facts">
        <div>
          <dt>{t('mailbox.to')}</dt>
          <dd>{mail.to}</dd>
        </div>
        <div>
          <dt>{t('mailbox.status')}</dt>
          <dd>
            <MailStatusBadge status={mail.status} />
          </dd>
        </div>
        <div>
          <dt>{t('mailbox.attempts')}</dt>
          <dd>{mail.attempts}</dd>
        </div>
        <div>
          <dt>{t('mailbox.lastError')}</dt>
          <dd>{mail.lastError ? <code lang="en">{mail.lastError}</code> : '–'}</dd>
        </div>
        <div>
          <dt>{t('mailbox.kind')}</dt>
          <dd>
            <code>{mail.template}</code>,{' '}
            <span lang={mail.language}>{mail.language === 'sv' ? 'Svenska' : 'English'}</span>
          </dd>
        </div>
        <div>
          <dt>{t('mailbox.created')}</dt>
          <dd>{when(mail.createdAt)}</dd>
        </div>
        <div>
          <dt>{mail.status === 'sent' ? t('mailbox.sentAt') : t('mailbox.nextAttemptAt')}</dt>
          <dd>{mail.status === 'sent' ? when(mail.sentAt) : when(mail.nextAttemptAt)}</dd>
        </div>
      </dl>
      {mail.status === 'failed' && (
        <div className="button-row">
          <button
            type="button"
            className="button"
            disabled={retry.isPending}
            onClick={() => {
              setRetried(false);
              retry.mutate(mail.id, {
                onSuccess: () => {
                  setRetried(true);
                  // The button goes with the failed status: focus stays on the mail.
                  headingRef.current?.focus();
                },
              });
            }}
          >
            {retry.isPending ? t('mailbox.retrying') : t('mailbox.retry')}
          </button>
        </div>
      )}
      {retry.isError && (
        <p role="alert" className="notice notice-error">
          <ProblemText problem={problemFromError(retry.error)} />
        </p>
      )}
      <StatusMessage>{retried ? t('mailbox.retried', { to: mail.to }) : null}</StatusMessage>

      <h2>{t('mailbox.attachments')}</h2>
      {mail.attachments.length === 0 ? (
        <p className="empty">{t('mailbox.noAttachments')}</p>
      ) : (
        <ul>
          {mail.attachments.map((attachment) => (
            <li key={attachment.filename}>
              <span className="break">{attachment.filename}</span>{' '}
              <span className="muted">({attachment.contentType})</span>
            </li>
          ))}
        </ul>
      )}

      <h2 id="mail-text-heading">{t('mailbox.text')}</h2>
      <div className="mail-text" role="region" aria-labelledby="mail-text-heading" tabIndex={0}>
        <pre>{mail.text}</pre>
      </div>

      <h2>{t('mailbox.html')}</h2>
      <p className="field-hint">{t('mailbox.htmlHint')}</p>
      {/* No scripts, forms or same-origin access: a mail's HTML is shown, never run. */}
      <iframe
        className="mail-html"
        sandbox=""
        srcDoc={mail.html}
        title={t('mailbox.htmlFrame', { subject: mail.subject })}
      />
    </>
  );
}

import type { EventDto, MailSummaryDto } from '@hackboard/contracts';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Pager } from '../../../components/ui/pager';
import { ProblemText } from '../../../components/ui/problem-text';
import { QueryState } from '../../../components/ui/query-state';
import { ScrollTable } from '../../../components/ui/scroll-table';
import { StatusMessage } from '../../../components/ui/status-message';
import { formatDateTime } from '../../../lib/format';
import { problemFromError } from '../../../lib/form-errors';
import { MAIL_PAGE_SIZE } from '../api/get-mailbox';
import { useEventMail } from '../api/get-event-mail';
import { useRetryEventMail } from '../api/retry-event-mail';

/** The event's mails that could not be delivered, each to be sent again once the cause is fixed. */
export function FailedEventMail({ event }: { event: EventDto }) {
  const { t, i18n } = useTranslation();
  const [page, setPage] = useState(1);
  const mail = useEventMail(event.slug, 'failed', (page - 1) * MAIL_PAGE_SIZE);
  const retry = useRetryEventMail(event.slug);
  const [retried, setRetried] = useState<MailSummaryDto | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);

  return (
    <section aria-labelledby="failed-mail-heading">
      <h3 id="failed-mail-heading" ref={headingRef} tabIndex={-1}>
        {t('eventMail.title')}
      </h3>
      <p>{t('eventMail.intro')}</p>
      {retry.isError && (
        <p role="alert" className="notice notice-error">
          <ProblemText problem={problemFromError(retry.error)} />
        </p>
      )}
      <StatusMessage>{retried ? t('eventMail.retried', { to: retried.to }) : null}</StatusMessage>
      <QueryState query={mail}>
        {(data) =>
          data.total === 0 ? (
            <p className="empty">{t('eventMail.empty')}</p>
          ) : (
            <>
              <ScrollTable
                captionId="failed-mail-caption"
                caption={t('eventMail.caption', { count: data.total })}
                aria-busy={mail.isPlaceholderData || undefined}
              >
                <thead>
                  <tr>
                    <th scope="col">{t('mailbox.to')}</th>
                    <th scope="col">{t('mailbox.subject')}</th>
                    <th scope="col">{t('mailbox.attempts')}</th>
                    <th scope="col">{t('mailbox.lastError')}</th>
                    <th scope="col">
                      <span className="visually-hidden">{t('eventMail.actions')}</span>
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {data.items.map((item) => (
                    <tr key={item.id}>
                      <th scope="row" className="break">
                        {item.to}
                      </th>
                      <td className="break">
                        {item.subject}
                        <span className="cell-note">
                          <time dateTime={item.createdAt}>
                            {formatDateTime(item.createdAt, event.timezone, i18n.language)}
                          </time>
                        </span>
                      </td>
                      <td>{item.attempts}</td>
                      <td className="break">{item.lastError ? <code lang="en">{item.lastError}</code> : '–'}</td>
                      <td>
                        <button
                          type="button"
                          className="button button-secondary button-small"
                          disabled={retry.isPending && retry.variables === item.id}
                          onClick={() => {
                            setRetried(null);
                            retry.mutate(item.id, {
                              onSuccess: (summary) => {
                                setRetried(summary);
                                // The row leaves the list: focus stays near where it was.
                                headingRef.current?.focus();
                              },
                            });
                          }}
                        >
                          {t('mailbox.retry')}
                          <span className="visually-hidden"> {item.to}</span>
                        </button>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </ScrollTable>
              <Pager
                page={page}
                pages={Math.ceil(data.total / MAIL_PAGE_SIZE)}
                label={t('eventMail.pages')}
                onGo={setPage}
              />
            </>
          )
        }
      </QueryState>
    </section>
  );
}

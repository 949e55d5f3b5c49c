import type { EventDto, OrganizerMessageDto } from '@hackboard/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Pager } from '../../../components/ui/pager';
import { QueryState } from '../../../components/ui/query-state';
import { formatDateTime } from '../../../lib/format';
import { MESSAGES_PAGE_SIZE, useMessages } from '../api/get-messages';
import type { MessageChallenge } from './message-composer';

/** The messages sent so far, newest first, each with how many of its mails have been delivered. */
export function MessageHistory({
  event,
  challenges,
}: {
  event: EventDto;
  challenges: readonly MessageChallenge[] | undefined;
}) {
  const { t } = useTranslation();
  const [page, setPage] = useState(1);
  const messages = useMessages(event.slug, (page - 1) * MESSAGES_PAGE_SIZE);
  return (
    <section aria-labelledby="message-history-heading">
      <h3 id="message-history-heading">{t('messages.historyTitle')}</h3>
      <QueryState query={messages}>
        {(data) =>
          data.total === 0 ? (
            <p className="empty">{t('messages.empty')}</p>
          ) : (
            <>
              <ol className="message-list" aria-busy={messages.isPlaceholderData || undefined}>
                {data.items.map((message) => (
                  <li key={message.id}>
                    <SentMessage message={message} event={event} challenges={challenges} />
                  </li>
                ))}
              </ol>
              <Pager
                page={page}
                pages={Math.ceil(data.total / MESSAGES_PAGE_SIZE)}
                label={t('messages.pages')}
                onGo={setPage}
              />
            </>
          )
        }
      </QueryState>
    </section>
  );
}

function SentMessage({
  message,
  event,
  challenges,
}: {
  message: OrganizerMessageDto;
  event: EventDto;
  challenges: readonly MessageChallenge[] | undefined;
}) {
  const { t, i18n } = useTranslation();
  const challenge = challenges?.find((candidate) => candidate.id === message.challengeId)?.title ?? '…';
  const { sent, pending, failed } = message.delivery;
  return (
    <article>
      <h4>{message.subject}</h4>
      <p className="announcement-meta">
        <time dateTime={message.createdAt}>{formatDateTime(message.createdAt, event.timezone, i18n.language)}</time>
        {' · '}
        {message.sender?.displayName ?? t('messages.formerOrganizer')}
        {' · '}
        {t(`messages.segments.${message.segment}`, { challenge })}
      </p>
      <p>
        {t('messages.delivery', { count: message.recipients, sent, pending, failed })}
        {failed > 0 && <span className="visually-hidden"> {t('messages.failedHint')}</span>}
      </p>
      <details>
        <summary>{t('messages.showBody')}</summary>
        <p className="announcement-body">{message.body}</p>
      </details>
    </article>
  );
}

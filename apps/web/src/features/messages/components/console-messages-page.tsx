import type { EventDto } from '@hackboard/contracts';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ConsoleTitle } from '../../../components/ui/console-title';
import { type MessageChallenge, MessageComposer } from './message-composer';
import { MessageHistory } from './message-history';

/** The console's messages: a mail to one group of the event's people, what has been sent, and what did not arrive. */
export function ConsoleMessagesPage({
  event,
  challenges,
  undelivered,
}: {
  event: EventDto;
  challenges: readonly MessageChallenge[] | undefined;
  /** The event's mails that failed, to be sent again (the mail feature shows them). */
  undelivered: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="console-messages-heading">
      <ConsoleTitle area={t('messages.title')} event={event.name} />
      <h2 id="console-messages-heading">{t('messages.title')}</h2>
      <p>{t('messages.intro')}</p>
      <MessageComposer event={event} challenges={challenges} />
      <MessageHistory event={event} challenges={challenges} />
      {undelivered}
    </section>
  );
}

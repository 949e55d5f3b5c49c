import { useChallenges } from '../../features/challenges/api/get-challenges';
import { FailedEventMail } from '../../features/mail/components/failed-event-mail';
import { ConsoleMessagesPage } from '../../features/messages/components/console-messages-page';
import { useConsoleEvent } from '../../lib/console-event';

/** `/events/:slug/organize/messages`, with the event's challenges to address their teams and its failed mails. */
export function ConsoleMessagesRoute() {
  const event = useConsoleEvent();
  const challenges = useChallenges(event.slug);
  return (
    <ConsoleMessagesPage event={event} challenges={challenges.data} undelivered={<FailedEventMail event={event} />} />
  );
}

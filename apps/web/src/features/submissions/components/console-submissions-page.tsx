import type { ChallengeDto, EventDto } from '@hackboard/contracts';
import { useTranslation } from 'react-i18next';
import { ConsoleTitle } from '../../../components/ui/console-title';
import { SubmissionsTable } from './submissions-table';

/** The console's submissions: every team's, filtered by challenge and status. */
export function ConsoleSubmissionsPage({
  event,
  challenges,
}: {
  event: EventDto;
  challenges: readonly ChallengeDto[];
}) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="console-submissions-heading">
      <ConsoleTitle area={t('organize.submissions.title')} event={event.name} />
      <h2 id="console-submissions-heading">{t('organize.submissions.title')}</h2>
      <p>{t('organize.submissions.intro')}</p>
      <SubmissionsTable event={event} challenges={challenges} idPrefix="console-submissions" />
    </section>
  );
}

import type { ChallengeDto, EventDto } from '@hackboard/contracts';
import { useTranslation } from 'react-i18next';
import { SubmissionsTable } from './submissions-table';

/** For challenge owners: the submissions their challenges have received. */
export function ReceivedSubmissions({ event, challenges }: { event: EventDto; challenges: readonly ChallengeDto[] }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="received-submissions-heading">
      <h2 id="received-submissions-heading">{t('submissionList.receivedTitle')}</h2>
      <p>{t('submissionList.receivedIntro')}</p>
      <SubmissionsTable event={event} challenges={challenges} idPrefix="received-submissions" />
    </section>
  );
}

import type { EventDto } from '@hackboard/contracts';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ExternalLink } from '../../../components/ui/external-link';
import { useChallenges } from '../api/get-challenges';
import { ScrollTable } from '../../../components/ui/scroll-table';

/**
 * Every open data set of the event's challenges, with its format and licence. It reads the same
 * list as the challenge cards beside it (each challenge carries its data sets), so the page asks
 * once and says "loading" once.
 */
export function DatasetCatalogue({ event }: { event: EventDto }) {
  const { t } = useTranslation();
  const challenges = useChallenges(event.slug);
  if (!challenges.data) return null;
  const entries = challenges.data.flatMap((challenge) =>
    challenge.datasets.map((dataset) => ({ ...dataset, challenge })),
  );
  return (
    <section aria-labelledby="catalogue-heading">
      <h2 id="catalogue-heading">{t('catalogue.title')}</h2>
      <p>{t('catalogue.intro')}</p>
      {entries.length === 0 ? (
        <p className="empty">{t('catalogue.empty')}</p>
      ) : (
        <ScrollTable captionId="catalogue-caption" caption={t('catalogue.caption', { count: entries.length })}>
          <thead>
            <tr>
              <th scope="col">{t('datasets.title')}</th>
              <th scope="col">{t('datasets.format')}</th>
              <th scope="col">{t('datasets.licence')}</th>
              <th scope="col">{t('catalogue.challenge')}</th>
            </tr>
          </thead>
          <tbody>
            {entries.map((entry) => (
              <tr key={entry.id}>
                <th scope="row" className="break">
                  <ExternalLink href={entry.url}>{entry.title}</ExternalLink>
                </th>
                <td>{entry.format}</td>
                <td>{entry.licence}</td>
                <td>
                  <Link to={`/events/${event.slug}/challenges/${entry.challenge.id}`}>{entry.challenge.title}</Link>
                  <span className="muted"> ({entry.challenge.organization.name})</span>
                </td>
              </tr>
            ))}
          </tbody>
        </ScrollTable>
      )}
    </section>
  );
}

import type { EventDto } from '@hackboard/contracts';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ExternalLink } from '../../../components/ui/external-link';
import { QueryState } from '../../../components/ui/query-state';
import { useCatalogue } from '../api/get-catalogue';

/** Every open data set of the event's challenges, with its format and licence. */
export function DatasetCatalogue({ event }: { event: EventDto }) {
  const { t } = useTranslation();
  const catalogue = useCatalogue(event.slug);
  return (
    <section aria-labelledby="catalogue-heading">
      <h2 id="catalogue-heading">{t('catalogue.title')}</h2>
      <p>{t('catalogue.intro')}</p>
      <QueryState query={catalogue}>
        {(entries) =>
          entries.length === 0 ? (
            <p className="empty">{t('catalogue.empty')}</p>
          ) : (
            <div className="table-scroll" role="region" aria-labelledby="catalogue-caption" tabIndex={0}>
              <table className="table">
                <caption id="catalogue-caption">{t('catalogue.caption', { count: entries.length })}</caption>
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
                        <Link to={`/events/${event.slug}/challenges/${entry.challengeId}`}>{entry.challengeTitle}</Link>
                        <span className="muted"> ({entry.organizationName})</span>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )
        }
      </QueryState>
    </section>
  );
}

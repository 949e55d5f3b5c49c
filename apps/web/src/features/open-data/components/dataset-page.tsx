import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ExternalLink } from '../../../components/ui/external-link';
import { QueryState } from '../../../components/ui/query-state';
import { ApiError } from '../../../lib/api-client';
import { useDatasetBuiltOn } from '../api/get-built-on';
import { BuiltProjects } from './built-projects';

/** `/datasets/:datasetId`: "built on this data", a data set and every public project that used it. */
export function DatasetPage() {
  const { t } = useTranslation();
  const { datasetId = '' } = useParams();
  const builtOn = useDatasetBuiltOn(datasetId);
  if (builtOn.error instanceof ApiError && builtOn.error.status === 404) {
    return (
      <>
        <title>{`${t('openData.datasetNotFound')} – ${t('app.name')}`}</title>
        <h1>{t('openData.datasetNotFound')}</h1>
        <p>
          <Link to="/">{t('openData.allEvents')}</Link>
        </p>
      </>
    );
  }
  return (
    <QueryState query={builtOn}>
      {(data) => (
        <article className="dataset-page">
          <title>{`${data.dataset.title} – ${t('app.name')}`}</title>
          <header className="page-header">
            <p className="eyebrow-row">
              <Link to={`/organizations/${data.organization.id}`}>{data.organization.name}</Link>
            </p>
            <h1>{data.dataset.title}</h1>
            <dl className="inline-facts">
              {data.dataset.format && (
                <div>
                  <dt>{t('openData.format')}</dt>
                  <dd>{data.dataset.format}</dd>
                </div>
              )}
              {data.dataset.licence && (
                <div>
                  <dt>{t('openData.licence')}</dt>
                  <dd>{data.dataset.licence}</dd>
                </div>
              )}
              <div>
                <dt>{t('openData.challenge')}</dt>
                <dd>
                  <Link to={`/events/${data.event.slug}/challenges/${data.challenge.id}`}>{data.challenge.title}</Link>
                </dd>
              </div>
            </dl>
            {data.dataset.url && (
              <p>
                <ExternalLink href={data.dataset.url}>
                  {t('openData.getData', { title: data.dataset.title })}
                </ExternalLink>
              </p>
            )}
          </header>
          <section aria-labelledby="built-on-heading">
            <h2 id="built-on-heading">{t('openData.builtOnThis')}</h2>
            <BuiltProjects projects={data.projects} />
          </section>
        </article>
      )}
    </QueryState>
  );
}

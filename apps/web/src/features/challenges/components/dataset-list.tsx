import type { DatasetDto } from '@hackboard/contracts';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ExternalLink } from '../../../components/ui/external-link';

/** A challenge's data sets: what each is, its format and licence, and where to get it. */
export function DatasetList({ datasets }: { datasets: readonly DatasetDto[] }) {
  const { t } = useTranslation();
  if (datasets.length === 0) return <p className="muted">{t('datasets.none')}</p>;
  return (
    <ul className="dataset-list">
      {datasets.map((dataset) => (
        <li key={dataset.id} className="dataset-item">
          <p className="dataset-title">
            <ExternalLink href={dataset.url}>{dataset.title}</ExternalLink>
          </p>
          <dl className="inline-facts">
            <div>
              <dt>{t('datasets.format')}</dt>
              <dd>{dataset.format}</dd>
            </div>
            <div>
              <dt>{t('datasets.licence')}</dt>
              <dd>{dataset.licence}</dd>
            </div>
          </dl>
          <p>
            <Link to={`/datasets/${dataset.id}`}>{t('openData.builtOnLink', { title: dataset.title })}</Link>
          </p>
        </li>
      ))}
    </ul>
  );
}

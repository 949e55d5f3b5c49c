import type { DatasetUseDto } from '@hackboard/contracts';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { BuiltProjects } from './built-projects';

/** Data sets, each with the projects built on it; `headingLevel` fits the page around it. */
export function DatasetUses({ uses, headingLevel }: { uses: readonly DatasetUseDto[]; headingLevel: 2 | 3 }) {
  const { t } = useTranslation();
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  if (uses.length === 0) return <p className="muted">{t('openData.noDatasets')}</p>;
  return (
    <ul className="dataset-list">
      {uses.map((use) => (
        <li key={use.id} className="dataset-item">
          <Heading>
            <Link to={`/datasets/${use.id}`}>{use.title}</Link>
          </Heading>
          <p className="muted">
            {t('openData.offeredIn', { challenge: use.challenge.title, event: use.event.name })}
            {use.licence && ` · ${t('openData.licence')}: ${use.licence}`}
          </p>
          <BuiltProjects projects={use.projects} />
        </li>
      ))}
    </ul>
  );
}

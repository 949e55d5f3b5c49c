import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ExternalLink } from '../../../components/ui/external-link';
import { OrganizationKindBadge } from '../../../components/ui/organization-badge';
import { QueryState } from '../../../components/ui/query-state';
import { ApiError } from '../../../lib/api-client';
import { useOrganizationBuiltOn } from '../api/get-built-on';
import { DatasetUses } from './dataset-uses';
import type { OrganizationKind } from '@hackboard/contracts';

/** `/organizations/:organizationId`: an agency's open data sets and what was built on them. */
export function OrganizationPage() {
  const { t } = useTranslation();
  const { organizationId = '' } = useParams();
  const builtOn = useOrganizationBuiltOn(organizationId);
  if (builtOn.error instanceof ApiError && builtOn.error.status === 404) {
    return (
      <>
        <title>{`${t('openData.organizationNotFound')} – ${t('app.name')}`}</title>
        <h1>{t('openData.organizationNotFound')}</h1>
        <p>
          <Link to="/">{t('openData.allEvents')}</Link>
        </p>
      </>
    );
  }
  return (
    <QueryState query={builtOn}>
      {(data) => (
        <article className="organization-page">
          <title>{`${data.organization.name} – ${t('app.name')}`}</title>
          <header className="page-header">
            <p className="badge-row eyebrow-row">
              <OrganizationKindBadge kind={data.organization.kind as OrganizationKind} />
              {data.organization.website && (
                <ExternalLink href={data.organization.website}>{t('openData.website')}</ExternalLink>
              )}
            </p>
            <h1>{data.organization.name}</h1>
            <p>{t('openData.organizationIntro')}</p>
          </header>
          <section aria-labelledby="organization-datasets-heading">
            <h2 id="organization-datasets-heading">{t('openData.organizationDatasets')}</h2>
            <DatasetUses uses={data.datasets} headingLevel={3} />
          </section>
        </article>
      )}
    </QueryState>
  );
}

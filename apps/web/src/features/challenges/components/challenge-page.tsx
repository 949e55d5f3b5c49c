import { picturePaths } from '../../pictures/api/pictures';
import { Picture } from '../../pictures/components/picture';
import type { EventDto } from '@hackboard/contracts';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ExternalLink } from '../../../components/ui/external-link';
import { MarkdownContent } from '../../../components/ui/markdown-content';
import { OrganizationKindBadge } from '../../../components/ui/organization-badge';
import { QueryState } from '../../../components/ui/query-state';
import { ApiError } from '../../../lib/api-client';
import { agencyOrganizationsIn, canOrganize, rolesIn, useMe } from '../../../lib/session';
import { useNow } from '../../../lib/use-now';
import { useChallenge } from '../api/get-challenge';
import { ChallengeBuiltOn } from '../../open-data/components/challenge-built-on';
import { DatasetList } from './dataset-list';

/** One challenge: what it asks, what it pays, whom to ask, and its open data sets. */
export function ChallengePage({ event }: { event: EventDto }) {
  const { t } = useTranslation();
  const { challengeId = '' } = useParams();
  const challenge = useChallenge(event.slug, challengeId);
  const me = useMe();
  const now = useNow();
  const eventLink = <Link to={`/events/${event.slug}`}>{event.name}</Link>;

  if (challenge.error instanceof ApiError && challenge.error.status === 404) {
    return (
      <>
        <title>{`${t('challenges.notFoundTitle')} – ${event.name} – ${t('app.name')}`}</title>
        <h1>{t('challenges.notFoundTitle')}</h1>
        <p>{t('challenges.notFound')}</p>
        <p>{eventLink}</p>
      </>
    );
  }

  return (
    <QueryState query={challenge}>
      {(data) => {
        const roles = rolesIn(me.data, event.id);
        const mayEdit =
          canOrganize(me.data, event.id) ||
          (agencyOrganizationsIn(me.data, event.id).includes(data.organization.id) &&
            now < Date.parse(event.timeline.submissionDeadline));
        const open =
          (event.phase === 'registration' || event.phase === 'hacking') &&
          now < Date.parse(event.timeline.submissionDeadline);
        return (
          <article className="challenge">
            <title>{`${data.title} – ${event.name} – ${t('app.name')}`}</title>
            <nav aria-label={t('nav.breadcrumbs')} className="breadcrumbs">
              <ol>
                <li>{eventLink}</li>
                <li>
                  <Link to={`/events/${event.slug}#challenges-heading`}>{t('challenges.title')}</Link>
                </li>
              </ol>
            </nav>
            <header className="page-header">
              <p className="badge-row eyebrow-row">
                <Picture path={picturePaths.logo(data.organization.id)} sizes="2rem" className="organization-logo" />
                <Link to={`/organizations/${data.organization.id}`} className="organization-name">
                  {data.organization.name}
                </Link>
                <OrganizationKindBadge kind={data.organization.kind} />
                {data.organization.website && (
                  <ExternalLink href={data.organization.website}>{t('challenges.website')}</ExternalLink>
                )}
              </p>
              <h1>{data.title}</h1>
              <div className="button-row">
                {roles.includes('participant') && open && (
                  <Link to={`/events/${event.slug}/team?challenge=${data.id}`} className="button">
                    {t('challenges.startSubmission')}
                  </Link>
                )}
                {mayEdit && (
                  <Link to={`/events/${event.slug}/challenges/${data.id}/edit`} className="button button-secondary">
                    {t('challenges.edit')}
                  </Link>
                )}
              </div>
            </header>
            <section aria-labelledby="challenge-description-heading">
              <h2 id="challenge-description-heading">{t('challenges.description')}</h2>
              <MarkdownContent source={data.description} />
            </section>
            <section aria-labelledby="challenge-datasets-heading">
              <h2 id="challenge-datasets-heading">{t('challenges.datasets')}</h2>
              <DatasetList datasets={data.datasets} />
            </section>
            <ChallengeBuiltOn slug={event.slug} challengeId={data.id} />
            {data.prizes && (
              <section aria-labelledby="challenge-prizes-heading">
                <h2 id="challenge-prizes-heading">{t('challenges.prizes')}</h2>
                <p className="pre-line">{data.prizes}</p>
              </section>
            )}
            <section aria-labelledby="challenge-contact-heading">
              <h2 id="challenge-contact-heading">{t('challenges.contact')}</h2>
              <p>
                {data.contactName}
                {data.contactEmail && (
                  <>
                    {' – '}
                    <a href={`mailto:${data.contactEmail}`}>{data.contactEmail}</a>
                  </>
                )}
              </p>
            </section>
          </article>
        );
      }}
    </QueryState>
  );
}

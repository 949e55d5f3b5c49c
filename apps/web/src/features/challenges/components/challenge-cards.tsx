import { picturePaths } from '../../pictures/api/pictures';
import { Picture } from '../../pictures/components/picture';
import type { EventDto } from '@hackboard/contracts';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { OrganizationKindBadge } from '../../../components/ui/organization-badge';
import { QueryState } from '../../../components/ui/query-state';
import { useChallenges } from '../api/get-challenges';

/** The event's challenges as cards: who poses it, what it is, what it pays, how much data comes with it. */
export function ChallengeCards({ event }: { event: EventDto }) {
  const { t } = useTranslation();
  const challenges = useChallenges(event.slug);
  return (
    <section aria-labelledby="challenges-heading">
      <h2 id="challenges-heading">{t('challenges.title')}</h2>
      <QueryState query={challenges}>
        {(list) =>
          list.length === 0 ? (
            <p className="empty">{t('challenges.empty')}</p>
          ) : (
            <ul className="card-list">
              {list.map((challenge) => (
                <li key={challenge.id}>
                  <article className="card challenge-card">
                    <h3 className="card-title">
                      <Link to={`/events/${event.slug}/challenges/${challenge.id}`}>{challenge.title}</Link>
                    </h3>
                    <p className="badge-row card-organization">
                      <Picture
                        path={picturePaths.logo(challenge.organization.id)}
                        sizes="2rem"
                        className="organization-logo"
                      />
                      <span>{challenge.organization.name}</span>
                      <OrganizationKindBadge kind={challenge.organization.kind} />
                    </p>
                    {challenge.prizes && (
                      <p className="clamp">
                        <span className="label">{t('challenges.prizes')}:</span> {challenge.prizes}
                      </p>
                    )}
                    <p className="muted">{t('challenges.datasetCount', { count: challenge.datasets.length })}</p>
                  </article>
                </li>
              ))}
            </ul>
          )
        }
      </QueryState>
    </section>
  );
}

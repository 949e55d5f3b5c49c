import type { EventDto } from '@hackboard/contracts';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { DeadlineCountdown } from '../../../components/ui/deadline-countdown';
import { QueryState } from '../../../components/ui/query-state';
import { agencyOrganizationsIn, canOrganize, useMe } from '../../../lib/session';
import { useNow } from '../../../lib/use-now';
import { useChallenges } from '../api/get-challenges';
import { ChallengeTable } from './challenge-table';

/**
 * "Our challenges": a challenge owner's challenges in the event, editable until the submission
 * deadline, and (from the app) the submissions they have received.
 */
export function OwnChallengesPage({ event, submissions }: { event: EventDto; submissions: ReactNode }) {
  const { t } = useTranslation();
  const me = useMe();
  const now = useNow();
  const challenges = useChallenges(event.slug);
  const saved = (useLocation().state as { saved?: string } | null)?.saved;
  const organizationIds = agencyOrganizationsIn(me.data, event.id);
  const open = now < Date.parse(event.timeline.submissionDeadline);
  const title = `${t('ownChallenges.title')} – ${event.name} – ${t('app.name')}`;

  if (organizationIds.length === 0) {
    return (
      <>
        <title>{title}</title>
        <h1>{t('ownChallenges.title')}</h1>
        <p>{t('ownChallenges.notOwner', { event: event.name })}</p>
        {canOrganize(me.data, event.id) && (
          <p>
            <Link to={`/events/${event.slug}/organize/challenges`}>{t('ownChallenges.toConsole')}</Link>
          </p>
        )}
        <Link to={`/events/${event.slug}`}>{event.name}</Link>
      </>
    );
  }

  return (
    <>
      <title>{title}</title>
      <header className="page-header">
        <p className="eyebrow">
          <Link to={`/events/${event.slug}`}>{event.name}</Link>
        </p>
        <div className="page-heading-row">
          <h1>{t('ownChallenges.title')}</h1>
          {open && (
            <Link to={`/events/${event.slug}/challenges/new`} className="button">
              {t('ownChallenges.new')}
            </Link>
          )}
        </div>
        <p>{open ? t('ownChallenges.intro') : t('ownChallenges.closed')}</p>
        <DeadlineCountdown deadline={event.timeline.submissionDeadline} timezone={event.timezone} now={now} />
      </header>
      {saved && <p className="notice notice-success">{t('ownChallenges.created', { title: saved })}</p>}
      <section aria-labelledby="own-challenges-heading">
        <h2 id="own-challenges-heading">{t('ownChallenges.listTitle')}</h2>
        <QueryState query={challenges}>
          {(list) => {
            const own = list.filter((challenge) => organizationIds.includes(challenge.organization.id));
            return own.length === 0 ? (
              <p className="empty">{t('ownChallenges.empty')}</p>
            ) : (
              <ChallengeTable
                event={event}
                challenges={own}
                caption={t('ownChallenges.caption', { count: own.length })}
                editable={open}
              />
            );
          }}
        </QueryState>
      </section>
      {submissions}
    </>
  );
}

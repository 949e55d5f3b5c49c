import type { EventDto } from '@hackboard/contracts';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { ConsoleTitle } from '../../../components/ui/console-title';
import { QueryState } from '../../../components/ui/query-state';
import { useChallenges } from '../api/get-challenges';
import { ChallengeTable } from './challenge-table';

/** The console's challenges: every organization's, which organizers may edit at any time. */
export function ConsoleChallengesPage({ event }: { event: EventDto }) {
  const { t } = useTranslation();
  const challenges = useChallenges(event.slug);
  const saved = (useLocation().state as { saved?: string } | null)?.saved;
  return (
    <section aria-labelledby="console-challenges-heading">
      <ConsoleTitle area={t('organize.challenges.title')} event={event.name} />
      <div className="page-heading-row">
        <h2 id="console-challenges-heading">{t('organize.challenges.title')}</h2>
        <Link to={`/events/${event.slug}/challenges/new`} className="button">
          {t('organize.challenges.new')}
        </Link>
      </div>
      <p>{t('organize.challenges.intro')}</p>
      {saved && <p className="notice notice-success">{t('ownChallenges.created', { title: saved })}</p>}
      <QueryState query={challenges}>
        {(list) =>
          list.length === 0 ? (
            <p className="empty">{t('organize.challenges.empty')}</p>
          ) : (
            <ChallengeTable
              event={event}
              challenges={list}
              caption={t('ownChallenges.caption', { count: list.length })}
              editable
            />
          )
        }
      </QueryState>
    </section>
  );
}

import type { EventDto, RoundDto } from '@hackboard/contracts';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ConsoleTitle } from '../../../components/ui/console-title';
import { QueryState } from '../../../components/ui/query-state';
import { useRounds } from '../api/get-rounds';
import { ConflictsTable } from './conflicts-table';
import { RoundAssignments } from './round-assignments';
import { RoundPicker, useSelectedRound } from './round-picker';
import { UnplacedNotice } from './unplaced-notice';

/** `/events/:slug/organize/assignments`: who reviews what in each round, by hand or by a balanced plan. */
export function AssignmentsPage({ event }: { event: EventDto }) {
  const { t } = useTranslation();
  const rounds = useRounds(event.slug);
  return (
    <section aria-labelledby="assignments-heading">
      <ConsoleTitle area={t('judging.assignments.title')} event={event.name} />
      <h2 id="assignments-heading">{t('judging.assignments.title')}</h2>
      <p>{t('judging.assignments.intro')}</p>
      <UnplacedNotice event={event} />
      <QueryState query={rounds}>
        {(list) =>
          list.length === 0 ? (
            <p className="empty">
              {t('judging.assignments.noRounds')}{' '}
              <Link to={`/events/${event.slug}/organize/rounds`}>{t('judging.assignments.toRounds')}</Link>
            </p>
          ) : (
            <SelectedRound event={event} rounds={list} />
          )
        }
      </QueryState>
      <ConflictsTable event={event} />
    </section>
  );
}

function SelectedRound({ event, rounds }: { event: EventDto; rounds: RoundDto[] }) {
  const [round, select] = useSelectedRound(rounds);
  if (!round) return null;
  return (
    <>
      <RoundPicker id="assignments-round" rounds={rounds} value={round.id} onChange={select} />
      <RoundAssignments key={round.id} event={event} round={round} />
    </>
  );
}

import type { EventDto } from '@hackboard/contracts';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { canOrganize, rolesIn, useMe } from '../../../lib/session';

/** On the event page: the way to mentors and the help queue, for teams, mentors and organizers. */
export function MentoringPanel({ event }: { event: EventDto }) {
  const { t } = useTranslation();
  const me = useMe();
  const roles = rolesIn(me.data, event.id);
  if (!roles.includes('participant') && !roles.includes('mentor') && !canOrganize(me.data, event.id)) return null;
  return (
    <section aria-labelledby="mentoring-panel-heading" className="panel">
      <h2 id="mentoring-panel-heading">{t('mentoring.title')}</h2>
      <p>{t('mentoring.panelIntro')}</p>
      <Link to={`/events/${event.slug}/mentoring`} className="button">
        {t('mentoring.open')}
      </Link>
    </section>
  );
}

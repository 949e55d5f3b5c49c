import type { EventDto } from '@hackboard/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryState } from '../../../components/ui/query-state';
import { formatDateTime } from '../../../lib/format';
import { rolesIn, useMe } from '../../../lib/session';
import { useAnnouncements } from '../api/get-announcements';
import { useLiveAnnouncements } from '../hooks/use-live-announcements';
import { AnnouncementItem } from './announcement-item';

const SHOWN = 3;

/**
 * The event's announcements for its members, newest first, updated live. One polite live region,
 * always in the page, says each new announcement once; the list itself is not announced.
 */
export function AnnouncementsPanel({ event }: { event: EventDto }) {
  const { t, i18n } = useTranslation();
  const me = useMe();
  const member = !!me.data && (me.data.isAdmin || rolesIn(me.data, event.id).length > 0);
  const announcements = useAnnouncements(event.slug, member);
  const latest = useLiveAnnouncements(event, member);
  const [showAll, setShowAll] = useState(false);
  if (!member) return null;

  return (
    <section aria-labelledby="announcements-heading" className="announcements">
      <h2 id="announcements-heading">{t('announcements.title')}</h2>
      <div aria-live="polite" aria-atomic="true" className="visually-hidden">
        {latest
          ? t('announcements.arrived', {
              at: formatDateTime(latest.createdAt, event.timezone, i18n.language),
              body: latest.body,
            })
          : ''}
      </div>
      <QueryState query={announcements}>
        {(page) => {
          if (page.items.length === 0) return <p className="muted">{t('announcements.empty')}</p>;
          const shown = showAll ? page.items : page.items.slice(0, SHOWN);
          return (
            <>
              <ol className="announcement-list" id="announcement-list">
                {shown.map((announcement) => (
                  <li key={announcement.id}>
                    <AnnouncementItem
                      announcement={announcement}
                      timezone={event.timezone}
                      fresh={announcement.id === latest?.id}
                    />
                  </li>
                ))}
              </ol>
              {page.items.length > SHOWN && (
                <button
                  type="button"
                  className="button button-secondary button-small"
                  aria-expanded={showAll}
                  aria-controls="announcement-list"
                  onClick={() => setShowAll((value) => !value)}
                >
                  {showAll ? t('announcements.showFewer') : t('announcements.showAll', { count: page.items.length })}
                </button>
              )}
            </>
          );
        }}
      </QueryState>
    </section>
  );
}

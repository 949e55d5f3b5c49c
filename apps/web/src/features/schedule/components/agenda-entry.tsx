import type { EventDto } from '@hackboard/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../../components/ui/confirm-dialog';
import { ExternalLink } from '../../../components/ui/external-link';
import type { AgendaItem } from '../agenda';
import { calendarUrl } from '../api/get-schedule';
import { useRemoveSession } from '../api/change-schedule';

function timeOf(iso: string, timeZone: string, language: string, withDay: boolean): string {
  return new Intl.DateTimeFormat(language === 'sv' ? 'sv-SE' : 'en-GB', {
    ...(withDay ? { weekday: 'short' as const } : {}),
    hour: '2-digit',
    minute: '2-digit',
    timeZone,
  }).format(new Date(iso));
}

/** One line of the agenda: when, what, where, who, in which language, and a way into one's calendar. */
export function AgendaEntry({
  event,
  item,
  withDay,
  organizer,
  nowLive,
}: {
  event: EventDto;
  item: AgendaItem;
  withDay: boolean;
  organizer: boolean;
  nowLive: boolean;
}) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const remove = useRemoveSession(event.slug);
  const [confirming, setConfirming] = useState(false);
  const start = timeOf(item.startsAt, event.timezone, language, withDay);
  const title = item.type === 'session' ? item.session.title : t(`schedule.milestones.${item.milestone.key}`);
  const headingId = `agenda-item-${item.id}`;
  return (
    <article className={`agenda-entry${nowLive ? ' agenda-entry-now' : ''}`} aria-labelledby={headingId}>
      <p className="agenda-time">
        <time dateTime={item.startsAt}>{start}</time>
        {item.type === 'session' && item.endsAt !== item.startsAt && (
          <>
            {'–'}
            <time dateTime={item.endsAt}>{timeOf(item.endsAt, event.timezone, language, false)}</time>
          </>
        )}
      </p>
      <div className="agenda-body">
        <p id={headingId} className="agenda-title">
          {title}
        </p>
        <p className="badge-row">
          <span className="badge">
            {t(`schedule.kinds.${item.type === 'session' ? item.session.kind : 'milestone'}`)}
          </span>
          {item.type === 'session' && item.session.language && (
            <span className="badge" lang={item.session.language}>
              {item.session.language === 'sv' ? 'Svenska' : 'English'}
            </span>
          )}
          {item.type === 'session' && item.session.audience === 'members' && (
            <span className="badge badge-judging">{t('schedule.membersOnly')}</span>
          )}
        </p>
        {item.type === 'session' && (
          <>
            {item.session.speaker && (
              <p>
                <span className="label">{t('schedule.fields.speaker')}:</span> {item.session.speaker}
              </p>
            )}
            {item.session.place && (
              <p>
                <span className="label">{t('schedule.fields.place')}:</span> {item.session.place}
              </p>
            )}
            {item.session.streamUrl && (
              <p>
                <ExternalLink href={item.session.streamUrl}>{t('schedule.watch')}</ExternalLink>
              </p>
            )}
            {item.session.description && <p className="pre-line">{item.session.description}</p>}
          </>
        )}
        <div className="button-row">
          <a
            className="button button-secondary button-small"
            href={calendarUrl(event.slug, language, item.id)}
            download
            aria-describedby={headingId}
          >
            {t('schedule.addToCalendar')}
          </a>
          {organizer && item.type === 'session' && (
            <button
              type="button"
              className="button button-danger button-small"
              aria-describedby={headingId}
              onClick={() => setConfirming(true)}
            >
              {t('schedule.remove')}
            </button>
          )}
        </div>
      </div>
      {organizer && item.type === 'session' && (
        <ConfirmDialog
          open={confirming}
          title={t('schedule.removeTitle', { title })}
          confirmLabel={t('schedule.remove')}
          cancelLabel={t('schedule.cancel')}
          danger
          busy={remove.isPending}
          onCancel={() => setConfirming(false)}
          onConfirm={() => remove.mutate(item.id, { onSettled: () => setConfirming(false) })}
        >
          <p>{t('schedule.removeBody')}</p>
        </ConfirmDialog>
      )}
    </article>
  );
}

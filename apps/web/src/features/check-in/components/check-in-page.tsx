import type { AttendeeDto, CheckInResultDto, EventDto } from '@hackboard/contracts';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { TextField } from '../../../components/ui/form-fields';
import { RoleBadge } from '../../../components/ui/role-badge';
import { StatusMessage } from '../../../components/ui/status-message';
import { ApiError } from '../../../lib/api-client';
import { formatDateTime } from '../../../lib/format';
import { problemFromError } from '../../../lib/form-errors';
import { canOrganize, rolesIn, useMe } from '../../../lib/session';
import { exportUrl, useAttendees, useCheckIn, useCheckInCounts } from '../api/check-in-api';
import { useLiveCounts } from '../hooks/use-live-counts';
import { CameraScanner } from './camera-scanner';
import '../check-in.css';

/** `/events/:slug/check-in`: the door, for organizers and volunteers. */
export function CheckInPage({ event }: { event: EventDto }) {
  const { t } = useTranslation();
  const me = useMe();
  const organizer = canOrganize(me.data, event.id);
  const allowed = organizer || rolesIn(me.data, event.id).includes('volunteer');
  if (!allowed) {
    return (
      <>
        <title>{`${t('checkIn.title')} – ${event.name} – ${t('app.name')}`}</title>
        <h1>{t('checkIn.title')}</h1>
        <p>{t('checkIn.notAllowed')}</p>
        <Link to={`/events/${event.slug}`}>{event.name}</Link>
      </>
    );
  }
  return <Door event={event} organizer={organizer} />;
}

function Door({ event, organizer }: { event: EventDto; organizer: boolean }) {
  const { t, i18n } = useTranslation();
  const checkIn = useCheckIn(event.slug);
  const counts = useCheckInCounts(event.slug, organizer);
  useLiveCounts(event, organizer);
  const [code, setCode] = useState('');
  const [query, setQuery] = useState('');
  const [search, setSearch] = useState('');
  const attendees = useAttendees(event.slug, search);
  const [outcome, setOutcome] = useState<{ result: CheckInResultDto } | { error: string } | null>(null);

  const at = (iso: string) => formatDateTime(iso, event.timezone, i18n.language);
  const send = (input: { code: string } | { userId: string }) => {
    setOutcome(null);
    checkIn.mutate(input, {
      onSuccess: (result) => {
        setOutcome({ result });
        if ('code' in input) setCode('');
      },
      onError: (error) =>
        setOutcome({
          error:
            error instanceof ApiError && error.code === 'TICKET_NOT_FOUND'
              ? t('checkIn.unknownTicket')
              : problemFromError(error).message,
        }),
    });
  };
  const submitCode = (formEvent: FormEvent) => {
    formEvent.preventDefault();
    if (code.trim()) send({ code });
  };
  const submitSearch = (formEvent: FormEvent) => {
    formEvent.preventDefault();
    setSearch(query.trim());
  };

  return (
    <article className="check-in">
      <title>{`${t('checkIn.title')} – ${event.name} – ${t('app.name')}`}</title>
      <header className="page-header">
        <p className="eyebrow">
          <Link to={`/events/${event.slug}`}>{event.name}</Link>
        </p>
        <h1>{t('checkIn.title')}</h1>
      </header>
      {organizer && counts.data && (
        <section aria-labelledby="check-in-counts-heading" className="panel">
          <h2 id="check-in-counts-heading">{t('checkIn.counts.title')}</h2>
          <p className="check-in-count" aria-live="polite">
            {t('checkIn.counts.value', { checkedIn: counts.data.checkedIn, registered: counts.data.registered })}
          </p>
          <a className="button button-secondary" href={exportUrl(event.slug)} download>
            {t('checkIn.counts.export')}
          </a>
        </section>
      )}
      <StatusMessage tone={outcome && 'error' in outcome ? 'info' : 'success'}>
        {outcome === null
          ? null
          : 'error' in outcome
            ? outcome.error
            : outcome.result.alreadyCheckedIn
              ? t('checkIn.already', {
                  name: outcome.result.attendee.displayName,
                  at: at(outcome.result.attendee.checkedInAt!),
                })
              : t('checkIn.done', { name: outcome.result.attendee.displayName })}
      </StatusMessage>
      <section aria-labelledby="check-in-code-heading">
        <h2 id="check-in-code-heading">{t('checkIn.code.title')}</h2>
        <form noValidate onSubmit={submitCode} className="form" aria-busy={checkIn.isPending || undefined}>
          <TextField
            id="check-in-code"
            label={t('checkIn.code.label')}
            hint={t('checkIn.code.hint')}
            autoComplete="off"
            autoCapitalize="characters"
            spellCheck={false}
            value={code}
            onChange={(change) => setCode(change.target.value)}
          />
          <button type="submit" className="button" disabled={checkIn.isPending}>
            {t('checkIn.code.submit')}
          </button>
        </form>
        <CameraScanner onCode={(scanned) => send({ code: scanned })} />
      </section>
      <section aria-labelledby="check-in-search-heading">
        <h2 id="check-in-search-heading">{t('checkIn.search.title')}</h2>
        <form noValidate onSubmit={submitSearch} className="form" role="search">
          <TextField
            id="check-in-search"
            type="search"
            label={t('checkIn.search.label')}
            optional
            value={query}
            onChange={(change) => setQuery(change.target.value)}
          />
          <button type="submit" className="button button-secondary">
            {t('checkIn.search.submit')}
          </button>
        </form>
        {search && attendees.data && (
          <>
            <p role="status">{t('checkIn.search.found', { count: attendees.data.total })}</p>
            <ul className="plain-list attendee-list">
              {attendees.data.items.map((attendee) => (
                <li key={attendee.userId}>
                  <AttendeeRow attendee={attendee} at={at} busy={checkIn.isPending} onCheckIn={send} />
                </li>
              ))}
            </ul>
          </>
        )}
      </section>
    </article>
  );
}

function AttendeeRow({
  attendee,
  at,
  busy,
  onCheckIn,
}: {
  attendee: AttendeeDto;
  at: (iso: string) => string;
  busy: boolean;
  onCheckIn: (input: { userId: string }) => void;
}) {
  const { t } = useTranslation();
  const nameId = `attendee-${attendee.userId}`;
  return (
    <div className="attendee">
      <p>
        <span id={nameId} className="strong">
          {attendee.displayName}
        </span>{' '}
        {attendee.roles.map((role) => (
          <RoleBadge key={role} role={role} />
        ))}
      </p>
      {attendee.checkedInAt ? (
        <p className="muted">{t('checkIn.search.checkedIn', { at: at(attendee.checkedInAt) })}</p>
      ) : (
        <button
          type="button"
          className="button button-small"
          disabled={busy}
          aria-describedby={nameId}
          onClick={() => onCheckIn({ userId: attendee.userId })}
        >
          {t('checkIn.code.submit')}
        </button>
      )}
    </div>
  );
}

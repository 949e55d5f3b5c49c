import type { EventDto, HelpRequestDto, MentorDto, MentorSlotDto } from '@hackboard/contracts';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { TextField } from '../../../components/ui/form-fields';
import { QueryState } from '../../../components/ui/query-state';
import { StatusMessage } from '../../../components/ui/status-message';
import { formatDateTime } from '../../../lib/format';
import { problemFromError } from '../../../lib/form-errors';
import { canOrganize, rolesIn, useMe } from '../../../lib/session';
import { fromZonedInputValue } from '../../../lib/zoned-time';
import { useHelpQueue, useMentoringAction, useMentors, useOwnRequest } from '../api/mentoring-api';
import { useLiveMentoring } from '../hooks/use-live-mentoring';

type Act = ReturnType<typeof useActions>;

function useActions(slug: string) {
  const { t } = useTranslation();
  const action = useMentoringAction(slug);
  const [said, setSaid] = useState<string | null>(null);
  const run = (method: 'POST' | 'PUT' | 'DELETE', path: string, done: string, json?: unknown) => {
    setSaid(null);
    action.mutate(
      { method, path, json },
      { onSuccess: () => setSaid(t(done)), onError: (error) => setSaid(problemFromError(error).message) },
    );
  };
  return { run, said, busy: action.isPending };
}

/** `/events/:slug/mentoring`: teams book mentors and queue for help; mentors offer slots and take requests. */
export function MentoringPage({ event }: { event: EventDto }) {
  const { t } = useTranslation();
  const me = useMe();
  const roles = rolesIn(me.data, event.id);
  const participant = roles.includes('participant');
  const mentor = roles.includes('mentor');
  const organizer = canOrganize(me.data, event.id);
  const mentors = useMentors(event.slug);
  const act = useActions(event.slug);
  useLiveMentoring(event);
  const [topic, setTopic] = useState('');

  return (
    <article>
      <title>{`${t('mentoring.title')} – ${event.name} – ${t('app.name')}`}</title>
      <header className="page-header">
        <p className="eyebrow">
          <Link to={`/events/${event.slug}`}>{event.name}</Link>
        </p>
        <h1>{t('mentoring.title')}</h1>
        <p className="muted">{t('events.timezoneNote', { timezone: event.timezone })}</p>
      </header>
      <StatusMessage tone="info">{act.said}</StatusMessage>
      {participant && (
        <>
          <TextField
            id="mentoring-topic"
            label={t('mentoring.topic')}
            hint={t('mentoring.topicHint')}
            maxLength={200}
            value={topic}
            onChange={(change) => setTopic(change.target.value)}
          />
          <HelpQueueForTeam event={event} topic={topic} act={act} />
        </>
      )}
      {mentor && <MentorDesk event={event} act={act} />}
      {(mentor || organizer) && <QueueForMentors event={event} act={act} mentor={mentor} />}
      <section aria-labelledby="mentors-heading">
        <h2 id="mentors-heading">{t('mentoring.mentors')}</h2>
        <QueryState query={mentors}>
          {(list) =>
            list.length === 0 ? (
              <p className="empty">{t('mentoring.noMentors')}</p>
            ) : (
              <ul className="plain-list">
                {list.map((person) => (
                  <li key={person.userId}>
                    <MentorCard event={event} mentor={person} topic={topic} act={act} canBook={participant} />
                  </li>
                ))}
              </ul>
            )
          }
        </QueryState>
      </section>
    </article>
  );
}

function SlotTime({ slot, event }: { slot: MentorSlotDto; event: EventDto }) {
  const { i18n } = useTranslation();
  return <time dateTime={slot.startsAt}>{formatDateTime(slot.startsAt, event.timezone, i18n.language)}</time>;
}

function MentorCard({
  event,
  mentor,
  topic,
  act,
  canBook,
}: {
  event: EventDto;
  mentor: MentorDto;
  topic: string;
  act: Act;
  canBook: boolean;
}) {
  const { t } = useTranslation();
  const headingId = `mentor-${mentor.userId}`;
  return (
    <section aria-labelledby={headingId} className="card">
      <h3 id={headingId} className="card-title">
        {mentor.displayName}
      </h3>
      {mentor.skills.length > 0 && (
        <p className="badge-row">
          {mentor.skills.map((skill) => (
            <span key={skill} className="badge">
              {skill}
            </span>
          ))}
        </p>
      )}
      {mentor.slots.length === 0 ? (
        <p className="muted">{t('mentoring.noSlots')}</p>
      ) : (
        <ul className="plain-list">
          {mentor.slots.map((slot) => (
            <li key={slot.id}>
              <SlotTime slot={slot} event={event} />{' '}
              {slot.booking ? (
                <>
                  <span className="badge badge-hacking">
                    {t('mentoring.bookedBy', { team: slot.booking.teamName, topic: slot.booking.topic })}
                  </span>{' '}
                  <button
                    type="button"
                    className="button button-secondary button-small"
                    disabled={act.busy}
                    onClick={() => act.run('DELETE', `/mentoring/slots/${slot.id}/booking`, 'mentoring.cancelled')}
                  >
                    {t('mentoring.cancelBooking')}
                  </button>
                </>
              ) : slot.booked ? (
                <span className="badge">{t('mentoring.taken')}</span>
              ) : (
                canBook && (
                  <button
                    type="button"
                    className="button button-small"
                    disabled={act.busy || !topic.trim()}
                    aria-describedby={headingId}
                    onClick={() =>
                      act.run('POST', `/mentoring/slots/${slot.id}/booking`, 'mentoring.booked', { topic })
                    }
                  >
                    {t('mentoring.book')}
                  </button>
                )
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function HelpQueueForTeam({ event, topic, act }: { event: EventDto; topic: string; act: Act }) {
  const { t } = useTranslation();
  const own = useOwnRequest(event.slug, true);
  const request = own.data?.request ?? null;
  return (
    <section aria-labelledby="help-heading" className="panel">
      <h2 id="help-heading">{t('mentoring.helpTitle')}</h2>
      <div aria-live="polite">
        {request ? (
          <p className="help-position">
            {request.status === 'waiting'
              ? t('mentoring.position', { position: request.position })
              : t('mentoring.onTheWay', { mentor: request.mentor?.displayName ?? '' })}
          </p>
        ) : (
          <p>{t('mentoring.helpIntro')}</p>
        )}
      </div>
      {request ? (
        <button
          type="button"
          className="button button-secondary"
          disabled={act.busy}
          onClick={() => act.run('POST', `/help-queue/${request.id}/cancel`, 'mentoring.left')}
        >
          {t('mentoring.leaveQueue')}
        </button>
      ) : (
        <button
          type="button"
          className="button"
          disabled={act.busy || !topic.trim()}
          onClick={() => act.run('POST', '/help-queue', 'mentoring.joined', { topic })}
        >
          {t('mentoring.joinQueue')}
        </button>
      )}
    </section>
  );
}

function QueueForMentors({ event, act, mentor }: { event: EventDto; act: Act; mentor: boolean }) {
  const { t } = useTranslation();
  const me = useMe();
  const queue = useHelpQueue(event.slug, true);
  return (
    <section aria-labelledby="queue-heading" className="panel">
      <h2 id="queue-heading">{t('mentoring.queueTitle')}</h2>
      <QueryState query={queue}>
        {(requests) =>
          requests.length === 0 ? (
            <p>{t('mentoring.queueEmpty')}</p>
          ) : (
            <ol className="plain-list">
              {requests.map((request) => (
                <li key={request.id}>
                  <QueueRow request={request} act={act} mine={request.mentor?.userId === me.data?.id} mentor={mentor} />
                </li>
              ))}
            </ol>
          )
        }
      </QueryState>
    </section>
  );
}

function QueueRow({
  request,
  act,
  mine,
  mentor,
}: {
  request: HelpRequestDto;
  act: Act;
  mine: boolean;
  mentor: boolean;
}) {
  const { t } = useTranslation();
  const id = `request-${request.id}`;
  return (
    <p>
      <span id={id}>
        <span className="strong">{request.teamName}</span>: {request.topic}
      </span>{' '}
      {request.status === 'claimed' ? (
        <span className="badge badge-judging">
          {t('mentoring.claimedBy', { mentor: request.mentor?.displayName ?? '' })}
        </span>
      ) : (
        <span className="badge">{t('mentoring.waiting', { position: request.position })}</span>
      )}{' '}
      {mentor && request.status === 'waiting' && request.position === 1 && (
        <button
          type="button"
          className="button button-small"
          aria-describedby={id}
          disabled={act.busy}
          onClick={() => act.run('POST', `/help-queue/${request.id}/claim`, 'mentoring.claimed')}
        >
          {t('mentoring.claim')}
        </button>
      )}
      {mine && (
        <>
          <button
            type="button"
            className="button button-small"
            aria-describedby={id}
            disabled={act.busy}
            onClick={() => act.run('POST', `/help-queue/${request.id}/done`, 'mentoring.doneSaid')}
          >
            {t('mentoring.done')}
          </button>{' '}
          <button
            type="button"
            className="button button-secondary button-small"
            aria-describedby={id}
            disabled={act.busy}
            onClick={() => act.run('POST', `/help-queue/${request.id}/release`, 'mentoring.released')}
          >
            {t('mentoring.release')}
          </button>
        </>
      )}
    </p>
  );
}

function MentorDesk({ event, act }: { event: EventDto; act: Act }) {
  const { t } = useTranslation();
  const [skills, setSkills] = useState('');
  const [startsAt, setStartsAt] = useState('');
  const [endsAt, setEndsAt] = useState('');
  const saveSkills = (formEvent: FormEvent) => {
    formEvent.preventDefault();
    const list = skills
      .split(',')
      .map((skill) => skill.trim())
      .filter(Boolean);
    act.run('PUT', '/mentoring/me', 'mentoring.skillsSaved', { skills: list });
  };
  const addSlot = (formEvent: FormEvent) => {
    formEvent.preventDefault();
    act.run('POST', '/mentoring/slots', 'mentoring.slotAdded', {
      startsAt: fromZonedInputValue(startsAt, event.timezone) ?? startsAt,
      endsAt: fromZonedInputValue(endsAt, event.timezone) ?? endsAt,
    });
  };
  return (
    <section aria-labelledby="desk-heading" className="panel">
      <h2 id="desk-heading">{t('mentoring.deskTitle')}</h2>
      <form noValidate onSubmit={saveSkills} className="form">
        <TextField
          id="mentor-skills"
          label={t('mentoring.skills')}
          hint={t('mentoring.skillsHint')}
          value={skills}
          onChange={(change) => setSkills(change.target.value)}
        />
        <button type="submit" className="button button-secondary" disabled={act.busy}>
          {t('mentoring.saveSkills')}
        </button>
      </form>
      <form noValidate onSubmit={addSlot} className="form">
        <div className="field-grid">
          <TextField
            id="slot-start"
            type="datetime-local"
            label={t('mentoring.slotStart')}
            value={startsAt}
            onChange={(change) => setStartsAt(change.target.value)}
          />
          <TextField
            id="slot-end"
            type="datetime-local"
            label={t('mentoring.slotEnd')}
            value={endsAt}
            onChange={(change) => setEndsAt(change.target.value)}
          />
        </div>
        <button type="submit" className="button" disabled={act.busy}>
          {t('mentoring.addSlot')}
        </button>
      </form>
    </section>
  );
}

import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ConfirmDialog } from '../../../../components/ui/confirm-dialog';
import { PhaseBadge } from '../../../../components/ui/phase-badge';
import { ProblemText } from '../../../../components/ui/problem-text';
import { StatusMessage } from '../../../../components/ui/status-message';
import { problemFromError } from '../../../../lib/form-errors';
import { useAdvancePhase } from '../../api/advance-phase';
import { NEXT_PHASE } from '../../utils/milestones';
import { EventTimeline } from '../event-timeline';
import { ConsoleTitle } from '../../../../components/ui/console-title';
import { useConsoleEvent } from '../../../../lib/console-event';

export function PhasePage() {
  const { t } = useTranslation();
  const event = useConsoleEvent();
  const advance = useAdvancePhase(event.slug);
  const [confirming, setConfirming] = useState(false);
  // What the dialog asks about, kept while the event moves on under it.
  const [target, setTarget] = useState(NEXT_PHASE[event.phase]);
  const [movedTo, setMovedTo] = useState<string | null>(null);
  const next = NEXT_PHASE[event.phase];

  return (
    <section aria-labelledby="phase-heading">
      <ConsoleTitle area={t('organize.phase.title')} event={event.name} />
      <h2 id="phase-heading">{t('organize.phase.title')}</h2>
      <p className="badge-row">
        {t('organize.phase.current')} <PhaseBadge phase={event.phase} />
      </p>
      <p>{t(`organize.phase.about.${event.phase}`)}</p>

      {event.phase === 'draft' ? (
        <p className="notice notice-info">
          {t('organize.phase.draft')} <Link to={`/events/${event.slug}/organize`}>{t('organize.settings.title')}</Link>
        </p>
      ) : next ? (
        <div className="panel">
          <h3>{t('organize.phase.nextTitle')}</h3>
          <p>
            {t('organize.phase.next', {
              phase: t(`phase.${next.phase}`),
              milestone: t(`timeline.${next.milestone}`),
            })}
          </p>
          <button
            type="button"
            className="button"
            onClick={() => {
              advance.reset();
              setMovedTo(null);
              setTarget(next);
              setConfirming(true);
            }}
          >
            {t('organize.phase.advance')}
          </button>
        </div>
      ) : (
        <p className="notice notice-info">{t('organize.phase.last')}</p>
      )}

      {advance.isError && (
        <p role="alert" className="notice notice-error">
          <ProblemText problem={problemFromError(advance.error)} />
        </p>
      )}
      <StatusMessage>{movedTo ? t('organize.phase.moved', { phase: movedTo }) : null}</StatusMessage>

      <h3>{t('events.timeline')}</h3>
      <p className="muted">{t('events.timezoneNote', { timezone: event.timezone })}</p>
      <EventTimeline timeline={event.timeline} timezone={event.timezone} />

      {target && (
        <ConfirmDialog
          open={confirming}
          title={t('organize.phase.confirmTitle', { phase: t(`phase.${target.phase}`) })}
          confirmLabel={t('organize.phase.confirm', { phase: t(`phase.${target.phase}`) })}
          cancelLabel={t('form.cancel')}
          busy={advance.isPending}
          onCancel={() => setConfirming(false)}
          onConfirm={() =>
            advance.mutate(undefined, {
              onSuccess: (updated) => setMovedTo(t(`phase.${updated.phase}`)),
              onSettled: () => setConfirming(false),
            })
          }
        >
          <p>
            {t('organize.phase.confirmBody', {
              event: event.name,
              milestone: t(`timeline.${target.milestone}`),
            })}
          </p>
        </ConfirmDialog>
      )}
    </section>
  );
}

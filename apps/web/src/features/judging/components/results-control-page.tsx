import { type EventDto, LEADERBOARD_VISIBILITIES, type LeaderboardVisibility } from '@hackboard/contracts';
import { type FormEvent, type MouseEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ConfirmDialog } from '../../../components/ui/confirm-dialog';
import { ConsoleTitle } from '../../../components/ui/console-title';
import { RadioGroupField } from '../../../components/ui/form-fields';
import { ProblemText } from '../../../components/ui/problem-text';
import { StatusMessage } from '../../../components/ui/status-message';
import { ApiError } from '../../../lib/api-client';
import { formatDateTime } from '../../../lib/format';
import { getMe } from '../../../lib/session';
import { useFreezeLeaderboard } from '../api/freeze-leaderboard';
import { eventPath } from '../api/judging-keys';
import { usePublishResults } from '../api/publish-results';
import { useUpdateVisibility } from '../api/update-visibility';
import { judgingProblem } from '../utils/judging-problem';
import { UnplacedNotice } from './unplaced-notice';

const EXPORTS = [
  ['results', 'csv'],
  ['results', 'json'],
  ['scores', 'csv'],
  ['scores', 'json'],
] as const;

/**
 * A plain link would download the API's 401 as the file once the 15-minute access cookie has
 * expired: the session is renewed first (asking who is signed in refreshes it when needed).
 */
function downloadWithSession(click: MouseEvent<HTMLAnchorElement>, href: string): void {
  if (click.button !== 0 || click.metaKey || click.ctrlKey || click.shiftKey || click.altKey) return;
  click.preventDefault();
  void getMe().finally(() => globalThis.location.assign(href));
}

/** `/events/:slug/organize/results`: who sees the leaderboard, freezing it, publishing, exports. */
export function ResultsControlPage({ event }: { event: EventDto }) {
  const { t } = useTranslation();
  // Kept here: the form starts afresh from each saved visibility, the message stays.
  const [visibilityStatus, setVisibilityStatus] = useState<string | null>(null);
  return (
    <section aria-labelledby="results-control-heading">
      <ConsoleTitle area={t('judging.results.title')} event={event.name} />
      <h2 id="results-control-heading">{t('judging.results.title')}</h2>
      <p>{t('judging.results.intro')}</p>
      <UnplacedNotice event={event} />
      <ul className="link-row">
        <li>
          <Link to={`/events/${event.slug}/results`}>{t('judging.results.resultsPage')}</Link>
        </li>
        <li>
          <Link to={`/events/${event.slug}/big-screen`}>{t('judging.results.bigScreen')}</Link>
        </li>
      </ul>
      <VisibilityForm
        key={event.leaderboardVisibility}
        event={event}
        status={visibilityStatus}
        onStatus={setVisibilityStatus}
      />
      <FreezeControl event={event} />
      <PublishControl event={event} />
      <section aria-labelledby="exports-heading" className="panel">
        <h3 id="exports-heading">{t('judging.results.exportsTitle')}</h3>
        <p>{t('judging.results.exportsIntro')}</p>
        <ul className="plain-list">
          {EXPORTS.map(([what, format]) => {
            const href = `/api${eventPath(event.slug)}/leaderboard/export/${what}.${format}`;
            return (
              <li key={`${what}.${format}`}>
                <a href={href} download onClick={(click) => downloadWithSession(click, href)}>
                  {t(`judging.results.export.${what}`, { format: format.toUpperCase() })}
                </a>
              </li>
            );
          })}
        </ul>
      </section>
    </section>
  );
}

function VisibilityForm({
  event,
  status,
  onStatus: setStatus,
}: {
  event: EventDto;
  status: string | null;
  onStatus: (status: string | null) => void;
}) {
  const { t } = useTranslation();
  const update = useUpdateVisibility(event.slug);
  const [value, setValue] = useState<LeaderboardVisibility>(event.leaderboardVisibility);

  function submit(formEvent: FormEvent) {
    formEvent.preventDefault();
    setStatus(null);
    if (value === event.leaderboardVisibility) return setStatus(t('form.nothingToSave'));
    update.mutate(value, {
      onSuccess: (saved) =>
        setStatus(
          t('judging.results.visibilitySaved', { value: t(`eventForm.visibilities.${saved.leaderboardVisibility}`) }),
        ),
    });
  }

  return (
    <section aria-labelledby="visibility-heading" className="panel">
      <h3 id="visibility-heading">{t('judging.results.visibilityTitle')}</h3>
      {update.isError && (
        <p role="alert" className="notice notice-error">
          <ProblemText problem={judgingProblem(update.error)} />
        </p>
      )}
      <StatusMessage>{status}</StatusMessage>
      <form noValidate onSubmit={submit} aria-busy={update.isPending || undefined}>
        <RadioGroupField
          id="results-visibility"
          legend={t('judging.results.visibility')}
          hint={t('judging.results.visibilityHint')}
          value={value}
          onChange={setValue}
          options={LEADERBOARD_VISIBILITIES.map((visibility) => ({
            value: visibility,
            label: t(`eventForm.visibilities.${visibility}`),
            hint: t(`eventForm.visibilityHints.${visibility}`),
          }))}
        />
        <button type="submit" className="button" disabled={update.isPending}>
          {t('judging.results.saveVisibility')}
        </button>
      </form>
    </section>
  );
}

/** Freezing and unfreezing; the event says whether the board is frozen, and since when. */
function FreezeControl({ event }: { event: EventDto }) {
  const { t, i18n } = useTranslation();
  const freeze = useFreezeLeaderboard(event.slug);
  const [status, setStatus] = useState<string | null>(null);
  const published = event.phase === 'published';
  const frozenAt = event.leaderboardFrozenAt;

  function run(next: boolean) {
    setStatus(null);
    freeze.mutate(next, {
      onSuccess: () => setStatus(t(next ? 'judging.results.frozen' : 'judging.results.unfrozen')),
    });
  }

  return (
    <section aria-labelledby="freeze-heading" className="panel">
      <h3 id="freeze-heading">{t('judging.results.freezeTitle')}</h3>
      <p>{t('judging.results.freezeIntro')}</p>
      {event.leaderboardVisibility !== 'frozen' && <p className="muted">{t('judging.results.freezeOnlyFrozen')}</p>}
      <p>
        {frozenAt
          ? t('judging.results.frozenSince', { at: formatDateTime(frozenAt, event.timezone, i18n.language) })
          : t('judging.results.isLive')}
      </p>
      {freeze.isError && (
        <p role="alert" className="notice notice-error">
          <ProblemText problem={judgingProblem(freeze.error)} />
        </p>
      )}
      <StatusMessage>{status}</StatusMessage>
      {published ? (
        <p>{t('judging.results.freezeAfterPublish')}</p>
      ) : (
        <div className="button-row">
          {!frozenAt && (
            <button type="button" className="button" disabled={freeze.isPending} onClick={() => run(true)}>
              {t('judging.results.freeze')}
            </button>
          )}
          {frozenAt && (
            <button
              type="button"
              className="button button-secondary"
              disabled={freeze.isPending}
              onClick={() => run(false)}
            >
              {t('judging.results.unfreeze')}
            </button>
          )}
        </div>
      )}
    </section>
  );
}

function PublishControl({ event }: { event: EventDto }) {
  const { t, i18n } = useTranslation();
  const publish = usePublishResults(event.slug);
  const [confirming, setConfirming] = useState(false);
  const [status, setStatus] = useState<string | null>(null);
  // The titles of the submitted projects in no round, once the API has refused to publish without them.
  const [unjudged, setUnjudged] = useState<string[] | null>(null);
  const refusedForUnjudged = publish.error instanceof ApiError && publish.error.code === 'UNJUDGED_PROJECTS';
  const publishedAt = event.phase === 'published' ? event.timeline.resultsPublishedAt : null;
  const judgingOver = event.phase === 'closed';

  return (
    <section aria-labelledby="publish-heading" className="panel">
      <h3 id="publish-heading">{t('judging.results.publishTitle')}</h3>
      {publish.isError && !(confirming && refusedForUnjudged) && (
        <p role="alert" className="notice notice-error">
          <ProblemText problem={judgingProblem(publish.error)} />
        </p>
      )}
      <StatusMessage>{status}</StatusMessage>
      {publishedAt ? (
        <p>{t('judging.results.publishedAt', { at: formatDateTime(publishedAt, event.timezone, i18n.language) })}</p>
      ) : (
        <>
          <p>{t('judging.results.publishIntro')}</p>
          {!judgingOver && (
            <p className="notice notice-info" id="publish-not-yet">
              {t('judging.results.publishNotYet', {
                at: formatDateTime(event.timeline.judgingEndsAt, event.timezone, i18n.language),
              })}
            </p>
          )}
          <button
            type="button"
            className="button button-danger"
            disabled={!judgingOver || publish.isPending}
            aria-describedby={judgingOver ? undefined : 'publish-not-yet'}
            onClick={() => {
              publish.reset();
              setStatus(null);
              setUnjudged(null);
              setConfirming(true);
            }}
          >
            {t('judging.results.publish')}
          </button>
        </>
      )}
      <ConfirmDialog
        open={confirming}
        danger
        title={t('judging.results.publishConfirmTitle', { event: event.name })}
        confirmLabel={unjudged ? t('judging.results.unjudgedPublish') : t('judging.results.publishConfirm')}
        cancelLabel={t('form.cancel')}
        busy={publish.isPending}
        onCancel={() => setConfirming(false)}
        onConfirm={() =>
          publish.mutate(unjudged ? { confirmUnjudged: true } : {}, {
            onSuccess: () => {
              setStatus(t('judging.results.published'));
              setConfirming(false);
            },
            onError: (error) => {
              // Named projects would go unjudged: the dialog stays, listing them, until confirmed.
              if (error instanceof ApiError && error.code === 'UNJUDGED_PROJECTS') {
                setUnjudged(Object.values(error.fields));
              } else setConfirming(false);
            },
          })
        }
      >
        {unjudged && (
          <div className="notice notice-warning" role="alert">
            <p>{t('judging.results.unjudgedTitle', { count: unjudged.length })}</p>
            <ul>
              {unjudged.map((title, index) => (
                <li key={index}>{title}</li>
              ))}
            </ul>
          </div>
        )}
        <p>{t('judging.results.publishConfirmBody')}</p>
        <p>
          <strong>{t('judging.results.publishPermanent')}</strong>
        </p>
        <p>{t('judging.results.publishAudit')}</p>
      </ConfirmDialog>
    </section>
  );
}

import type { EventDto, RoundDto } from '@hackboard/contracts';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorSummary } from '../../../components/ui/error-summary';
import { FieldError } from '../../../components/ui/form-fields';
import { QueryState } from '../../../components/ui/query-state';
import { StatusMessage } from '../../../components/ui/status-message';
import { fieldId } from '../../../lib/form-errors';
import { useFormProblems } from '../../../lib/use-form-problems';
import { useJurors } from '../api/get-jurors';
import { usePanel } from '../api/get-panel';
import { useSetPanel } from '../api/set-panel';
import { ApiError } from '../../../lib/api-client';
import type { Problem } from '../../../lib/form-errors';
import { judgingProblems } from '../utils/judging-problem';

/** Chooses the round's jurors among the event's jurors, showing each one's progress. */
export function PanelEditor({ event, round }: { event: EventDto; round: RoundDto }) {
  const { t } = useTranslation();
  const jurors = useJurors(event.slug);
  const panel = usePanel(event.slug, round.id);
  return (
    <section aria-labelledby={`panel-${round.id}-heading`}>
      <h4 id={`panel-${round.id}-heading`}>{t('judging.panel.title')}</h4>
      <p>{t('judging.panel.intro')}</p>
      <QueryState query={jurors}>
        {(everyone) => (
          <QueryState query={panel}>
            {(current) =>
              everyone.length === 0 ? (
                <p className="empty">
                  {t('judging.panel.noJurors')}{' '}
                  <Link to={`/events/${event.slug}/organize/invitations`}>{t('judging.panel.invite')}</Link>
                </p>
              ) : (
                // Kept across saves (its choice is what was saved), so the message and the focus stay.
                <PanelForm
                  key={round.id}
                  slug={event.slug}
                  round={round}
                  jurors={everyone.map((juror) => ({ userId: juror.userId, displayName: juror.displayName }))}
                  panel={current.jurors}
                />
              )
            }
          </QueryState>
        )}
      </QueryState>
    </section>
  );
}

function PanelForm({
  slug,
  round,
  jurors,
  panel,
}: {
  slug: string;
  round: RoundDto;
  jurors: { userId: string; displayName: string }[];
  panel: { userId: string; displayName: string; assignments: number; completed: number }[];
}) {
  const { t } = useTranslation();
  const save = useSetPanel(slug, round.id);
  const { problems, attempt, fail, clear } = useFormProblems();
  const [chosen, setChosen] = useState(() => new Set(panel.map((juror) => juror.userId)));
  const [status, setStatus] = useState<string | null>(null);
  const form = `panel-${round.id}`;
  const progress = new Map(panel.map((juror) => [juror.userId, juror]));
  // A juror who was on the panel but no longer has the jury role still shows, so they can be taken off.
  const listed = [
    ...jurors,
    ...panel.filter((juror) => !jurors.some((candidate) => candidate.userId === juror.userId)),
  ];

  function submit(formEvent: FormEvent) {
    formEvent.preventDefault();
    setStatus(null);
    clear();
    save.mutate([...chosen], {
      onSuccess: (saved) => setStatus(t('judging.panel.saved', { name: round.name, count: saved.jurors.length })),
      onError: (error) => {
        const problems = judgingProblems(error, ['jurorIds']);
        const kept = scoredJurors(error, listed);
        fail(kept ? { ...problems, fields: { jurorIds: kept } } : problems);
      },
    });
  }

  return (
    <>
      <ErrorSummary
        form={form}
        problems={problems}
        labels={{ jurorIds: t('judging.panel.jurors') }}
        attempt={attempt}
      />
      <StatusMessage>{status}</StatusMessage>
      <form noValidate onSubmit={submit} aria-busy={save.isPending || undefined}>
        <fieldset
          className={`field fieldset${problems.fields['jurorIds'] ? ' field-invalid' : ''}`}
          id={fieldId(form, 'jurorIds')}
          tabIndex={-1}
        >
          <legend className="field-label">{t('judging.panel.jurorsOf', { name: round.name })}</legend>
          <FieldError id={fieldId(form, 'jurorIds')} problem={problems.fields['jurorIds']} />
          <div className="checkbox-group">
            {listed.map((juror) => {
              const id = `${form}-${juror.userId}`;
              const progressOf = progress.get(juror.userId);
              return (
                <div key={juror.userId} className="checkbox-row">
                  <input
                    id={id}
                    type="checkbox"
                    checked={chosen.has(juror.userId)}
                    onChange={(change) =>
                      setChosen((current) => {
                        const next = new Set(current);
                        if (change.target.checked) next.add(juror.userId);
                        else next.delete(juror.userId);
                        return next;
                      })
                    }
                  />
                  <label htmlFor={id}>
                    {juror.displayName}
                    {progressOf && (
                      <span className="muted">
                        {' '}
                        {t('judging.panel.progress', {
                          completed: progressOf.completed,
                          assignments: progressOf.assignments,
                        })}
                      </span>
                    )}
                  </label>
                </div>
              );
            })}
          </div>
        </fieldset>
        <button type="submit" className="button" disabled={save.isPending}>
          {t('judging.panel.save')}
        </button>
      </form>
    </>
  );
}

/** The API names the jurors who must stay by id; the form names them by name. */
function scoredJurors(error: unknown, jurors: { userId: string; displayName: string }[]): Problem | null {
  if (!(error instanceof ApiError) || error.code !== 'JUROR_HAS_SCORES') return null;
  const message = error.fields['jurorIds'] ?? error.message;
  const names = jurors
    .filter((juror) => message.toLowerCase().includes(juror.userId))
    .map((juror) => juror.displayName);
  return names.length > 0 ? { key: 'judging.panel.keepScored', values: { names: names.join(', ') }, message } : null;
}

import { type EventDto, PromoteInput, type RoundDto } from '@hackboard/contracts';
import { useQueries } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorSummary } from '../../../components/ui/error-summary';
import { FieldError, RadioGroupField, TextField } from '../../../components/ui/form-fields';
import { StatusMessage } from '../../../components/ui/status-message';
import { fieldId, problemsFromIssues } from '../../../lib/form-errors';
import { useFormProblems } from '../../../lib/use-form-problems';
import { roundQuery } from '../api/get-round';
import { usePromoteFinalists } from '../api/promote-finalists';
import { judgingProblems } from '../utils/judging-problem';

const FORM = 'promote';
const FIELDS = ['topN', 'fromRoundIds', 'submissionIds'];

/** Finalists into the final: each heat's top N from its leaderboard, or the organizer's own pick. */
export function PromoteForm({ event, final, heats }: { event: EventDto; final: RoundDto; heats: RoundDto[] }) {
  const { t } = useTranslation();
  const promote = usePromoteFinalists(event.slug, final.id);
  const { problems, attempt, fail, clear } = useFormProblems();
  const [how, setHow] = useState<'top' | 'pick'>('top');
  const [topN, setTopN] = useState('3');
  const [fromHeats, setFromHeats] = useState(() => new Set(heats.map((heat) => heat.id)));
  const [picked, setPicked] = useState<Set<string>>(new Set());
  const [status, setStatus] = useState<string | null>(null);
  const heatDetails = useQueries({
    queries: how === 'pick' ? heats.map((heat) => roundQuery(event.slug, heat.id)) : [],
  });
  const labels = {
    topN: t('judging.promote.topN'),
    fromRoundIds: t('judging.promote.fromHeats'),
    submissionIds: t('judging.promote.pick'),
  };

  function toggle(set: Set<string>, id: string, on: boolean): Set<string> {
    const next = new Set(set);
    if (on) next.add(id);
    else next.delete(id);
    return next;
  }

  function submit(formEvent: FormEvent) {
    formEvent.preventDefault();
    setStatus(null);
    const input =
      how === 'top'
        ? {
            topN: topN.trim() === '' ? undefined : Number(topN),
            // Every heat is the API's default; naming them all would only repeat it.
            ...(fromHeats.size === heats.length ? {} : { fromRoundIds: [...fromHeats] }),
          }
        : { submissionIds: [...picked] };
    const parsed = PromoteInput.safeParse(input);
    if (!parsed.success) return fail({ fields: problemsFromIssues(parsed.error.issues), form: null });
    clear();
    const before = final.entryCount;
    promote.mutate(parsed.data, {
      onSuccess: (saved) =>
        setStatus(
          t('judging.promote.done', {
            count: Math.max(0, saved.entries.length - before),
            total: saved.entries.length,
            name: saved.name,
          }),
        ),
      onError: (error) => fail(judgingProblems(error, FIELDS)),
    });
  }

  if (final.scoringStarted) {
    return (
      <section aria-labelledby="promote-heading">
        <h4 id="promote-heading">{t('judging.promote.title')}</h4>
        <p>{t('judging.promote.closed')}</p>
      </section>
    );
  }

  return (
    <section aria-labelledby="promote-heading">
      <h4 id="promote-heading">{t('judging.promote.title')}</h4>
      <p>{t('judging.promote.intro')}</p>
      <ErrorSummary form={FORM} problems={problems} labels={labels} attempt={attempt} />
      <StatusMessage>{status}</StatusMessage>
      <form noValidate onSubmit={submit} aria-busy={promote.isPending || undefined}>
        <RadioGroupField
          id={fieldId(FORM, 'how')}
          legend={t('judging.promote.how')}
          value={how}
          onChange={(value) => {
            clear();
            setHow(value);
          }}
          options={[
            { value: 'top', label: t('judging.promote.byRank'), hint: t('judging.promote.byRankHint') },
            { value: 'pick', label: t('judging.promote.byPick'), hint: t('judging.promote.byPickHint') },
          ]}
        />
        {how === 'top' ? (
          <>
            <TextField
              id={fieldId(FORM, 'topN')}
              label={labels.topN}
              hint={t('judging.promote.topNHint')}
              type="number"
              min={1}
              max={100}
              className="input-short"
              value={topN}
              onChange={(change) => setTopN(change.target.value)}
              problem={problems.fields['topN']}
            />
            <fieldset className="field fieldset" id={fieldId(FORM, 'fromRoundIds')} tabIndex={-1}>
              <legend className="field-label">{labels.fromRoundIds}</legend>
              <FieldError id={fieldId(FORM, 'fromRoundIds')} problem={problems.fields['fromRoundIds']} />
              {heats.length === 0 ? (
                <p className="empty">{t('judging.promote.noHeats')}</p>
              ) : (
                <div className="checkbox-group">
                  {heats.map((heat) => (
                    <div key={heat.id} className="checkbox-row">
                      <input
                        id={`${FORM}-heat-${heat.id}`}
                        type="checkbox"
                        checked={fromHeats.has(heat.id)}
                        onChange={(change) =>
                          setFromHeats((current) => toggle(current, heat.id, change.target.checked))
                        }
                      />
                      <label htmlFor={`${FORM}-heat-${heat.id}`}>{heat.name}</label>
                    </div>
                  ))}
                </div>
              )}
            </fieldset>
          </>
        ) : (
          <fieldset className="field fieldset" id={fieldId(FORM, 'submissionIds')} tabIndex={-1}>
            <legend className="field-label">{labels.submissionIds}</legend>
            <FieldError id={fieldId(FORM, 'submissionIds')} problem={problems.fields['submissionIds']} />
            {heatDetails.some((query) => query.isPending) && (
              <p role="status" className="muted">
                {t('state.loading')}
              </p>
            )}
            {heatDetails.map((query) =>
              query.data ? (
                <div key={query.data.id} className="checkbox-group" role="group" aria-label={query.data.name}>
                  <p className="strong">{query.data.name}</p>
                  {query.data.entries.map((entry) => {
                    const id = `${FORM}-pick-${entry.submissionId}`;
                    return (
                      <div key={entry.submissionId} className="checkbox-row">
                        <input
                          id={id}
                          type="checkbox"
                          checked={picked.has(entry.submissionId)}
                          onChange={(change) =>
                            setPicked((current) => toggle(current, entry.submissionId, change.target.checked))
                          }
                        />
                        <label htmlFor={id}>
                          {entry.title} <span className="muted">– {entry.teamName}</span>
                        </label>
                      </div>
                    );
                  })}
                </div>
              ) : null,
            )}
          </fieldset>
        )}
        <button type="submit" className="button" disabled={promote.isPending}>
          {t('judging.promote.submit', { name: final.name })}
        </button>
      </form>
    </section>
  );
}

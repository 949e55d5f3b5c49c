import { type ChallengeDto, CreateRoundInput, type EventDto } from '@hackboard/contracts';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ConsoleTitle } from '../../../components/ui/console-title';
import { ErrorSummary } from '../../../components/ui/error-summary';
import { TextField } from '../../../components/ui/form-fields';
import { ProblemText } from '../../../components/ui/problem-text';
import { QueryState } from '../../../components/ui/query-state';
import { StatusMessage } from '../../../components/ui/status-message';
import { fieldId, problemsFromIssues } from '../../../lib/form-errors';
import { useFormProblems } from '../../../lib/use-form-problems';
import { useCreateHeats } from '../api/create-heats';
import { useCreateRound } from '../api/create-round';
import { useRounds } from '../api/get-rounds';
import { judgingProblem, judgingProblems } from '../utils/judging-problem';
import { RoundDetails } from './round-details';
import { RoundPicker, RoundStatus, useSelectedRound } from './round-picker';
import { UnplacedNotice } from './unplaced-notice';
import { ScrollTable } from '../../../components/ui/scroll-table';

/** `/events/:slug/organize/rounds`: heats per challenge, the final, panels, locks and finalists. */
export function RoundsPage({ event, challenges }: { event: EventDto; challenges: readonly ChallengeDto[] }) {
  const { t } = useTranslation();
  const rounds = useRounds(event.slug);
  const heats = useCreateHeats(event.slug);
  const [status, setStatus] = useState<string | null>(null);
  const challengeTitle = (id: string | null) => challenges.find((challenge) => challenge.id === id)?.title ?? '–';

  return (
    <section aria-labelledby="rounds-heading">
      <ConsoleTitle area={t('judging.rounds.title')} event={event.name} />
      <h2 id="rounds-heading">{t('judging.rounds.title')}</h2>
      <p>{t('judging.rounds.intro')}</p>
      <UnplacedNotice event={event} />
      <p>
        {t('judging.rounds.mode', { mode: t(`eventForm.judgingModes.${event.judgingMode}`) })}{' '}
        <Link to={`/events/${event.slug}/organize`}>{t('judging.rounds.changeMode')}</Link>
      </p>
      <div className="panel">
        <h3>{t('judging.rounds.heatsTitle')}</h3>
        <p>{t('judging.rounds.heatsIntro')}</p>
        {heats.isError && (
          <p role="alert" className="notice notice-error">
            <ProblemText problem={judgingProblem(heats.error)} />
          </p>
        )}
        <button
          type="button"
          className="button"
          disabled={heats.isPending}
          onClick={() => {
            setStatus(null);
            heats.mutate(undefined, {
              onSuccess: (created) =>
                setStatus(
                  created.length === 0
                    ? t('judging.rounds.heatsNone')
                    : t('judging.rounds.heatsCreated', {
                        count: created.length,
                        names: created.map((round) => round.name).join(', '),
                      }),
                ),
            });
          }}
        >
          {t('judging.rounds.createHeats')}
        </button>
      </div>
      <StatusMessage>{status}</StatusMessage>
      <QueryState query={rounds}>
        {(list) => (
          <>
            {!list.some((round) => round.kind === 'final') && (
              <CreateFinalForm slug={event.slug} onCreated={setStatus} />
            )}
            {list.length === 0 ? (
              <p className="empty">{t('judging.rounds.empty')}</p>
            ) : (
              <>
                <ScrollTable captionId="rounds-caption" caption={t('judging.rounds.caption', { count: list.length })}>
                  <thead>
                    <tr>
                      <th scope="col">{t('judging.rounds.name')}</th>
                      <th scope="col">{t('judging.rounds.kind')}</th>
                      <th scope="col">{t('judging.rounds.challenge')}</th>
                      <th scope="col">{t('judging.rounds.entries')}</th>
                      <th scope="col">{t('judging.rounds.panel')}</th>
                      <th scope="col">{t('judging.rounds.reviewsPerSubmission')}</th>
                      <th scope="col">{t('judging.rounds.rubric')}</th>
                      <th scope="col">{t('judging.rounds.statusHeading')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {list.map((round) => (
                      <tr key={round.id}>
                        <th scope="row">{round.name}</th>
                        <td>{t(`judging.rounds.kinds.${round.kind}`)}</td>
                        <td>{round.kind === 'heat' ? challengeTitle(round.challengeId) : '–'}</td>
                        <td>{round.entryCount}</td>
                        <td>{round.panelSize}</td>
                        <td>{round.reviewsPerSubmission}</td>
                        <td>{t(`judging.rounds.rubrics.${round.rubric ?? 'none'}`)}</td>
                        <td>
                          <RoundStatus round={round} />
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </ScrollTable>
                <SelectedRound event={event} rounds={list} challengeTitle={challengeTitle} />
              </>
            )}
          </>
        )}
      </QueryState>
    </section>
  );
}

function SelectedRound({
  event,
  rounds,
  challengeTitle,
}: {
  event: EventDto;
  rounds: Parameters<typeof useSelectedRound>[0];
  challengeTitle: (id: string | null) => string;
}) {
  const [round, select] = useSelectedRound(rounds);
  if (!round) return null;
  return (
    <>
      <RoundPicker id="rounds-round" rounds={rounds} value={round.id} onChange={select} />
      <RoundDetails
        key={round.id}
        event={event}
        round={round}
        heats={rounds.filter((candidate) => candidate.kind === 'heat')}
        challengeTitle={challengeTitle}
      />
    </>
  );
}

const FINAL_FORM = 'final';

function CreateFinalForm({ slug, onCreated }: { slug: string; onCreated: (message: string) => void }) {
  const { t } = useTranslation();
  const create = useCreateRound(slug);
  const { problems, attempt, fail, clear } = useFormProblems();
  const [name, setName] = useState(() => t('judging.rounds.finalDefaultName'));
  const [reviews, setReviews] = useState('3');
  const labels = { name: t('judging.rounds.name'), reviewsPerSubmission: t('judging.rounds.reviewsPerSubmission') };

  function submit(formEvent: FormEvent) {
    formEvent.preventDefault();
    const parsed = CreateRoundInput.safeParse({
      name,
      kind: 'final',
      reviewsPerSubmission: reviews.trim() === '' ? undefined : Number(reviews),
    });
    if (!parsed.success) return fail({ fields: problemsFromIssues(parsed.error.issues), form: null });
    clear();
    create.mutate(parsed.data, {
      onSuccess: (round) => onCreated(t('judging.rounds.finalCreated', { name: round.name })),
      onError: (error) => fail(judgingProblems(error, ['name', 'reviewsPerSubmission'])),
    });
  }

  return (
    <section aria-labelledby="final-heading" className="panel">
      <h3 id="final-heading">{t('judging.rounds.finalTitle')}</h3>
      <p>{t('judging.rounds.finalIntro')}</p>
      <ErrorSummary form={FINAL_FORM} problems={problems} labels={labels} attempt={attempt} />
      <form noValidate onSubmit={submit} className="inline-form" aria-busy={create.isPending || undefined}>
        <TextField
          id={fieldId(FINAL_FORM, 'name')}
          label={labels.name}
          maxLength={100}
          autoComplete="off"
          value={name}
          onChange={(change) => setName(change.target.value)}
          problem={problems.fields['name']}
        />
        <TextField
          id={fieldId(FINAL_FORM, 'reviewsPerSubmission')}
          label={labels.reviewsPerSubmission}
          type="number"
          min={1}
          max={50}
          className="input-short"
          value={reviews}
          onChange={(change) => setReviews(change.target.value)}
          problem={problems.fields['reviewsPerSubmission']}
        />
        <button type="submit" className="button" disabled={create.isPending}>
          {t('judging.rounds.createFinal')}
        </button>
      </form>
    </section>
  );
}

import type { EventDto, PairwisePairDto } from '@hackboard/contracts';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { CheckboxField } from '../../../components/ui/form-fields';
import { ProblemText } from '../../../components/ui/problem-text';
import { QueryState } from '../../../components/ui/query-state';
import { StatusMessage } from '../../../components/ui/status-message';
import { ApiError } from '../../../lib/api-client';
import type { Problem } from '../../../lib/form-errors';
import { useJuryWork } from '../api/jury-work';
import { type PairVerdict, useJudgePair, useNextPair } from '../api/pairwise';
import { useLiveJury } from '../hooks/use-live-jury';
import { juryProblem } from '../utils/jury-problems';
import { isNotJuror, JuryPageFrame, NotJuror } from './jury-page-frame';
import { ProjectSummary } from './project-summary';
import './jury.css';

type Choice = 'a' | 'b' | 'skip-a' | 'skip-b';

/** The key that makes each choice; arrow keys also pick a side. Typing in a field is never taken over. */
export function choiceForKey(
  event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey'>,
): Choice | null {
  if (event.ctrlKey || event.metaKey || event.altKey) return null;
  if (event.shiftKey) {
    if (event.key === 'A') return 'skip-a';
    if (event.key === 'B') return 'skip-b';
    return null;
  }
  if (event.key === 'a' || event.key === 'ArrowLeft') return 'a';
  if (event.key === 'b' || event.key === 'ArrowRight') return 'b';
  return null;
}

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

const SHORTCUTS_KEY = 'hackboard.compareShortcuts';

/** Whether the single-key shortcuts are on: a juror may turn them off (speech input, scrolling with arrows). */
function useShortcutsSetting(): [boolean, (on: boolean) => void] {
  const [on, setOn] = useState(() => globalThis.localStorage?.getItem(SHORTCUTS_KEY) !== 'off');
  const change = (next: boolean) => {
    globalThis.localStorage?.setItem(SHORTCUTS_KEY, next ? 'on' : 'off');
    setOn(next);
  };
  return [on, change];
}

/** `/events/:slug/jury/rounds/:roundId/compare`: which of two projects is better, pair after pair. */
export function ComparePage({ event }: { event: EventDto }) {
  const { t } = useTranslation();
  const { roundId = '' } = useParams();
  const pair = useNextPair(event.slug, roundId);
  const work = useJuryWork(event.slug);
  useLiveJury(event);
  const round = work.data?.rounds.find((item) => item.id === roundId);
  const queue = `/events/${event.slug}/jury`;
  const title = round ? t('jury.compare.titleRound', { round: round.name }) : t('jury.compare.title');

  let body;
  if (isNotJuror(pair.error)) body = <NotJuror event={event} />;
  else if (pair.error instanceof ApiError && [403, 404, 409].includes(pair.error.status)) {
    body = (
      <div className="notice notice-info">
        <p>
          <ProblemText problem={juryProblem(pair.error)} />
        </p>
        <Link to={queue}>{t('jury.backToQueue')}</Link>
      </div>
    );
  } else {
    body = (
      <QueryState query={pair}>
        {(data) => <Comparison key={roundId} event={event} roundId={roundId} pair={data} fetching={pair.isFetching} />}
      </QueryState>
    );
  }
  return (
    <JuryPageFrame event={event} title={title} trail={[{ to: queue, label: t('jury.queue.title') }]}>
      <h1>{title}</h1>
      {body}
    </JuryPageFrame>
  );
}

function Comparison({
  event,
  roundId,
  pair,
  fetching,
}: {
  event: EventDto;
  roundId: string;
  pair: PairwisePairDto | null;
  fetching: boolean;
}) {
  const { t } = useTranslation();
  const judge = useJudgePair(event.slug, roundId);
  // The API counts with each pair it offers; a vote counts at once, also the last one, after which none is offered.
  const [countedVotes, setCountedVotes] = useState(0);
  const judged = Math.max(pair?.judged ?? 0, countedVotes);
  const [outcome, setOutcome] = useState('');
  const [problem, setProblem] = useState<Problem | null>(null);
  const [shortcutsOn, setShortcutsOn] = useShortcutsSetting();
  const busy = judge.isPending || fetching;

  const choose = (choice: Choice) => {
    if (!pair || busy) return;
    const { a, b } = pair;
    const verdict: PairVerdict =
      choice === 'a'
        ? { kind: 'vote', vote: { winnerId: a.id, loserId: b.id } }
        : choice === 'b'
          ? { kind: 'vote', vote: { winnerId: b.id, loserId: a.id } }
          : { kind: 'skip', submissionId: choice === 'skip-a' ? a.id : b.id };
    setProblem(null);
    setOutcome('');
    judge.mutate(verdict, {
      onSuccess: () => {
        if (verdict.kind === 'vote') setCountedVotes(pair.judged + 1);
        setOutcome(
          choice === 'a'
            ? t('jury.compare.chose', { winner: a.title, loser: b.title })
            : choice === 'b'
              ? t('jury.compare.chose', { winner: b.title, loser: a.title })
              : t('jury.compare.skipped', { title: choice === 'skip-a' ? a.title : b.title }),
        );
      },
      onError: (error) => setProblem(juryProblem(error)),
    });
  };

  // The latest `choose` for the key listener, which is added once.
  const chooseRef = useRef(choose);
  const shortcutsRef = useRef(shortcutsOn);
  useEffect(() => {
    chooseRef.current = choose;
    shortcutsRef.current = shortcutsOn;
  });
  useEffect(() => {
    const onKeyDown = (keyEvent: KeyboardEvent) => {
      // A held key would vote again on every new pair; a vote cannot be taken back.
      if (!shortcutsRef.current || keyEvent.repeat || keyEvent.defaultPrevented) return;
      if (isTyping(keyEvent.target) || document.querySelector('dialog[open]')) return;
      const choice = choiceForKey(keyEvent);
      if (!choice) return;
      keyEvent.preventDefault();
      chooseRef.current(choice);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);

  return (
    <>
      <p>{t('jury.compare.intro')}</p>
      <p>{t('jury.compare.progress', { count: judged })}</p>
      <StatusMessage>{outcome}</StatusMessage>
      {problem && (
        <div role="alert" className="notice notice-error">
          <p>
            <ProblemText problem={problem} />
          </p>
        </div>
      )}
      {!pair ? (
        <div className="empty">
          <p>{t('jury.compare.done')}</p>
          <Link to={`/events/${event.slug}/jury`}>{t('jury.backToQueue')}</Link>
        </div>
      ) : (
        <>
          <div className="two-columns compare-grid" aria-busy={busy || undefined}>
            <section aria-labelledby="project-a" className="panel">
              <ProjectSummary
                project={pair.a}
                headingLevel={2}
                headingId="project-a"
                label={t('jury.compare.projectA')}
              />
            </section>
            <section aria-labelledby="project-b" className="panel">
              <ProjectSummary
                project={pair.b}
                headingLevel={2}
                headingId="project-b"
                label={t('jury.compare.projectB')}
              />
            </section>
          </div>
          <div className="compare-actions">
            <div className="button-row" role="group" aria-label={t('jury.compare.verdict')}>
              <button type="button" className="button" disabled={busy} onClick={() => choose('a')}>
                {t('jury.compare.aBetter')} <span className="visually-hidden">– {pair.a.title}</span>
              </button>
              <button type="button" className="button" disabled={busy} onClick={() => choose('b')}>
                {t('jury.compare.bBetter')} <span className="visually-hidden">– {pair.b.title}</span>
              </button>
              <button
                type="button"
                className="button button-secondary"
                disabled={busy}
                onClick={() => choose('skip-a')}
              >
                {t('jury.compare.skipA')} <span className="visually-hidden">– {pair.a.title}</span>
              </button>
              <button
                type="button"
                className="button button-secondary"
                disabled={busy}
                onClick={() => choose('skip-b')}
              >
                {t('jury.compare.skipB')} <span className="visually-hidden">– {pair.b.title}</span>
              </button>
            </div>
          </div>
          <section aria-labelledby="compare-shortcuts" className="jury-shortcuts">
            <h2 id="compare-shortcuts">{t('jury.shortcuts.title')}</h2>
            <ul className="shortcut-list">
              <li>
                <kbd>A</kbd> {t('jury.shortcuts.or')} <kbd>←</kbd> {t('jury.shortcuts.aBetter')}
              </li>
              <li>
                <kbd>B</kbd> {t('jury.shortcuts.or')} <kbd>→</kbd> {t('jury.shortcuts.bBetter')}
              </li>
              <li>
                <kbd>Shift</kbd> + <kbd>A</kbd> {t('jury.shortcuts.skipA')}
              </li>
              <li>
                <kbd>Shift</kbd> + <kbd>B</kbd> {t('jury.shortcuts.skipB')}
              </li>
            </ul>
            <p className="muted small">{t('jury.shortcuts.skipNote')}</p>
            <CheckboxField
              id="compare-shortcuts-on"
              label={t('jury.shortcuts.useKeys')}
              checked={shortcutsOn}
              onChange={setShortcutsOn}
            />
          </section>
        </>
      )}
    </>
  );
}

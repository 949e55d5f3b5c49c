import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type BoardRow, changedRows, type RankChange, rankChanges } from '../utils/standings';

/** At most one spoken summary this often, so a burst of scores does not flood a screen reader. */
export const ANNOUNCE_INTERVAL_MS = 5_000;
const HIGHLIGHT_MS = 3_000;
const NAMED_CHANGES = 3;

interface Tracked {
  key: string;
  rows: readonly BoardRow[] | undefined;
  /** Rows that differ from the version before. */
  highlighted: ReadonlySet<string>;
  /** Moves to another place since the version before. */
  changes: readonly RankChange[];
}

const NOTHING: ReadonlySet<string> = new Set();

/**
 * Compares each new version of a board with the one before: the rows that changed are highlighted
 * for a moment, and moves to another place are gathered into one polite summary at most every
 * few seconds. A new `boardKey` (another board shown) starts over without announcing anything.
 */
export function useBoardChanges(rows: readonly BoardRow[] | undefined, boardKey: string) {
  const { t } = useTranslation();
  const [tracked, setTracked] = useState<Tracked>({ key: boardKey, rows, highlighted: NOTHING, changes: [] });
  const [spoken, setSpoken] = useState<{ key: string; text: string }>({ key: boardKey, text: '' });
  const [fading, setFading] = useState<Tracked | null>(null);
  const pending = useRef(new Map<string, RankChange>());
  const pendingFor = useRef(boardKey);
  const lastSpoken = useRef(0);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);

  if (rows && (tracked.rows !== rows || tracked.key !== boardKey)) {
    const sameBoard = tracked.key === boardKey && tracked.rows !== undefined;
    setTracked({
      key: boardKey,
      rows,
      highlighted: sameBoard ? changedRows(tracked.rows!, rows) : NOTHING,
      changes: sameBoard ? rankChanges(tracked.rows!, rows) : [],
    });
  }

  useEffect(() => {
    if (pendingFor.current !== tracked.key) {
      // Another board: what was waiting to be said belongs to the old one.
      pendingFor.current = tracked.key;
      pending.current.clear();
      if (timer.current) clearTimeout(timer.current);
      timer.current = null;
    }
    for (const change of tracked.changes) {
      const earlier = pending.current.get(change.submissionId);
      pending.current.set(change.submissionId, { ...change, from: earlier ? earlier.from : change.from });
    }
    // A project back at the place it was to be announced from has nothing to say.
    for (const [id, change] of pending.current) if (change.from === change.to) pending.current.delete(id);
    if (pending.current.size === 0 || timer.current) return;
    const key = tracked.key;
    timer.current = setTimeout(
      () => {
        timer.current = null;
        const changes = [...pending.current.values()].sort((a, b) => (a.to ?? Infinity) - (b.to ?? Infinity));
        pending.current.clear();
        if (changes.length === 0) return;
        lastSpoken.current = Date.now();
        const named = changes
          .slice(0, NAMED_CHANGES)
          .map((change) => t('leaderboards.live.moved', { team: change.teamName, place: change.to }));
        const more = changes.length - named.length;
        const list = named.join(', ');
        setSpoken({
          key,
          text: t('leaderboards.live.updated', {
            changes: more > 0 ? t('leaderboards.live.andMore', { list, count: more }) : list,
          }),
        });
      },
      Math.max(0, lastSpoken.current + ANNOUNCE_INTERVAL_MS - Date.now()),
    );
  }, [tracked, t]);

  useEffect(() => {
    if (tracked.highlighted.size === 0) return;
    const clear = setTimeout(() => setFading(tracked), HIGHLIGHT_MS);
    return () => clearTimeout(clear);
  }, [tracked]);

  useEffect(
    () => () => {
      if (timer.current) clearTimeout(timer.current);
    },
    [],
  );

  return {
    highlighted: fading === tracked ? NOTHING : tracked.highlighted,
    announcement: spoken.key === boardKey ? spoken.text : '',
  };
}

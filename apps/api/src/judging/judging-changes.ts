import { Injectable, Logger } from '@nestjs/common';

/**
 * A change that moved a leaderboard, told after its transaction committed, with the leaderboard
 * version it raised the event to.
 *  - `scores`: one juror's values for one submission in one round (null: the value was removed);
 *    a listener can apply it to a board incrementally.
 *  - `votes`: a pairwise or audience vote. It moves those boards, which are read afresh, and no
 *    rubric board: a rubric board one version behind only takes the new version.
 *  - `rebuild`: anything else (rubric, entries, conflicts, freeze…): boards of the event start over.
 */
export type JudgingChange =
  | {
      kind: 'scores';
      eventId: string;
      version: number;
      roundId: string;
      jurorId: string;
      submissionId: string;
      values: Readonly<Record<string, number | null>>;
    }
  | { kind: 'votes'; eventId: string; version: number }
  | { kind: 'rebuild'; eventId: string; version: number; publicChanged?: boolean };

type Listener = (change: JudgingChange) => void;

/**
 * The in-process feed of judging changes. Reviews, judging, pairwise and audience votes and event
 * settings write, leaderboards listen, and no writer has to import the leaderboards. A listener that throws never undoes the change.
 */
@Injectable()
export class JudgingChanges {
  private readonly log = new Logger('JudgingChanges');
  private readonly listeners = new Set<Listener>();

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  publish(change: JudgingChange): void {
    for (const listener of this.listeners) {
      try {
        listener(change);
      } catch (error) {
        this.log.error(`a listener failed on a ${change.kind} change: ${(error as Error).message}`);
      }
    }
  }
}

import type { SubmissionSnapshot } from '@hackboard/contracts';

/** Saves by one person at most this far apart make one revision of a draft. */
export const REVISION_FOLD_MS = 2 * 60_000;

interface RevisionLike {
  authorId: string | null;
  snapshot: Record<string, unknown> | SubmissionSnapshot;
  createdAt: Date;
}

/**
 * Whether a save replaces the latest revision instead of adding one: both are drafts, by the same
 * person, within the fold window. A submitted version is never folded into, nor folded away, so
 * every version that was handed in stays in the history.
 */
export function foldsInto(previous: RevisionLike, next: RevisionLike): boolean {
  return (
    previous.authorId !== null &&
    previous.authorId === next.authorId &&
    previous.snapshot['status'] === 'draft' &&
    next.snapshot['status'] === 'draft' &&
    next.createdAt.getTime() - previous.createdAt.getTime() <= REVISION_FOLD_MS
  );
}

import type { PackedLeaderboardSnapshotMessage } from '@hackboard/contracts';

/** What subscribing to one event (and maybe one challenge) means for a visitor who is not signed in. */
export type VisitorSubscription =
  | { ok: false; code: 'EVENT_NOT_FOUND' | 'CHALLENGE_NOT_FOUND' }
  | {
      ok: true;
      eventId: string;
      /** The boards the socket follows: the event's (null), and the challenge's when asked for. */
      boards: (string | null)[];
      /** The snapshot each board starts from (a visitor may see none while the board is hidden). */
      snapshots: Map<string | null, PackedLeaderboardSnapshotMessage | null>;
    };

/** How long one visitor's subscription serves the next: a second, so thousands reconnecting at once share a few reads. */
export const VISITOR_SUBSCRIPTION_MS = 1_000;

/**
 * Subscriptions of visitors, who all see the same thing, worked out once a second per event and
 * shared (a second visitor asking while the first is being worked out waits for it): after an
 * instance restart every viewer of a final reconnects within seconds, and each must not cost its
 * own database reads. Newer boards reach them through their room anyway.
 */
export class VisitorSubscriptions {
  private readonly recent = new Map<string, { at: number; subscription: Promise<VisitorSubscription> }>();

  constructor(private readonly now: () => number = Date.now) {}

  get(key: string, resolve: () => Promise<VisitorSubscription>): Promise<VisitorSubscription> {
    const at = this.now();
    const cached = this.recent.get(key);
    if (cached && at - cached.at < VISITOR_SUBSCRIPTION_MS) return cached.subscription;
    const subscription = resolve();
    this.recent.set(key, { at, subscription });
    subscription.catch(() => this.recent.delete(key));
    this.forgetOld(at);
    return subscription;
  }

  private forgetOld(at: number): void {
    if (this.recent.size < 1_000) return;
    for (const [key, { at: since }] of this.recent) {
      if (at - since >= VISITOR_SUBSCRIPTION_MS) this.recent.delete(key);
    }
  }
}

import { randomUUID } from 'node:crypto';
import { packBoard } from '@hackboard/contracts';
import { Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { AppConfig } from '../config/app-config.js';
import { MetricsService } from '../metrics/metrics.service.js';
import { RedisConnections } from '../redis/redis-connections.js';
import { type AudienceBoards, LeaderboardSnapshots, type LeaderboardSource } from './leaderboard-snapshots.js';
import { LocalPushWindows, type PushWindows, RedisPushWindows } from './push-windows.js';
import type { BoardDelivery } from './realtime.gateway.js';
import { RealtimePublisher } from './realtime.publisher.js';
import { membersRoom, organizersRoom, publicRoom } from './realtime.rooms.js';

/**
 * Leaderboard snapshots pushed to each audience's room: organizers always get the live board;
 * everyone else gets it only while their view is live, and a frozen or published snapshot once
 * when it appears. Pushes are coalesced per event (`LIVE_COALESCE_MS`): the first change of a quiet
 * period is pushed at once, later ones at the end of the window, always as the newest state read
 * from the database. With Redis, the window is shared by every instance and whoever opened it pushes
 * the event's board through the adapter to every instance's sockets; an instance that stops gives its
 * windows up, pushing what they held back.
 *
 * A challenge's board is read only where a socket follows it. No instance can cheaply know which
 * challenge rooms the others hold, so each instance pushes challenge boards to its own sockets
 * only, for the challenge rooms it has: the window's holder does so with each push, and tells the
 * other instances (`leaderboard.changed`, through the adapter), which do the same at once. Every
 * challenge board therefore follows the event's windows and version numbering.
 */
@Injectable()
export class LeaderboardPushes implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly log = new Logger('LeaderboardPushes');
  private readonly windowMs: number;
  private readonly local = new LocalPushWindows();
  private readonly shared: RedisPushWindows | null;
  /** The windows this instance holds, by the timer that ends each. */
  private readonly held = new Map<NodeJS.Timeout, { eventId: string; windows: PushWindows }>();
  /** Window calls under way (opening on a change, closing at a window's end), awaited on stop. */
  private readonly windowCalls = new Set<Promise<void>>();
  /** Per event, the timer that looks, after a change marked in another instance's window, whether that instance died. */
  private readonly watches = new Map<string, NodeJS.Timeout>();
  /** Events with a push waiting in their queue for changes made while stopping. */
  private readonly finalPushes = new Set<string>();
  /** Pushes of one event run in order, one at a time. */
  private readonly queues = new Map<string, Promise<void>>();
  /** Per board (event, or event and challenge), the version of the stored snapshot this instance last pushed to non-organizers. */
  private readonly snapshotsPushed = new Map<string, number>();
  private stopped = false;

  constructor(
    private readonly publisher: RealtimePublisher,
    private readonly metrics: MetricsService,
    private readonly snapshots: LeaderboardSnapshots,
    config: AppConfig,
    redis: RedisConnections,
  ) {
    this.windowMs = config.live.coalesceMs;
    this.shared = redis.configured
      ? new RedisPushWindows(redis.create('live-windows'), randomUUID(), this.windowMs)
      : null;
  }

  useSource(source: LeaderboardSource): void {
    this.snapshots.use(source);
  }

  onApplicationBootstrap(): void {
    if (!this.shared) return;
    this.publisher.onOtherInstances('leaderboard.board', (delivery) => {
      if (!this.stopped) this.publisher.boardToLocal(delivery);
    });
    this.publisher.onOtherInstances('leaderboard.changed', (eventId) => {
      if (this.stopped || typeof eventId !== 'string') return;
      if (this.publisher.locallyFollowedChallenges(eventId).length === 0) return;
      this.enqueue(eventId, () => this.pushChallenges(eventId, false));
    });
  }

  /** A change that moved the event's leaderboard has just committed. */
  changed(eventId: string): void {
    const at = Date.now();
    if (this.stopped) {
      // Stopping: no windows any more, and no other instance knows of this change. One push waiting
      // per event is enough: it reads the newest state when its turn comes.
      if (this.finalPushes.has(eventId)) return;
      this.finalPushes.add(eventId);
      this.enqueue(eventId, () => {
        this.finalPushes.delete(eventId);
        return this.push(eventId, at, false);
      });
      return;
    }
    // After the request that made the change has answered: its caller need not wait for the fan-out.
    this.track(new Promise((resolve) => setImmediate(resolve)).then(() => this.open(eventId, at)));
  }

  /**
   * Pushes every event followed on this instance to its local sockets only: after Redis comes
   * back, what other instances pushed meanwhile was lost, and the newest snapshot makes up for it.
   */
  repushLocally(): void {
    if (this.stopped) return;
    for (const eventId of this.publisher.locallyFollowedEvents()) {
      this.enqueue(eventId, () => this.push(eventId, null, true));
    }
  }

  /**
   * Gives up every window this instance holds, pushing the changes they held back, so nothing
   * waits for a window nobody will close and the next change on another instance is pushed at once.
   */
  async onModuleDestroy(): Promise<void> {
    this.stopped = true;
    this.watches.forEach((timer) => clearTimeout(timer));
    this.watches.clear();
    for (const [timer, { eventId, windows }] of this.held) {
      clearTimeout(timer);
      this.release(eventId, windows);
    }
    this.held.clear();
    // A window opened or kept by a call under way is given up when the call ends (see `hold`).
    while (this.windowCalls.size > 0) await Promise.all(this.windowCalls);
    while (this.queues.size > 0) await Promise.all(this.queues.values());
  }

  private async open(eventId: string, at: number): Promise<void> {
    let windows = this.shared ?? this.local;
    let opened: boolean;
    try {
      opened = await windows.open(eventId, at);
    } catch (error) {
      // Redis is away: this instance coalesces its own changes and pushes to its own sockets.
      this.log.warn(`coalescing locally: ${(error as Error).message}`);
      windows = this.local;
      opened = await windows.open(eventId, at);
    }
    if (opened) this.hold(eventId, windows, at);
    else if (windows === this.shared) this.watch(eventId, this.shared);
  }

  /**
   * A change went into another instance's window: if that instance dies before the window ends,
   * nobody pushes the change. Once the window would have expired, look, and take it over if so.
   */
  private watch(eventId: string, windows: RedisPushWindows): void {
    const holding = [...this.held.values()].some((window) => window.eventId === eventId);
    if (this.stopped || holding || this.watches.has(eventId)) return;
    const timer = setTimeout(() => {
      this.watches.delete(eventId);
      this.track(
        windows.rescue(eventId).then((found) => {
          if (found === 'open') this.watch(eventId, windows);
          else if (found !== null) this.hold(eventId, windows, found);
        }),
      );
    }, windows.ttlMs + this.windowMs);
    this.watches.set(eventId, timer);
  }

  /** Pushes now, then at the end of the window pushes again if a change came meanwhile. */
  private hold(eventId: string, windows: PushWindows, since: number): void {
    this.enqueue(eventId, () => this.push(eventId, since, false));
    if (this.stopped) {
      this.release(eventId, windows);
      return;
    }
    const timer = setTimeout(() => {
      this.held.delete(timer);
      this.track(
        windows.close(eventId).then(
          (missed) => {
            if (missed !== null) this.hold(eventId, windows, missed);
          },
          (error: Error) => {
            // The window cannot be read: push the newest state once more and let it expire.
            this.log.warn(`closing a push window: ${error.message}`);
            this.enqueue(eventId, () => this.push(eventId, Date.now(), false));
          },
        ),
      );
    }, this.windowMs);
    this.held.set(timer, { eventId, windows });
  }

  /** Stopping: gives the window up and pushes what it held back (everything, if Redis cannot say). */
  private release(eventId: string, windows: PushWindows): void {
    this.enqueue(eventId, async () => {
      const missed = await windows.release(eventId).catch(() => Date.now());
      if (missed !== null) await this.push(eventId, missed, false);
    });
  }

  private track(call: Promise<void>): void {
    const tracked = call
      .catch((error: Error) => this.log.warn(`leaderboard push failed: ${error.message}`))
      .finally(() => this.windowCalls.delete(tracked));
    this.windowCalls.add(tracked);
  }

  private enqueue(eventId: string, work: () => Promise<void>): void {
    const next = (this.queues.get(eventId) ?? Promise.resolve())
      .then(work)
      .catch((error: Error) => this.log.warn(`leaderboard push failed: ${error.message}`));
    this.queues.set(eventId, next);
    void next.then(() => {
      if (this.queues.get(eventId) === next) this.queues.delete(eventId);
    });
  }

  /**
   * Reads the newest boards and pushes them to each audience: the event's board (`local`: to this
   * instance's sockets only, and stored snapshots again), then the challenge boards followed here.
   */
  private async push(eventId: string, since: number | null, local: boolean): Promise<void> {
    const boards = await this.snapshots.audienceBoards(eventId, null);
    if (!boards) return;
    this.send(eventId, null, boards, { local, again: local });
    if (!local && this.shared) this.publisher.toOtherInstances('leaderboard.changed', eventId);
    await this.pushChallenges(eventId, local);
    if (since !== null) this.metrics.leaderboardPushed((Date.now() - since) / 1000);
  }

  /** The boards of the event's challenges that sockets on this instance follow, to those sockets (`again`: stored snapshots too). */
  private async pushChallenges(eventId: string, again: boolean): Promise<void> {
    for (const challengeId of this.publisher.locallyFollowedChallenges(eventId)) {
      const boards = await this.snapshots.audienceBoards(eventId, challengeId);
      if (boards) this.send(eventId, challengeId, boards, { local: true, again });
    }
  }

  /**
   * One board to its audiences' rooms, packed once for each room; a stored snapshot reaches
   * non-organizers once per version unless `again`.
   */
  private send(
    eventId: string,
    challengeId: string | null,
    boards: AudienceBoards,
    { local, again }: { local: boolean; again: boolean },
  ): void {
    const { version } = boards;
    const organizers = organizersRoom(eventId, challengeId);
    const organizersBoard = packBoard(boards.organizers);
    this.deliver({ room: organizers, message: { eventId, challengeId, version, board: organizersBoard } }, local);
    const others = boards.others;
    if (!others) return;
    const stored = others.view === 'snapshot';
    const key = challengeId ? `${eventId}:${challengeId}` : eventId;
    if (stored && !again && this.snapshotsPushed.get(key) === others.board.version) return;
    const room = boards.isPublic ? publicRoom(eventId, challengeId) : membersRoom(eventId, challengeId);
    // While the view is live everyone sees the organizers' board: it is already packed.
    const board = others.board === boards.organizers ? organizersBoard : packBoard(others.board);
    this.deliver({ room, except: organizers, message: { eventId, challengeId, version, board } }, local);
    if (stored) this.snapshotsPushed.set(key, others.board.version);
  }

  /**
   * To this instance's sockets and (unless `local`) to the other instances', each of which delivers
   * it only where it sent no newer version: boards travel as instance messages rather than room
   * broadcasts so that every instance can hold that line.
   */
  private deliver(delivery: BoardDelivery, local: boolean): void {
    this.publisher.boardToLocal(delivery);
    if (!local && this.shared) this.publisher.toOtherInstances('leaderboard.board', delivery);
  }
}

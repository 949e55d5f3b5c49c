import type { Redis } from 'ioredis';

/**
 * Coalescing windows, one per event: the first change of a quiet period opens a window and is
 * pushed at once; changes while it is open only mark it dirty; when it ends, its holder pushes
 * again if it is dirty (and keeps it open one more window) or closes it.
 */
export interface PushWindows {
  /** True: the caller opened the window and pushes now. False: a window is open and now dirty. */
  open(eventId: string, at: number): Promise<boolean>;
  /** At the end of the caller's window: the time of the earliest change it missed (push again), or null (closed). */
  close(eventId: string): Promise<number | null>;
  /** The caller stops: gives its window up at once, with the time of the earliest change it missed (push it), or null. */
  release(eventId: string): Promise<number | null>;
}

/** One process alone: windows in memory. */
export class LocalPushWindows implements PushWindows {
  /** Open windows, with the time of their earliest unpushed change (null: clean). */
  private readonly windows = new Map<string, number | null>();

  async open(eventId: string, at: number): Promise<boolean> {
    if (!this.windows.has(eventId)) {
      this.windows.set(eventId, null);
      return true;
    }
    if (this.windows.get(eventId) == null) this.windows.set(eventId, at);
    return false;
  }

  async close(eventId: string): Promise<number | null> {
    const dirty = this.windows.get(eventId);
    if (dirty == null) {
      this.windows.delete(eventId);
      return null;
    }
    this.windows.set(eventId, null);
    return dirty;
  }

  async release(eventId: string): Promise<number | null> {
    const dirty = this.windows.get(eventId) ?? null;
    this.windows.delete(eventId);
    return dirty;
  }
}

// KEYS: window, dirty. ARGV: holder, window ttl ms, change time, dirty mark ttl ms.
const OPEN = `
if redis.call('SET', KEYS[1], ARGV[1], 'NX', 'PX', ARGV[2]) then return 1 end
redis.call('SET', KEYS[2], ARGV[3], 'NX', 'PX', ARGV[4])
return 0`;
// KEYS: window, dirty. ARGV: holder, ttl ms. The dirty mark is taken before the newest state is read,
// so a change that lands during the push marks the next window.
const CLOSE = `
if redis.call('GET', KEYS[1]) ~= ARGV[1] then return false end
local dirty = redis.call('GET', KEYS[2])
if dirty then
  redis.call('DEL', KEYS[2])
  redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[2])
  return dirty
end
redis.call('DEL', KEYS[1])
return false`;
// KEYS: window, dirty. ARGV: holder.
const RELEASE = `
if redis.call('GET', KEYS[1]) ~= ARGV[1] then return false end
local dirty = redis.call('GET', KEYS[2])
redis.call('DEL', KEYS[1], KEYS[2])
return dirty`;
// KEYS: window, dirty. ARGV: holder, window ttl ms. A window that expired with changes still marked
// lost its holder: the caller takes it over. -1: a window is still open with changes marked.
const RESCUE = `
local dirty = redis.call('GET', KEYS[2])
if not dirty then return false end
if redis.call('EXISTS', KEYS[1]) == 1 then return -1 end
redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[2])
redis.call('DEL', KEYS[2])
return dirty`;

/**
 * Windows shared by every instance through Redis, so a burst of scores saved on several instances
 * still gives one push per window, made by whichever instance opened it. An instance that stops gives
 * its windows up. One that dies leaves its windows to expire (four times their length, at least a
 * second); a change mark outlives them, so an instance that marked a change can tell and take over.
 */
export class RedisPushWindows implements PushWindows {
  constructor(
    private readonly client: Redis,
    private readonly holder: string,
    private readonly windowMs: number,
    private readonly timeoutMs = 250,
  ) {}

  /** How long a window lives in Redis without its holder. */
  get ttlMs(): number {
    return Math.max(this.windowMs * 4, 1_000);
  }

  async open(eventId: string, at: number): Promise<boolean> {
    const opened = await this.run(OPEN, eventId, String(at), String(this.ttlMs * 2));
    return opened === 1;
  }

  async close(eventId: string): Promise<number | null> {
    const dirty = await this.run(CLOSE, eventId);
    return dirty == null ? null : Number(dirty);
  }

  async release(eventId: string): Promise<number | null> {
    const dirty = await this.run(RELEASE, eventId);
    return dirty == null ? null : Number(dirty);
  }

  /**
   * After `ttlMs` from a change this caller marked: takes over a window whose holder died, with the
   * time of the earliest change marked (push it), 'open' while a window is still open with changes
   * marked (look again later), or null (nothing left marked: the holder pushed them).
   */
  async rescue(eventId: string): Promise<number | 'open' | null> {
    const dirty = await this.run(RESCUE, eventId);
    if (dirty == null) return null;
    return dirty === -1 ? 'open' : Number(dirty);
  }

  /** Fails fast while Redis is away, so the caller falls back to pushing locally. */
  private run(script: string, eventId: string, ...args: string[]): Promise<unknown> {
    if (this.client.status !== 'ready') return Promise.reject(new Error(`Redis is ${this.client.status}`));
    const key = `hackboard:live:${eventId}`;
    let timer: NodeJS.Timeout | undefined;
    return Promise.race([
      this.client.eval(script, 2, key, `${key}:dirty`, this.holder, String(this.ttlMs), ...args),
      new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error('Redis did not answer in time')), this.timeoutMs);
      }),
    ]).finally(() => clearTimeout(timer));
  }
}

import { beforeEach, describe, expect, it, vi } from 'vitest';

const fake = vi.hoisted(() => ({
  sent: [] as unknown[][],
  acks: [] as ((answer: unknown) => void)[],
  handlers: new Map<string, (reason?: string) => void>(),
  connects: 0,
}));

vi.mock('socket.io-client', () => ({
  io: () => ({
    connected: true,
    emit: (name: string, request: unknown, ack?: (answer: unknown) => void) => {
      fake.sent.push([name, request]);
      if (ack) fake.acks.push(ack);
    },
    on: (name: string, handler: (reason?: string) => void) => fake.handlers.set(name, handler),
    connect: () => (fake.connects += 1),
  }),
}));
vi.mock('./api-client', () => ({ refreshSession: async () => true }));

/** A fresh module (its socket and rooms are module state), and what it sent once its promises settled. */
async function realtime() {
  vi.resetModules();
  return import('./realtime');
}
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('the realtime client', () => {
  beforeEach(() => {
    fake.sent.length = 0;
    fake.acks.length = 0;
    fake.handlers.clear();
    fake.connects = 0;
  });

  it('asks again a little later when the server is busy, and gives up on an event that does not exist', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout'] });
    try {
      const { subscribeToEvent } = await realtime();
      subscribeToEvent('hack', false);
      await vi.advanceTimersByTimeAsync(0);
      expect(fake.sent).toEqual([['subscribe', { eventSlug: 'hack' }]]);
      fake.acks.at(-1)!({ ok: false, code: 'UNAVAILABLE', message: 'busy' });
      await vi.advanceTimersByTimeAsync(3_000);
      expect(fake.sent).toEqual([
        ['subscribe', { eventSlug: 'hack' }],
        ['subscribe', { eventSlug: 'hack' }],
      ]);
      fake.acks.at(-1)!({ ok: false, code: 'EVENT_NOT_FOUND', message: 'gone' });
      await vi.advanceTimersByTimeAsync(10_000);
      expect(fake.sent).toHaveLength(2);
    } finally {
      vi.useRealTimers();
    }
  });

  it('connects again when the server closes the socket (the user’s roles changed), not when the page does', async () => {
    const { subscribeToEvent } = await realtime();
    subscribeToEvent('hack', true);
    await settle();
    fake.handlers.get('disconnect')!('io client disconnect');
    expect(fake.connects).toBe(0);
    fake.handlers.get('disconnect')!('io server disconnect');
    expect(fake.connects).toBe(1);
  });

  it("follows a challenge's board beside the event, and leaves the challenge when its last follower goes", async () => {
    const { subscribeToEvent } = await realtime();
    const leaveEvent = subscribeToEvent('hack', false);
    await settle();
    const leaveFirst = subscribeToEvent('hack', false, 'c1');
    const leaveSecond = subscribeToEvent('hack', false, 'c1');
    await settle();
    expect(fake.sent).toEqual([
      ['subscribe', { eventSlug: 'hack' }],
      ['subscribe', { eventSlug: 'hack', challengeId: 'c1' }],
    ]);
    fake.sent.length = 0;
    leaveFirst();
    await settle();
    expect(fake.sent).toEqual([]);
    leaveSecond();
    await settle();
    expect(fake.sent).toEqual([['unsubscribe', { eventSlug: 'hack', challengeId: 'c1' }]]);
    fake.sent.length = 0;
    leaveEvent();
    await settle();
    expect(fake.sent).toEqual([['unsubscribe', { eventSlug: 'hack' }]]);
  });

  it('leaves the event and its challenges at once when the last part of the page goes', async () => {
    const { subscribeToEvent } = await realtime();
    const leave = subscribeToEvent('hack', true, 'c2');
    await settle();
    expect(fake.sent).toEqual(
      expect.arrayContaining([
        ['subscribe', { eventSlug: 'hack' }],
        ['subscribe', { eventSlug: 'hack', challengeId: 'c2' }],
      ]),
    );
    expect(fake.sent).toHaveLength(2);
    fake.sent.length = 0;
    leave();
    await settle();
    expect(fake.sent).toEqual([['unsubscribe', { eventSlug: 'hack' }]]);
  });

  it('joins the event and every followed challenge again when the socket connects again', async () => {
    const { subscribeToEvent } = await realtime();
    subscribeToEvent('hack', false);
    subscribeToEvent('hack', false, 'c1');
    const leave = subscribeToEvent('hack', false, 'c2');
    await settle();
    leave();
    await settle();
    fake.sent.length = 0;
    fake.handlers.get('connect')!();
    expect(fake.sent).toHaveLength(2);
    expect(fake.sent).toEqual(
      expect.arrayContaining([
        ['subscribe', { eventSlug: 'hack' }],
        ['subscribe', { eventSlug: 'hack', challengeId: 'c1' }],
      ]),
    );
  });
});

import type { LeaderboardDto, LeaderboardStandingDto } from './leaderboards.js';
import { type PackedBoard, packBoard, unpackBoard } from './packed-board.js';

const heatA = '3f1c2a9e-8b4d-4e6f-9a1b-2c3d4e5f6a7b';
const heatB = '7d8e9f0a-1b2c-4d3e-8f4a-5b6c7d8e9f0a';

const standing = (n: number, fields: Partial<LeaderboardStandingDto> = {}): LeaderboardStandingDto => ({
  rank: n,
  submissionId: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
  title: `Project ${n}`,
  teamName: `Team ${n}`,
  challengeId: null,
  score: 10 - n,
  reviews: 3,
  incompleteReviews: 0,
  ...fields,
});

const board = (standings: LeaderboardStandingDto[], fields: Partial<LeaderboardDto> = {}): LeaderboardDto => ({
  eventId: '11111111-2222-4333-8444-555555555555',
  roundId: null,
  challengeId: null,
  source: 'heats',
  version: 42,
  method: 'raw',
  scale: { min: 1, max: 10 },
  generatedAt: '2026-05-22T10:15:00.000Z',
  snapshot: null,
  standings,
  ...fields,
});

/** What the socket actually carries: the packed board as JSON, read back. */
const overTheWire = (packed: PackedBoard): PackedBoard => JSON.parse(JSON.stringify(packed)) as PackedBoard;

describe('packBoard and unpackBoard', () => {
  it('give back a board with shared ranks and standings without a complete review', () => {
    const original = board([
      standing(1, { score: 8.5 }),
      standing(2, { score: 7.25 }),
      standing(3, { rank: 2, score: 7.25 }),
      standing(4, { rank: null, score: null, reviews: 0, incompleteReviews: 2 }),
    ]);
    expect(unpackBoard(overTheWire(packBoard(original)))).toEqual(original);
  });

  it('write each challenge id once and keep which standing belongs to which challenge', () => {
    const original = board([
      standing(1, { challengeId: heatB }),
      standing(2, { challengeId: heatA }),
      standing(3, { challengeId: null }),
      standing(4, { challengeId: heatB }),
    ]);
    const packed = packBoard(original);
    expect(packed.challengeIds).toEqual([heatB, heatA]);
    expect(packed.rows.map((row) => row[4])).toEqual([0, 1, -1, 0]);
    expect(unpackBoard(overTheWire(packed))).toEqual(original);
  });

  it("keep the header of a stored snapshot of a round's board", () => {
    for (const snapshot of ['frozen', 'published'] as const) {
      const original = board([standing(1, { challengeId: heatA })], {
        roundId: '99999999-8888-4777-8666-555555555555',
        challengeId: heatA,
        source: 'round',
        method: 'normalized',
        scale: { min: 0, max: 100 },
        snapshot,
      });
      expect(unpackBoard(overTheWire(packBoard(original)))).toEqual(original);
    }
  });

  it('give back an empty board', () => {
    const original = board([]);
    expect(packBoard(original)).toMatchObject({ challengeIds: [], rows: [] });
    expect(unpackBoard(overTheWire(packBoard(original)))).toEqual(original);
  });

  it('round scores to four decimals, more than the two the interface shows', () => {
    const original = board([
      standing(1, { score: 8.123456789 }),
      standing(2, { score: 8.12345 }),
      standing(3, { score: 2 / 3 }),
      standing(4, { score: -1.23456789 }),
    ]);
    const scores = unpackBoard(overTheWire(packBoard(original))).standings.map((s) => s.score);
    expect(scores).toEqual([8.1235, 8.1235, 0.6667, -1.2346]);
    expect(scores.map((score) => score!.toFixed(2))).toEqual(original.standings.map((s) => s.score!.toFixed(2)));
  });

  it('put the top 50 with short names in under 5 KB, less than half the full board', () => {
    const standings = Array.from({ length: 50 }, (_, i) =>
      standing(i + 1, { challengeId: i % 2 ? heatA : heatB, score: 9.87654321 - i / 7 }),
    );
    const full = board(standings, { challengeId: null });
    const bytes = (value: unknown) => Buffer.byteLength(JSON.stringify(value));
    const packedBytes = bytes({ eventId: full.eventId, challengeId: null, version: 42, board: packBoard(full) });
    expect(packedBytes).toBeLessThan(5_000);
    expect(packedBytes).toBeLessThan(bytes(full) / 2);
  });
});

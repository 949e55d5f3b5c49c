import { createRng, PairwiseJudging, pairKey } from '@hackboard/scoring';
import { type PairwiseRecord, RoundModel, seedOf } from './round-model.js';

const ROUND = '6f1c2a9e-3b4d-4e5f-8a9b-0c1d2e3f4a5b';
const ids = ['a', 'b', 'c', 'd', 'e', 'f'];
const items = ids.map((id, i) => ({ id, challengeId: null, submittedAt: 1_000 + i }));

function model(): RoundModel {
  const round = new RoundModel(ROUND);
  round.addItems(items);
  return round;
}

let sequence = 0;
const voteRecord = (jurorId: string, winnerId: string, loserId: string): PairwiseRecord => ({
  roundId: ROUND,
  sequence: ++sequence,
  jurorId,
  winnerId,
  loserId,
  skippedId: null,
});
const skipRecord = (jurorId: string, skippedId: string): PairwiseRecord => ({
  roundId: ROUND,
  sequence: ++sequence,
  jurorId,
  winnerId: null,
  loserId: null,
  skippedId,
});

describe('RoundModel', () => {
  beforeEach(() => (sequence = 0));

  it('offers the same pairs as the library’s nextPair when nothing is excluded', () => {
    const library = new PairwiseJudging({ rng: createRng(seedOf(ROUND)), items });
    const round = model();
    for (let turn = 0; turn < 24; turn++) {
      const juror = turn % 2 ? 'j1' : 'j2';
      const expected = library.nextPair(juror);
      // Twelve turns each stay below the fifteen pairs of six projects, so a fresh pair always exists.
      const offered = round.nextPair(juror, ids)!;
      expect(offered).toEqual(expected);
      if (turn % 5 === 4) {
        library.recordSkip(juror, offered[0]);
        round.apply(skipRecord(juror, offered[0]));
      } else {
        library.recordVote(juror, offered[1], offered[0]);
        round.apply(voteRecord(juror, offered[1], offered[0]));
      }
    }
    expect(round.state().items).toEqual(ids.map((id) => library.item(id)));
  });

  it('never offers an excluded project and is done once every eligible pair is judged', () => {
    const round = model();
    const eligible = ['a', 'b', 'c', 'e'];
    const judged = new Set<string>();
    for (let pair = round.nextPair('j', eligible); pair; pair = round.nextPair('j', eligible)) {
      expect(eligible).toEqual(expect.arrayContaining([...pair]));
      expect(judged.has(pairKey(...pair))).toBe(false);
      judged.add(pairKey(...pair));
      round.apply(voteRecord('j', pair[0], pair[1]));
    }
    expect(judged.size).toBe(6);
    expect(round.nextPair('j', ['a'])).toBeNull();
    expect(round.nextPair('j', eligible, 'd')).toBeNull();
  });

  it('holds a skipped project back from that juror for three of their votes', () => {
    const round = model();
    round.apply(skipRecord('j', 'a'));
    for (let vote = 0; vote < 3; vote++) {
      const pair = round.nextPair('j', ids)!;
      expect(pair).not.toContain('a');
      round.apply(voteRecord('j', pair[0], pair[1]));
    }
    // Other jurors are not affected.
    expect(round.nextPair('k', ['a', 'b'])).not.toBeNull();
  });

  it('ranks by mu with shared ranks, and lists never-compared projects last without a rank', () => {
    const round = model();
    round.apply(voteRecord('j', 'c', 'a'));
    round.apply(voteRecord('j', 'c', 'b'));
    const board = round.standings(items);
    expect(board[0]).toMatchObject({ submissionId: 'c', rank: 1, comparisons: 2 });
    expect(board.slice(-3).map((s) => [s.submissionId, s.rank])).toEqual([
      ['d', null],
      ['e', null],
      ['f', null],
    ]);
    expect(board[0]!.sigma).toBeLessThan(1);
    expect(round.votes).toBe(2);
  });

  it('reaches the same state however the records are split between catch-ups, and ignores one applied twice', () => {
    const records = [
      voteRecord('j', 'a', 'b'),
      voteRecord('k', 'b', 'c'),
      skipRecord('j', 'd'),
      voteRecord('j', 'c', 'a'),
      voteRecord('k', 'e', 'f'),
    ];
    const whole = model();
    for (const record of records) whole.apply(record);
    const pieces = model();
    for (const record of records.slice(0, 2)) pieces.apply(record);
    pieces.apply(records[1]!);
    for (const record of records.slice(2)) pieces.apply(record);
    expect(pieces.state()).toEqual(whole.state());
    expect(whole.applied).toBe(5);
    expect(whole.juror('j')).toMatchObject({ votes: 2, skips: 1 });
  });

  it('seeds every instance of a round alike', () => {
    expect(seedOf(ROUND)).toBe(seedOf(ROUND));
    expect(seedOf(ROUND)).not.toBe(seedOf('00000000-0000-4000-8000-000000000000'));
  });

  it('keeps an excluded juror’s votes off the board and counts them against the juror alone', () => {
    const votes = [
      voteRecord('j1', 'a', 'b'),
      voteRecord('j2', 'a', 'c'),
      voteRecord('bad', 'f', 'a'),
      voteRecord('j1', 'b', 'f'),
      voteRecord('bad', 'e', 'a'),
    ];
    const excluded = new RoundModel(ROUND, ['bad']);
    excluded.addItems(items);
    for (const record of votes) excluded.apply(record);
    const without = model();
    sequence = 0;
    for (const record of votes.filter((vote) => vote.jurorId !== 'bad'))
      without.apply({ ...record, sequence: ++sequence });

    expect(excluded.standings(items)).toEqual(without.standings(items));
    expect(excluded.votes).toBe(3);
    expect(excluded.juror('bad').votes).toBe(2);
    expect(excluded.juror('bad').reliability).toBeLessThan(10 / 11);
    expect(excluded.evidence('bad').votes).toBe(2);
    expect(excluded.jurorIds()).toContain('bad');
  });

  it('flags a juror who keeps voting against the clear order of the others', () => {
    const round = model();
    // Three jurors agree on a > b > c > d > e > f; the fourth reverses every pair.
    const order = ['a', 'b', 'c', 'd', 'e', 'f'];
    for (const juror of ['j1', 'j2', 'j3', 'bad']) {
      for (let i = 0; i < order.length; i++) {
        for (let j = i + 1; j < order.length; j++) {
          const [winner, loser] = juror === 'bad' ? [order[j], order[i]] : [order[i], order[j]];
          round.apply(voteRecord(juror, winner, loser));
        }
      }
    }
    expect(round.evidence('bad').reasons).toContain('against-consensus');
    expect(round.evidence('bad').againstConsensus).toBeGreaterThanOrEqual(3);
    expect(round.evidence('j1').reasons).toEqual([]);
  });
});

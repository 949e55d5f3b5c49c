import fc from 'fast-check';
import { type AssignmentPlanInput, type Pair, planAssignments } from './assignment-plan.js';

const ids = (prefix: string, count: number) => Array.from({ length: count }, (_, i) => `${prefix}${i + 1}`);
const spread = (loads: ReadonlyMap<string, number>) => Math.max(...loads.values()) - Math.min(...loads.values());
const keyOf = (pair: Pair) => `${pair.jurorId}|${pair.submissionId}`;

function reviewsOf(plan: Pair[], existing: readonly Pair[] = []) {
  const counts = new Map<string, number>();
  for (const pair of [...existing, ...plan]) counts.set(pair.submissionId, (counts.get(pair.submissionId) ?? 0) + 1);
  return counts;
}

describe('planAssignments', () => {
  it('gives every submission K reviews with juror loads within one of each other', () => {
    const plan = planAssignments({
      jurorIds: ids('j', 5),
      submissionIds: ids('s', 12),
      existing: [],
      conflicts: [],
      reviewsPerSubmission: 3,
    });
    expect(plan.added).toHaveLength(36);
    expect([...reviewsOf(plan.added).values()]).toEqual(Array(12).fill(3));
    expect(new Set(plan.added.map(keyOf)).size).toBe(36);
    expect([...plan.loads.values()].sort()).toEqual([7, 7, 7, 7, 8]);
    expect(plan.shortfalls).toEqual([]);
  });

  it('never assigns a juror to a submission they declared a conflict with', () => {
    const conflicts = [
      { jurorId: 'j1', submissionId: 's1' },
      { jurorId: 'j1', submissionId: 's2' },
      { jurorId: 'j2', submissionId: 's1' },
    ];
    const plan = planAssignments({
      jurorIds: ids('j', 4),
      submissionIds: ids('s', 6),
      existing: [],
      conflicts,
      reviewsPerSubmission: 2,
    });
    const chosen = new Set(plan.added.map(keyOf));
    for (const conflict of conflicts) expect(chosen.has(keyOf(conflict))).toBe(false);
    expect([...reviewsOf(plan.added).values()]).toEqual(Array(6).fill(2));
    expect(spread(plan.loads)).toBeLessThanOrEqual(1);
  });

  it('keeps existing assignments and only tops submissions up to K', () => {
    const existing = [
      { jurorId: 'j1', submissionId: 's1' },
      { jurorId: 'j2', submissionId: 's1' },
      { jurorId: 'j1', submissionId: 's2' },
    ];
    const plan = planAssignments({
      jurorIds: ids('j', 3),
      submissionIds: ids('s', 3),
      existing,
      conflicts: [],
      reviewsPerSubmission: 2,
    });
    expect(plan.added.map(keyOf).some((key) => existing.map(keyOf).includes(key))).toBe(false);
    expect(plan.added).toHaveLength(3);
    expect([...reviewsOf(plan.added, existing).values()]).toEqual([2, 2, 2]);
    expect([...plan.loads.values()]).toEqual([2, 2, 2]);
  });

  it('names the submissions that cannot reach K and gives them every juror it can', () => {
    const plan = planAssignments({
      jurorIds: ids('j', 3),
      submissionIds: ids('s', 3),
      existing: [],
      conflicts: [{ jurorId: 'j2', submissionId: 's3' }],
      reviewsPerSubmission: 3,
    });
    expect(plan.shortfalls).toEqual([{ submissionId: 's3', reviews: 2, eligibleJurors: 2 }]);
    expect(plan.reviews.get('s1')).toBe(3);
    expect(plan.added).toHaveLength(8);
  });

  it('reports every submission as short with an empty panel', () => {
    const plan = planAssignments({
      jurorIds: [],
      submissionIds: ['s1', 's2'],
      existing: [],
      conflicts: [],
      reviewsPerSubmission: 1,
    });
    expect(plan.added).toEqual([]);
    expect(plan.shortfalls.map((short) => short.submissionId)).toEqual(['s1', 's2']);
  });

  it('gives the same plan for the same input', () => {
    const input: AssignmentPlanInput = {
      jurorIds: ids('j', 7),
      submissionIds: ids('s', 23),
      existing: [{ jurorId: 'j3', submissionId: 's4' }],
      conflicts: [{ jurorId: 'j1', submissionId: 's9' }],
      reviewsPerSubmission: 3,
    };
    expect(planAssignments(input)).toEqual(planAssignments(input));
  });

  it('moves new assignments along a chain of jurors where greedy filling leaves the loads uneven', () => {
    // Greedy alone ends with loads 3, 2, 2, 1 here; moving assignments along a chain evens them to 2 each.
    const plan = planAssignments({
      jurorIds: ids('j', 4),
      submissionIds: ids('s', 3),
      existing: [],
      conflicts: [
        { jurorId: 'j2', submissionId: 's3' },
        { jurorId: 'j3', submissionId: 's1' },
        { jurorId: 'j4', submissionId: 's1' },
      ],
      reviewsPerSubmission: 3,
    });
    expect([...plan.loads.values()]).toEqual([2, 2, 2, 2]);
    expect(plan.shortfalls).toEqual([{ submissionId: 's1', reviews: 2, eligibleJurors: 2 }]);
  });

  it('reaches the most even loads possible, checked against every alternative on small panels', () => {
    const instance = fc
      .record({
        jurors: fc.integer({ min: 1, max: 4 }),
        submissions: fc.integer({ min: 1, max: 4 }),
        k: fc.integer({ min: 1, max: 3 }),
        conflictBits: fc.array(fc.boolean(), { minLength: 16, maxLength: 16 }),
        existingBits: fc.array(fc.boolean(), { minLength: 16, maxLength: 16 }),
      })
      .map(({ jurors, submissions, k, conflictBits, existingBits }) => {
        const jurorIds = ids('j', jurors);
        const submissionIds = ids('s', submissions);
        const conflicts: Pair[] = [];
        const existing: Pair[] = [];
        jurorIds.forEach((jurorId, j) =>
          submissionIds.forEach((submissionId, s) => {
            const bit = j * 4 + s;
            if (conflictBits[bit]) conflicts.push({ jurorId, submissionId });
            else if (existingBits[bit] && bit % 3 === 0) existing.push({ jurorId, submissionId });
          }),
        );
        return { jurorIds, submissionIds, conflicts, existing, reviewsPerSubmission: k };
      });
    fc.assert(
      fc.property(instance, (input) => {
        const plan = planAssignments(input);
        const blocked = new Set(input.conflicts.map(keyOf));
        const taken = new Set(input.existing.map(keyOf));
        for (const pair of plan.added) {
          expect(blocked.has(keyOf(pair))).toBe(false);
          expect(taken.has(keyOf(pair))).toBe(false);
          taken.add(keyOf(pair));
        }
        // Each submission gets K reviews, or every juror who may still review it.
        const reviews = reviewsOf(plan.added, input.existing);
        for (const submissionId of input.submissionIds) {
          const free = input.jurorIds.filter((jurorId) => !blocked.has(`${jurorId}|${submissionId}`)).length;
          const before = input.existing.filter((pair) => pair.submissionId === submissionId).length;
          const open = free - before;
          expect(reviews.get(submissionId) ?? 0).toBe(
            Math.max(before, Math.min(input.reviewsPerSubmission, before + open)),
          );
        }
        expect(spread(plan.loads)).toBe(bestSpread(input, reviews));
      }),
      { numRuns: 300 },
    );
  });
});

/** The smallest max − min load over every way to give each submission its planned number of new reviews. */
function bestSpread(input: AssignmentPlanInput, planned: Map<string, number>): number {
  const blocked = new Set(input.conflicts.map(keyOf));
  const existing = new Set(input.existing.map(keyOf));
  const base = new Map(input.jurorIds.map((id) => [id, input.existing.filter((p) => p.jurorId === id).length]));
  const choices = input.submissionIds.map((submissionId) => {
    const need =
      (planned.get(submissionId) ?? 0) - input.existing.filter((p) => p.submissionId === submissionId).length;
    const open = input.jurorIds.filter(
      (jurorId) => !blocked.has(`${jurorId}|${submissionId}`) && !existing.has(`${jurorId}|${submissionId}`),
    );
    return subsets(open, need);
  });
  let best = Infinity;
  const walk = (index: number, loads: Map<string, number>) => {
    if (index === choices.length) {
      best = Math.min(best, spread(loads));
      return;
    }
    for (const subset of choices[index]!) {
      for (const jurorId of subset) loads.set(jurorId, loads.get(jurorId)! + 1);
      walk(index + 1, loads);
      for (const jurorId of subset) loads.set(jurorId, loads.get(jurorId)! - 1);
    }
  };
  walk(0, new Map(base));
  return best;
}

function subsets<T>(items: readonly T[], size: number): T[][] {
  if (size === 0) return [[]];
  if (items.length < size) return [];
  const [first, ...rest] = items;
  return [...subsets(rest, size - 1).map((subset) => [first!, ...subset]), ...subsets(rest, size)];
}

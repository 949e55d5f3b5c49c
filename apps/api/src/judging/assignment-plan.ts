export interface Pair {
  readonly jurorId: string;
  readonly submissionId: string;
}

export interface AssignmentPlanInput {
  /** The panel; its order breaks ties between equally loaded jurors. */
  readonly jurorIds: readonly string[];
  /** The round's entries; their order breaks ties between equally reviewed submissions. */
  readonly submissionIds: readonly string[];
  /** Assignments already in the round: kept as they are, and counted. */
  readonly existing: readonly Pair[];
  /** Conflicts of interest: never assigned. */
  readonly conflicts: readonly Pair[];
  /** K: the reviews every submission should get. */
  readonly reviewsPerSubmission: number;
}

export interface AssignmentPlan {
  /** New assignments, in the order they were chosen. */
  readonly added: Pair[];
  /** Reviews per submission after the plan (existing + added). */
  readonly reviews: ReadonlyMap<string, number>;
  /** Assignments per panel juror after the plan. */
  readonly loads: ReadonlyMap<string, number>;
  /** Submissions left under K, with how many panel jurors could review them at all. */
  readonly shortfalls: readonly { submissionId: string; reviews: number; eligibleJurors: number }[];
}

/**
 * Balanced automatic assignment. Pure and deterministic: the same input gives the same plan.
 *
 * 1. Greedy: while some submission is under K and has a juror who may still take it, pick the
 *    submission with the fewest reviews (then the fewest jurors left who may take it, then input
 *    order), and give it to the least-loaded such juror (then panel order).
 * 2. Balance: while a juror carries at least two more new assignments than another could take,
 *    move assignments along a chain of jurors (A gives s₁ to B, B gives s₂ to C, …) that ends at a
 *    juror with a load at least two below A's. Each move lowers Σ load², so this ends; when no such
 *    chain exists the loads cannot be evened further without breaking a conflict or doubling a
 *    review (the cost-reducing path condition of optimal semi-matchings, Harvey et al. 2003).
 *
 * Existing assignments are never moved; a juror off the panel keeps theirs but gets no new ones.
 */
export function planAssignments(input: AssignmentPlanInput): AssignmentPlan {
  const jurors = [...new Set(input.jurorIds)];
  const submissions = [...new Set(input.submissionIds)];
  const k = input.reviewsPerSubmission;
  const blocked = new Set(input.conflicts.map(pairKey));
  const assigned = new Set<string>();
  const reviews = new Map(submissions.map((id) => [id, 0]));
  const loads = new Map(jurors.map((id) => [id, 0]));
  for (const pair of input.existing) {
    if (assigned.has(pairKey(pair))) continue;
    assigned.add(pairKey(pair));
    if (reviews.has(pair.submissionId)) reviews.set(pair.submissionId, reviews.get(pair.submissionId)! + 1);
    if (loads.has(pair.jurorId)) loads.set(pair.jurorId, loads.get(pair.jurorId)! + 1);
  }
  const mayTake = (jurorId: string, submissionId: string) =>
    !blocked.has(key(jurorId, submissionId)) && !assigned.has(key(jurorId, submissionId));
  const jurorOrder = new Map(jurors.map((id, index) => [id, index]));
  const submissionOrder = new Map(submissions.map((id, index) => [id, index]));

  // 1. Greedy fill. `open` counts the jurors who may still take each submission.
  const added: Pair[] = [];
  const open = new Map(submissions.map((id) => [id, jurors.filter((jurorId) => mayTake(jurorId, id)).length]));
  for (;;) {
    let best: string | null = null;
    for (const id of submissions) {
      if (reviews.get(id)! >= k || open.get(id)! === 0) continue;
      if (
        best === null ||
        reviews.get(id)! < reviews.get(best)! ||
        (reviews.get(id)! === reviews.get(best)! && open.get(id)! < open.get(best)!)
      ) {
        best = id;
      }
    }
    if (best === null) break;
    let jurorId: string | null = null;
    for (const candidate of jurors) {
      if (!mayTake(candidate, best)) continue;
      if (jurorId === null || loads.get(candidate)! < loads.get(jurorId)!) jurorId = candidate;
    }
    const pair = { jurorId: jurorId!, submissionId: best };
    added.push(pair);
    assigned.add(pairKey(pair));
    reviews.set(best, reviews.get(best)! + 1);
    open.set(best, open.get(best)! - 1);
    loads.set(pair.jurorId, loads.get(pair.jurorId)! + 1);
  }

  // 2. Balance along chains of movable (new) assignments.
  const held = new Map<string, string[]>(jurors.map((id) => [id, []]));
  for (const pair of added) held.get(pair.jurorId)!.push(pair.submissionId);
  for (;;) {
    const path = cheaperChain(jurors, loads, held, mayTake);
    if (!path) break;
    for (const step of path) {
      const list = held.get(step.from)!;
      list.splice(list.indexOf(step.submissionId), 1);
      held.get(step.to)!.push(step.submissionId);
      assigned.delete(key(step.from, step.submissionId));
      assigned.add(key(step.to, step.submissionId));
    }
    const first = path[0]!;
    const last = path[path.length - 1]!;
    loads.set(first.from, loads.get(first.from)! - 1);
    loads.set(last.to, loads.get(last.to)! + 1);
  }

  const finalAdded: Pair[] = [];
  for (const jurorId of jurors) {
    for (const submissionId of held.get(jurorId)!) finalAdded.push({ jurorId, submissionId });
  }
  finalAdded.sort(
    (a, b) =>
      submissionOrder.get(a.submissionId)! - submissionOrder.get(b.submissionId)! ||
      jurorOrder.get(a.jurorId)! - jurorOrder.get(b.jurorId)!,
  );

  const shortfalls = submissions
    .filter((id) => reviews.get(id)! < k)
    .map((id) => ({
      submissionId: id,
      reviews: reviews.get(id)!,
      eligibleJurors: jurors.filter((jurorId) => !blocked.has(key(jurorId, id))).length,
    }));
  return { added: finalAdded, reviews, loads, shortfalls };
}

interface Step {
  from: string;
  to: string;
  submissionId: string;
}

/**
 * A chain from the most loaded juror that can shed load to a juror at least two below it, found by
 * breadth-first search over "x holds a new assignment that y may take". Null when none exists.
 */
function cheaperChain(
  jurors: readonly string[],
  loads: ReadonlyMap<string, number>,
  held: ReadonlyMap<string, readonly string[]>,
  mayTake: (jurorId: string, submissionId: string) => boolean,
): Step[] | null {
  const byLoad = [...jurors].sort((a, b) => loads.get(b)! - loads.get(a)!);
  for (const start of byLoad) {
    const startLoad = loads.get(start)!;
    if (held.get(start)!.length === 0) continue;
    const cameFrom = new Map<string, Step | null>([[start, null]]);
    const queue = [start];
    while (queue.length > 0) {
      const juror = queue.shift()!;
      for (const submissionId of held.get(juror)!) {
        for (const next of jurors) {
          if (cameFrom.has(next) || !mayTake(next, submissionId)) continue;
          cameFrom.set(next, { from: juror, to: next, submissionId });
          if (loads.get(next)! <= startLoad - 2) {
            const path: Step[] = [];
            for (let at: string = next; cameFrom.get(at); at = cameFrom.get(at)!.from) path.unshift(cameFrom.get(at)!);
            return path;
          }
          queue.push(next);
        }
      }
    }
  }
  return null;
}

function key(jurorId: string, submissionId: string): string {
  return `${jurorId}\u0000${submissionId}`;
}

function pairKey(pair: Pair): string {
  return key(pair.jurorId, pair.submissionId);
}

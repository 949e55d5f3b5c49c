import type { AssignmentDto, AutoAssignResultDto, PanelMemberDto, RoundEntryDto } from '@hackboard/contracts';

export interface PlannedSubmission {
  submissionId: string;
  title: string;
  teamName: string;
  /** Reviews assigned now. */
  before: number;
  /** Reviews once the plan is applied. */
  after: number;
  /** Set when the plan cannot reach the wanted reviews: jurors on the panel without a conflict. */
  eligibleJurors: number | null;
}

export interface PlannedJuror {
  jurorId: string;
  displayName: string;
  before: number;
  after: number;
  /** The titles of the submissions the plan adds for this juror. */
  added: string[];
}

/** What a dry-run plan means for each entry and each panel juror, next to how things stand now. */
export function describePlan(
  plan: AutoAssignResultDto,
  entries: readonly RoundEntryDto[],
  assignments: readonly AssignmentDto[],
  panel: readonly PanelMemberDto[],
): { submissions: PlannedSubmission[]; jurors: PlannedJuror[] } {
  const titles = new Map(entries.map((entry) => [entry.submissionId, entry.title]));
  const count = (list: readonly { submissionId: string }[], id: string) =>
    list.filter((item) => item.submissionId === id).length;
  const shortfalls = new Map(plan.shortfalls.map((shortfall) => [shortfall.submissionId, shortfall]));
  const submissions = entries.map((entry) => {
    const before = count(assignments, entry.submissionId);
    return {
      submissionId: entry.submissionId,
      title: entry.title,
      teamName: entry.teamName,
      before,
      after: before + count(plan.added, entry.submissionId),
      eligibleJurors: shortfalls.get(entry.submissionId)?.eligibleJurors ?? null,
    };
  });
  const current = new Map(panel.map((member) => [member.userId, member.assignments]));
  const jurors = plan.loads.map((load) => ({
    jurorId: load.jurorId,
    displayName: load.displayName,
    before: current.get(load.jurorId) ?? 0,
    after: load.assignments,
    added: plan.added
      .filter((item) => item.jurorId === load.jurorId)
      .map((item) => titles.get(item.submissionId) ?? item.submissionId),
  }));
  return { submissions, jurors };
}

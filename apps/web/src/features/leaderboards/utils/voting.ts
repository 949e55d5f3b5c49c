import type { EventDto, MeDto } from '@hackboard/contracts';
import { rolesIn } from '../../../lib/session';

/** Who may take part in the audience vote, as the API decides it. */
export type VoterStatus = 'closed' | 'signed-out' | 'not-member' | 'juror' | 'voter';

/** Voting is open from the submission deadline until judging ends (the judging phase). */
export function audienceVotingOpen(event: EventDto): boolean {
  return event.audienceVote && event.phase === 'judging';
}

export function voterStatus(event: EventDto, me: MeDto | null | undefined): VoterStatus {
  if (!audienceVotingOpen(event)) return 'closed';
  if (!me) return 'signed-out';
  const roles = rolesIn(me, event.id);
  if (roles.some((role) => role === 'participant' || role === 'agency' || role === 'organizer') || me.isAdmin) {
    return 'voter';
  }
  return roles.includes('jury') ? 'juror' : 'not-member';
}

import { PictureEntity } from '../pictures/picture.entity.js';
import { SubmissionImageEntity } from '../uploads/submission-image.entity.js';
import { FinderSettingsEntity } from '../team-finder/finder-settings.entity.js';
import { JoinRequestEntity } from '../team-finder/join-request.entity.js';
import { ParticipantProfileEntity } from '../team-finder/participant-profile.entity.js';
import { TeamListingEntity } from '../team-finder/team-listing.entity.js';
import { EventRoleEntity } from '../access/event-role.entity.js';
import { AnnouncementEntity } from '../announcements/announcement.entity.js';
import { AudienceVoteEntity } from '../audience-votes/audience-vote.entity.js';
import { AssignmentEntity } from '../judging/assignment.entity.js';
import { ConflictEntity } from '../judging/conflict.entity.js';
import { CriterionEntity } from '../judging/criterion.entity.js';
import { PanelMemberEntity } from '../judging/panel-member.entity.js';
import { RoundEntryEntity } from '../judging/round-entry.entity.js';
import { RoundEntity } from '../judging/round.entity.js';
import { LeaderboardSnapshotEntity } from '../leaderboards/leaderboard-snapshot.entity.js';
import { PairwiseExclusionEntity } from '../pairwise/pairwise-exclusion.entity.js';
import { PairwiseVoteEntity } from '../pairwise/pairwise-vote.entity.js';
import { ReviewCommentEntity } from '../reviews/review-comment.entity.js';
import { ScoreEntity } from '../reviews/score.entity.js';
import { AuditEntryEntity } from '../audit/audit-entry.entity.js';
import { SessionEntity } from '../auth/session.entity.js';
import { ChallengeEntity } from '../challenges/challenge.entity.js';
import { DatasetEntity } from '../challenges/dataset.entity.js';
import { EventEntity } from '../events/event.entity.js';
import { InvitationEntity } from '../invitations/invitation.entity.js';
import { OrganizationEntity } from '../organizations/organization.entity.js';
import { EventSsoRequirementEntity } from '../sso/event-sso-requirement.entity.js';
import { SsoIdentityEntity } from '../sso/sso-identity.entity.js';
import { SubmissionDatasetEntity } from '../submissions/submission-dataset.entity.js';
import { SubmissionRevisionEntity } from '../submissions/submission-revision.entity.js';
import { SubmissionEntity } from '../submissions/submission.entity.js';
import { TeamMemberEntity } from '../teams/team-member.entity.js';
import { TeamEntity } from '../teams/team.entity.js';
import { UserEntity } from '../users/user.entity.js';
import { OutboxMailEntity } from '../mail/outbox-mail.entity.js';
import { AccountTokenEntity } from '../account/account-token.entity.js';
import { OrganizerMessageEntity } from '../messages/organizer-message.entity.js';
import { ScheduleSessionEntity } from '../schedule/schedule-session.entity.js';
import { CheckInEntity } from '../check-in/check-in.entity.js';
import {
  HelpRequestEntity,
  MentorBookingEntity,
  MentorProfileEntity,
  MentorSlotEntity,
} from '../mentoring/mentoring.entities.js';

/** Every TypeORM entity of the API; features add theirs here. */
export const ENTITIES = [
  EventEntity,
  UserEntity,
  SessionEntity,
  SsoIdentityEntity,
  EventSsoRequirementEntity,
  EventRoleEntity,
  AuditEntryEntity,
  OrganizationEntity,
  ChallengeEntity,
  DatasetEntity,
  TeamEntity,
  TeamMemberEntity,
  SubmissionEntity,
  SubmissionDatasetEntity,
  SubmissionRevisionEntity,
  InvitationEntity,
  AnnouncementEntity,
  RoundEntity,
  RoundEntryEntity,
  CriterionEntity,
  PanelMemberEntity,
  AssignmentEntity,
  ConflictEntity,
  ScoreEntity,
  ReviewCommentEntity,
  PairwiseVoteEntity,
  PairwiseExclusionEntity,
  AudienceVoteEntity,
  LeaderboardSnapshotEntity,
  OutboxMailEntity,
  AccountTokenEntity,
  OrganizerMessageEntity,
  ScheduleSessionEntity,
  CheckInEntity,
  MentorProfileEntity,
  MentorSlotEntity,
  MentorBookingEntity,
  HelpRequestEntity,
  FinderSettingsEntity,
  ParticipantProfileEntity,
  TeamListingEntity,
  JoinRequestEntity,
  SubmissionImageEntity,
  PictureEntity,
];

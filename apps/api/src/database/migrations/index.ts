import { CreateEvents1764201600000 } from './1764201600000-create-events.js';
import { AccountsAndAccess1764288000000 } from './1764288000000-accounts-and-access.js';
import { ChallengesTeamsSubmissions1764374400000 } from './1764374400000-challenges-teams-submissions.js';
import { Judging1764633600000 } from './1764633600000-judging.js';
import { BoardSnapshots1764806400000 } from './1764806400000-board-snapshots.js';
import { Mail1764892800000 } from './1764892800000-mail.js';
import { SsoIdentities1764979200000 } from './1764979200000-sso-identities.js';
import { PairwiseExclusions1765065600000 } from './1765065600000-pairwise-exclusions.js';
import { TeamFinder1765238400000 } from './1765238400000-team-finder.js';
import { SubmissionImages1765238400001 } from './1765238400001-submission-images.js';
import { Pictures1765238400002 } from './1765238400002-pictures.js';
import { EventDay1765324800000 } from './1765324800000-event-day.js';

/** Applied in this order on both drivers. Never edit a released migration: add a new one. */
export const MIGRATIONS = [
  CreateEvents1764201600000,
  AccountsAndAccess1764288000000,
  ChallengesTeamsSubmissions1764374400000,
  Judging1764633600000,
  BoardSnapshots1764806400000,
  Mail1764892800000,
  SsoIdentities1764979200000,
  PairwiseExclusions1765065600000,
  TeamFinder1765238400000,
  SubmissionImages1765238400001,
  Pictures1765238400002,
  EventDay1765324800000,
];

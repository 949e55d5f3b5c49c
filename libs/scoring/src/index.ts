export { ScoringError, type ScoringErrorCode } from './scoring-error.js';
export { createRng, type Rng } from './rng.js';
export {
  compileRubric,
  onTotalScale,
  resolveScale,
  reviewTotal,
  type CompiledRubric,
  type Criterion,
  type Rubric,
  type RubricSetup,
  type Scale,
} from './rubric.js';
export type {
  Leaderboard,
  NormalizationMethod,
  ScoreEntry,
  Standing,
  StandingsOptions,
  SubmissionRef,
} from './leaderboard.js';
export {
  clampToScale,
  normalizationStatus,
  normalizeTotal,
  spreadOf,
  ZERO_SPREAD,
  type NormalizationStatus,
  type SpreadStats,
} from './normalization.js';
export { compareRankInputs, rankStandings, SCORE_RESOLUTION, type RankInput } from './ranking.js';
export { computeStandings, explainSubmission, type RubricInput } from './compute-standings.js';
export { RubricLeaderboard, type RubricLeaderboardOptions } from './incremental-leaderboard.js';
export {
  anonymiseJurors,
  jurorLabels,
  type CriterionBreakdown,
  type Explanation,
  type JurorBreakdown,
} from './explanation.js';
export { audienceBoard, type AudienceBoard, type AudienceStanding } from './audience-board.js';
export {
  betaDivergence,
  crowdBTUpdate,
  DEFAULT_CROWD_BT,
  expectedInformationGain,
  expectedReliabilityGain,
  gaussianDivergence,
  type CrowdBTParameters,
  type ItemBelief,
  type JurorReliability,
  type VoteUpdate,
} from './crowd-bt.js';
export {
  checkShareFor,
  DEFAULT_CHECKS,
  isCheckTurn,
  pairKey,
  selectPair,
  type CandidateItem,
  type CheckPolicy,
  type JurorHistory,
  type PairSelectionOptions,
} from './pair-selection.js';
export {
  PairwiseJudging,
  type PairwiseItemRef,
  type PairwiseItemState,
  type PairwiseJudgingOptions,
  type PairwiseJurorState,
  type PairwiseStanding,
} from './pairwise-judging.js';
export {
  DEFAULT_PANEL,
  JUROR_KINDS,
  kendallTau,
  simulatePairwise,
  simulateSeeds,
  TRUE_RELIABILITY,
  type BenchRow,
  type JurorKind,
  type KindResult,
  type PairPolicy,
  type SimulationResult,
  type SimulationScenario,
} from './pairwise-simulation.js';
export {
  AGAINST_CONSENSUS_Z,
  CLEAR_PAIR_PROBABILITY,
  consensusProbability,
  FLAG_RELIABILITY,
  jurorEvidence,
  MIN_AGAINST_CONSENSUS,
  MIN_FLAG_VOTES,
  reliabilityEstimate,
  type FlagReason,
  type JurorEvidence,
  type JurorVote,
  type ReliabilityEstimate,
} from './juror-evidence.js';

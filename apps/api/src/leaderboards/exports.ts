import type { ResultsExportDto, ScoresExportDto } from '@hackboard/contracts';
import { toCsv } from './csv.js';

/** One row per submission per board: the event board first, then each round's. */
export function resultsCsv(results: ResultsExportDto): string {
  return toCsv(
    [
      'board',
      'round_id',
      'rank',
      'submission_id',
      'title',
      'team',
      'challenge_id',
      'score',
      'reviews',
      'incomplete_reviews',
      'method',
      'version',
    ],
    results.boards.flatMap((board) =>
      board.standings.map((standing) => [
        board.source === 'round' ? 'round' : 'event',
        board.roundId,
        standing.rank,
        standing.submissionId,
        standing.title,
        standing.teamName,
        standing.challengeId,
        standing.score,
        standing.reviews,
        standing.incompleteReviews,
        board.method,
        board.version,
      ]),
    ),
  );
}

export function scoresCsv(scores: ScoresExportDto): string {
  return toCsv(
    [
      'round_id',
      'round',
      'juror_id',
      'juror',
      'submission_id',
      'submission',
      'team',
      'criterion',
      'value',
      'updated_at',
    ],
    scores.scores.map((row) => [
      row.roundId,
      row.roundName,
      row.jurorId,
      row.jurorName,
      row.submissionId,
      row.submissionTitle,
      row.teamName,
      row.criterionKey,
      row.value,
      row.updatedAt,
    ]),
  );
}

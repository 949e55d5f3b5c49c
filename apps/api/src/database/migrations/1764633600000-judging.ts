import { type MigrationInterface, type QueryRunner, Table, TableColumn } from 'typeorm';
import { PortableColumns } from '../migration-columns.js';

/**
 * Judging: rubric criteria, rounds with their entries and jury panels, assignments, conflicts of
 * interest, rubric scores and review comments, pairwise votes and skips, audience votes, and the
 * leaderboard snapshots taken at a freeze or at publication.
 */
export class Judging1764633600000 implements MigrationInterface {
  name = 'Judging1764633600000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const c = new PortableColumns(queryRunner);
    const postgres = queryRunner.connection.driver.options.type === 'postgres';
    const real = (name: string): TableColumn => new TableColumn({ name, type: postgres ? 'double precision' : 'real' });
    const fk = (column: string, table: string, onDelete: 'CASCADE' | 'SET NULL' | 'RESTRICT' = 'CASCADE') => ({
      columnNames: [column],
      referencedTableName: table,
      referencedColumnNames: ['id'],
      onDelete,
    });

    await queryRunner.addColumns('events', [
      new TableColumn(c.string('score_normalization', 16, { default: "'raw'" })),
      // Raised in the same transaction as every change that moves a leaderboard; snapshots carry it.
      new TableColumn(c.integer('leaderboard_version', { default: 0 })),
      new TableColumn(c.timestamp('leaderboard_frozen_at', true)),
    ]);

    await queryRunner.createTable(
      new Table({
        name: 'rounds',
        columns: [
          c.id(),
          c.uuid('event_id'),
          c.string('name', 100),
          c.string('kind', 16),
          c.uuid('challenge_id', true),
          c.integer('position', { default: 0 }),
          c.integer('reviews_per_submission', { default: 3 }),
          c.timestamp('locked_at', true),
          c.createdAt(),
        ],
        checks: [{ name: 'rounds_kind', expression: "kind IN ('heat', 'final')" }],
        foreignKeys: [fk('event_id', 'events'), fk('challenge_id', 'challenges')],
        indices: [{ columnNames: ['event_id'] }],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'round_entries',
        columns: [c.id(), c.uuid('round_id'), c.uuid('submission_id'), c.createdAt()],
        uniques: [{ name: 'round_entries_once', columnNames: ['round_id', 'submission_id'] }],
        foreignKeys: [fk('round_id', 'rounds'), fk('submission_id', 'submissions')],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'criteria',
        columns: [
          c.id(),
          c.uuid('event_id'),
          // 'event', 'challenge:<id>' or 'round:<id>': which rubric the criterion belongs to.
          c.string('scope', 48),
          c.string('key', 40),
          c.string('name', 100),
          c.text('description', { default: "''" }),
          real('weight'),
          c.integer('scale_min', { default: 1 }),
          c.integer('scale_max', { default: 10 }),
          c.integer('position', { default: 0 }),
        ],
        uniques: [{ name: 'criteria_key_per_rubric', columnNames: ['event_id', 'scope', 'key'] }],
        checks: [
          { name: 'criteria_weight', expression: 'weight > 0' },
          { name: 'criteria_scale', expression: 'scale_max > scale_min' },
        ],
        foreignKeys: [fk('event_id', 'events')],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'panel_members',
        columns: [c.id(), c.uuid('round_id'), c.uuid('user_id'), c.createdAt()],
        uniques: [{ name: 'panel_members_once', columnNames: ['round_id', 'user_id'] }],
        foreignKeys: [fk('round_id', 'rounds'), fk('user_id', 'users')],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'assignments',
        columns: [c.id(), c.uuid('round_id'), c.uuid('juror_id'), c.uuid('submission_id'), c.createdAt()],
        uniques: [{ name: 'assignments_once', columnNames: ['round_id', 'juror_id', 'submission_id'] }],
        foreignKeys: [fk('round_id', 'rounds'), fk('juror_id', 'users'), fk('submission_id', 'submissions')],
        indices: [{ columnNames: ['juror_id'] }],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'conflicts',
        columns: [
          c.id(),
          c.uuid('event_id'),
          c.uuid('juror_id'),
          c.uuid('submission_id'),
          c.string('reason', 500, { default: "''" }),
          c.createdAt(),
        ],
        uniques: [{ name: 'conflicts_once', columnNames: ['juror_id', 'submission_id'] }],
        foreignKeys: [fk('event_id', 'events'), fk('juror_id', 'users'), fk('submission_id', 'submissions')],
        indices: [{ columnNames: ['event_id'] }],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'scores',
        columns: [
          c.id(),
          c.uuid('round_id'),
          c.uuid('juror_id'),
          c.uuid('submission_id'),
          c.string('criterion_key', 40),
          real('value'),
          c.createdAt('updated_at'),
        ],
        // One value per juror, submission and criterion: saving again replaces it (idempotent upsert).
        uniques: [{ name: 'scores_once', columnNames: ['round_id', 'juror_id', 'submission_id', 'criterion_key'] }],
        foreignKeys: [fk('round_id', 'rounds'), fk('juror_id', 'users'), fk('submission_id', 'submissions')],
        indices: [{ columnNames: ['submission_id'] }],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'review_comments',
        columns: [
          c.id(),
          c.uuid('round_id'),
          c.uuid('juror_id'),
          c.uuid('submission_id'),
          c.text('comment'),
          c.createdAt('updated_at'),
        ],
        uniques: [{ name: 'review_comments_once', columnNames: ['round_id', 'juror_id', 'submission_id'] }],
        foreignKeys: [fk('round_id', 'rounds'), fk('juror_id', 'users'), fk('submission_id', 'submissions')],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'pairwise_votes',
        columns: [
          c.id(),
          c.uuid('round_id'),
          c.uuid('juror_id'),
          c.uuid('winner_id', true),
          c.uuid('loser_id', true),
          c.uuid('skipped_id', true),
          c.integer('sequence'),
          c.createdAt(),
        ],
        // Votes replay in sequence order to rebuild the model; a skip has only skipped_id.
        uniques: [{ name: 'pairwise_votes_sequence', columnNames: ['round_id', 'sequence'] }],
        checks: [
          {
            name: 'pairwise_votes_shape',
            expression:
              '(winner_id IS NOT NULL AND loser_id IS NOT NULL AND skipped_id IS NULL) OR (winner_id IS NULL AND loser_id IS NULL AND skipped_id IS NOT NULL)',
          },
        ],
        foreignKeys: [
          fk('round_id', 'rounds'),
          fk('juror_id', 'users'),
          fk('winner_id', 'submissions'),
          fk('loser_id', 'submissions'),
          fk('skipped_id', 'submissions'),
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'audience_votes',
        columns: [
          c.id(),
          c.uuid('event_id'),
          c.uuid('challenge_id'),
          c.uuid('user_id'),
          c.uuid('submission_id'),
          c.createdAt('updated_at'),
        ],
        uniques: [{ name: 'audience_votes_one_per_challenge', columnNames: ['challenge_id', 'user_id'] }],
        foreignKeys: [
          fk('event_id', 'events'),
          fk('challenge_id', 'challenges'),
          fk('user_id', 'users'),
          fk('submission_id', 'submissions'),
        ],
        indices: [{ columnNames: ['event_id'] }],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'leaderboard_snapshots',
        columns: [
          c.id(),
          c.uuid('event_id'),
          c.uuid('round_id', true),
          c.string('kind', 16),
          c.integer('version'),
          c.text('payload'),
          c.uuid('created_by', true),
          c.createdAt(),
        ],
        checks: [{ name: 'leaderboard_snapshots_kind', expression: "kind IN ('frozen', 'published')" }],
        foreignKeys: [fk('event_id', 'events'), fk('round_id', 'rounds'), fk('created_by', 'users', 'SET NULL')],
        indices: [{ columnNames: ['event_id', 'kind'] }],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of [
      'leaderboard_snapshots',
      'audience_votes',
      'pairwise_votes',
      'review_comments',
      'scores',
      'conflicts',
      'assignments',
      'panel_members',
      'criteria',
      'round_entries',
      'rounds',
    ]) {
      await queryRunner.dropTable(table);
    }
    for (const column of ['leaderboard_frozen_at', 'leaderboard_version', 'score_normalization'])
      await queryRunner.dropColumn('events', column);
  }
}

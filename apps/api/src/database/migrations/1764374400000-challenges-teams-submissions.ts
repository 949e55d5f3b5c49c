import { type MigrationInterface, type QueryRunner, Table } from 'typeorm';
import { PortableColumns } from '../migration-columns.js';

/** Challenges with their open data sets, teams with members, and submissions with their revisions. */
export class ChallengesTeamsSubmissions1764374400000 implements MigrationInterface {
  name = 'ChallengesTeamsSubmissions1764374400000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const c = new PortableColumns(queryRunner);
    const fk = (column: string, table: string, onDelete: 'CASCADE' | 'SET NULL' | 'RESTRICT' = 'CASCADE') => ({
      columnNames: [column],
      referencedTableName: table,
      referencedColumnNames: ['id'],
      onDelete,
    });

    await queryRunner.createTable(
      new Table({
        name: 'challenges',
        columns: [
          c.id(),
          c.uuid('event_id'),
          c.uuid('organization_id'),
          c.string('title', 200),
          c.text('description', { default: "''" }),
          c.text('prizes', { default: "''" }),
          c.string('contact_name', 100, { default: "''" }),
          c.string('contact_email', 254, { isNullable: true }),
          c.uuid('created_by', true),
          c.createdAt(),
          c.createdAt('updated_at'),
        ],
        foreignKeys: [
          fk('event_id', 'events'),
          fk('organization_id', 'organizations', 'RESTRICT'),
          fk('created_by', 'users', 'SET NULL'),
        ],
        indices: [{ columnNames: ['event_id'] }, { columnNames: ['organization_id'] }],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'datasets',
        columns: [
          c.id(),
          c.uuid('challenge_id'),
          c.string('title', 200),
          c.string('url', 2000),
          c.string('format', 50, { default: "''" }),
          c.string('licence', 100, { default: "''" }),
          c.integer('position', { default: 0 }),
        ],
        foreignKeys: [fk('challenge_id', 'challenges')],
        indices: [{ columnNames: ['challenge_id'] }],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'teams',
        columns: [
          c.id(),
          c.uuid('event_id'),
          c.string('name', 100),
          c.string('invite_code', 32, { isUnique: true }),
          c.uuid('captain_id', true),
          c.integer('max_size'),
          c.integer('member_count', { default: 0 }),
          c.createdAt(),
        ],
        uniques: [{ name: 'teams_name_per_event', columnNames: ['event_id', 'name'] }],
        // The size limit lives in the row itself, so no two concurrent joins can push a team past it.
        checks: [
          { name: 'teams_size_limit', expression: 'member_count >= 0 AND member_count <= max_size' },
          { name: 'teams_max_size', expression: 'max_size BETWEEN 1 AND 50' },
        ],
        foreignKeys: [fk('event_id', 'events'), fk('captain_id', 'users', 'SET NULL')],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'team_members',
        columns: [c.id(), c.uuid('team_id'), c.uuid('event_id'), c.uuid('user_id'), c.createdAt('joined_at')],
        uniques: [
          // One team per person per event, enforced by the database.
          { name: 'team_members_one_team_per_event', columnNames: ['event_id', 'user_id'] },
        ],
        foreignKeys: [fk('team_id', 'teams'), fk('event_id', 'events'), fk('user_id', 'users')],
        indices: [{ columnNames: ['team_id'] }],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'submissions',
        columns: [
          c.id(),
          c.uuid('event_id'),
          c.uuid('team_id'),
          c.uuid('challenge_id'),
          c.string('title', 200),
          c.string('summary', 500, { default: "''" }),
          c.text('description', { default: "''" }),
          c.string('repository_url', 2000, { isNullable: true }),
          c.string('demo_url', 2000, { isNullable: true }),
          c.string('video_url', 2000, { isNullable: true }),
          c.text('images', { default: "'[]'" }),
          c.string('status', 16, { default: "'draft'" }),
          c.integer('version', { default: 1 }),
          c.timestamp('submitted_at', true),
          c.createdAt(),
          c.createdAt('updated_at'),
        ],
        uniques: [{ name: 'submissions_one_per_team_and_challenge', columnNames: ['team_id', 'challenge_id'] }],
        checks: [{ name: 'submissions_status', expression: "status IN ('draft', 'submitted')" }],
        foreignKeys: [fk('event_id', 'events'), fk('team_id', 'teams'), fk('challenge_id', 'challenges', 'RESTRICT')],
        indices: [{ columnNames: ['event_id'] }, { columnNames: ['challenge_id'] }],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'submission_datasets',
        columns: [
          c.id(),
          c.uuid('submission_id'),
          c.uuid('dataset_id', true),
          c.string('title', 200),
          c.string('url', 2000, { isNullable: true }),
        ],
        foreignKeys: [fk('submission_id', 'submissions'), fk('dataset_id', 'datasets', 'SET NULL')],
        indices: [{ columnNames: ['submission_id'] }],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'submission_revisions',
        columns: [
          c.id(),
          c.uuid('submission_id'),
          c.integer('version'),
          c.text('snapshot'),
          c.uuid('author_id', true),
          c.createdAt(),
        ],
        uniques: [{ name: 'submission_revisions_version', columnNames: ['submission_id', 'version'] }],
        foreignKeys: [fk('submission_id', 'submissions'), fk('author_id', 'users', 'SET NULL')],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of [
      'submission_revisions',
      'submission_datasets',
      'submissions',
      'team_members',
      'teams',
      'datasets',
      'challenges',
    ]) {
      await queryRunner.dropTable(table);
    }
  }
}

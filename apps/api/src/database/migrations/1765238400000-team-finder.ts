import { type MigrationInterface, type QueryRunner, Table, type TableForeignKeyOptions } from 'typeorm';
import { PortableColumns } from '../migration-columns.js';

const fk = (column: string, table: string, onDelete: 'CASCADE' | 'SET NULL' = 'CASCADE'): TableForeignKeyOptions => ({
  columnNames: [column],
  referencedTableName: table,
  referencedColumnNames: ['id'],
  onDelete,
});

/** Team finder: the event's skill list, participant profiles, teams' listings and join requests. */
export class TeamFinder1765238400000 implements MigrationInterface {
  name = 'TeamFinder1765238400000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const c = new PortableColumns(queryRunner);
    await queryRunner.createTable(
      new Table({
        name: 'finder_settings',
        columns: [c.id(), c.uuid('event_id'), c.text('skills', { default: "'[]'" }), c.createdAt('updated_at')],
        uniques: [{ name: 'finder_settings_one_per_event', columnNames: ['event_id'] }],
        foreignKeys: [fk('event_id', 'events')],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'participant_profiles',
        columns: [
          c.id(),
          c.uuid('event_id'),
          c.uuid('user_id'),
          c.text('skills', { default: "'[]'" }),
          c.text('tags', { default: "'[]'" }),
          c.text('bio', { default: "''" }),
          c.text('languages', { default: "'[]'" }),
          c.boolean('looking_for_team', false),
          c.text('wants_to_work_on', { default: "''" }),
          c.text('challenge_ids', { default: "'[]'" }),
          c.createdAt('updated_at'),
        ],
        uniques: [{ name: 'participant_profiles_one_per_event', columnNames: ['event_id', 'user_id'] }],
        foreignKeys: [fk('event_id', 'events'), fk('user_id', 'users')],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'team_listings',
        columns: [
          c.id(),
          c.uuid('team_id'),
          c.uuid('event_id'),
          c.boolean('looking_for_members', false),
          c.text('wanted_skills', { default: "'[]'" }),
          c.text('pitch', { default: "''" }),
          c.text('challenge_ids', { default: "'[]'" }),
          c.createdAt('updated_at'),
        ],
        uniques: [{ name: 'team_listings_one_per_team', columnNames: ['team_id'] }],
        foreignKeys: [fk('team_id', 'teams'), fk('event_id', 'events')],
        indices: [{ columnNames: ['event_id'] }],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'join_requests',
        columns: [
          c.id(),
          c.uuid('event_id'),
          c.uuid('team_id'),
          c.uuid('user_id'),
          c.string('kind', 16),
          c.string('status', 16),
          c.text('message', { default: "''" }),
          c.uuid('created_by', true),
          c.uuid('decided_by', true),
          c.createdAt(),
          c.timestamp('decided_at', true),
        ],
        // One thread per person and team: asking again reopens it.
        uniques: [{ name: 'join_requests_one_per_team_and_user', columnNames: ['team_id', 'user_id'] }],
        checks: [
          { name: 'join_requests_kind', expression: "kind IN ('request', 'invitation')" },
          { name: 'join_requests_status', expression: "status IN ('pending', 'accepted', 'declined', 'withdrawn')" },
        ],
        foreignKeys: [
          fk('event_id', 'events'),
          fk('team_id', 'teams'),
          fk('user_id', 'users'),
          fk('created_by', 'users', 'SET NULL'),
          fk('decided_by', 'users', 'SET NULL'),
        ],
        indices: [{ columnNames: ['event_id', 'user_id'] }],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['join_requests', 'team_listings', 'participant_profiles', 'finder_settings']) {
      await queryRunner.dropTable(table);
    }
  }
}

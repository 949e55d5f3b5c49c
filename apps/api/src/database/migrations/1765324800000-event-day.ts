import { type MigrationInterface, type QueryRunner, Table } from 'typeorm';
import { PortableColumns } from '../migration-columns.js';

/** The event day: the schedule of sessions. */
export class EventDay1765324800000 implements MigrationInterface {
  name = 'EventDay1765324800000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const c = new PortableColumns(queryRunner);
    await queryRunner.createTable(
      new Table({
        name: 'schedule_sessions',
        columns: [
          c.id(),
          c.uuid('event_id'),
          c.string('kind', 16),
          c.string('title', 200),
          c.text('description', { isNullable: true }),
          c.timestamp('starts_at'),
          c.timestamp('ends_at'),
          c.string('place', 200, { isNullable: true }),
          c.string('stream_url', 500, { isNullable: true }),
          c.string('speaker', 200, { isNullable: true }),
          c.string('language', 2, { isNullable: true }),
          c.string('audience', 16, { default: "'everyone'" }),
          c.createdAt(),
          c.createdAt('updated_at'),
        ],
        checks: [
          { name: 'schedule_sessions_kind', expression: "kind IN ('talk', 'workshop', 'meal', 'deadline', 'other')" },
          { name: 'schedule_sessions_audience', expression: "audience IN ('everyone', 'members')" },
          { name: 'schedule_sessions_span', expression: 'ends_at >= starts_at' },
        ],
        foreignKeys: [
          {
            columnNames: ['event_id'],
            referencedTableName: 'events',
            referencedColumnNames: ['id'],
            onDelete: 'CASCADE',
          },
        ],
        indices: [{ columnNames: ['event_id', 'starts_at'] }],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('schedule_sessions');
  }
}

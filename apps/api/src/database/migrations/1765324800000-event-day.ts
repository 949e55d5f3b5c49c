import { type MigrationInterface, type QueryRunner, Table, TableCheck } from 'typeorm';
import { PortableColumns } from '../migration-columns.js';

const ROLES_BEFORE = "'organizer', 'agency', 'jury', 'participant'";
const INVITED_BEFORE = "'organizer', 'agency', 'jury'";
const DAY_ROLES = "'volunteer', 'mentor'";

/**
 * The event day: the schedule of sessions; the per-event roles `volunteer` (check-in only) and
 * `mentor`, which organizers can also invite; one check-in per person and event.
 */
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
    await replaceCheck(queryRunner, 'event_roles', 'event_roles_role', `role IN (${ROLES_BEFORE}, ${DAY_ROLES})`);
    await replaceCheck(queryRunner, 'invitations', 'invitations_role', `role IN (${INVITED_BEFORE}, ${DAY_ROLES})`);
    await queryRunner.createTable(
      new Table({
        name: 'check_ins',
        columns: [c.id(), c.uuid('event_id'), c.uuid('user_id'), c.uuid('checked_in_by', true), c.createdAt()],
        // Two volunteers scanning the same ticket at once record one check-in: the database says which.
        uniques: [{ name: 'check_ins_one_per_person', columnNames: ['event_id', 'user_id'] }],
        foreignKeys: [
          {
            columnNames: ['event_id'],
            referencedTableName: 'events',
            referencedColumnNames: ['id'],
            onDelete: 'CASCADE',
          },
          {
            columnNames: ['user_id'],
            referencedTableName: 'users',
            referencedColumnNames: ['id'],
            onDelete: 'CASCADE',
          },
          {
            columnNames: ['checked_in_by'],
            referencedTableName: 'users',
            referencedColumnNames: ['id'],
            onDelete: 'SET NULL',
          },
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('check_ins');
    await queryRunner.query(`DELETE FROM invitations WHERE role IN (${DAY_ROLES})`);
    await queryRunner.query(`DELETE FROM event_roles WHERE role IN (${DAY_ROLES})`);
    await replaceCheck(queryRunner, 'invitations', 'invitations_role', `role IN (${INVITED_BEFORE})`);
    await replaceCheck(queryRunner, 'event_roles', 'event_roles_role', `role IN (${ROLES_BEFORE})`);
    await queryRunner.dropTable('schedule_sessions');
  }
}

async function replaceCheck(queryRunner: QueryRunner, table: string, name: string, expression: string): Promise<void> {
  await queryRunner.dropCheckConstraint(table, name);
  await queryRunner.createCheckConstraint(table, new TableCheck({ name, expression }));
}

import { type MigrationInterface, type QueryRunner, Table, TableCheck } from 'typeorm';
import { PortableColumns } from '../migration-columns.js';

const ROLES_BEFORE = "'organizer', 'agency', 'jury', 'participant'";
const INVITED_BEFORE = "'organizer', 'agency', 'jury'";
const DAY_ROLES = "'volunteer', 'mentor'";

/**
 * The event day: the schedule of sessions; the per-event roles `volunteer` (check-in only) and
 * `mentor`, which organizers can also invite; one check-in per person and event; mentors' skills
 * and time slots, teams' bookings (one per slot) and the help queue.
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
    const cascade = (column: string, table: string) => ({
      columnNames: [column],
      referencedTableName: table,
      referencedColumnNames: ['id'],
      onDelete: 'CASCADE',
    });
    const setNull = (column: string) => ({
      columnNames: [column],
      referencedTableName: 'users',
      referencedColumnNames: ['id'],
      onDelete: 'SET NULL',
    });
    await queryRunner.createTable(
      new Table({
        name: 'mentor_profiles',
        columns: [c.id(), c.uuid('event_id'), c.uuid('user_id'), c.text('skills', { default: "''" }), c.createdAt()],
        uniques: [{ name: 'mentor_profiles_one_per_event', columnNames: ['event_id', 'user_id'] }],
        foreignKeys: [cascade('event_id', 'events'), cascade('user_id', 'users')],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'mentor_slots',
        columns: [
          c.id(),
          c.uuid('event_id'),
          c.uuid('mentor_id'),
          c.timestamp('starts_at'),
          c.timestamp('ends_at'),
          c.createdAt(),
        ],
        checks: [{ name: 'mentor_slots_span', expression: 'ends_at > starts_at' }],
        foreignKeys: [cascade('event_id', 'events'), cascade('mentor_id', 'users')],
        indices: [{ columnNames: ['event_id', 'starts_at'] }],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'mentor_bookings',
        columns: [
          c.id(),
          // No double booking: one booking per slot, whoever asks at the same moment.
          c.uuid('slot_id'),
          c.uuid('team_id'),
          c.uuid('booked_by', true),
          c.string('topic', 200),
          c.createdAt(),
        ],
        uniques: [{ name: 'mentor_bookings_one_per_slot', columnNames: ['slot_id'] }],
        foreignKeys: [cascade('slot_id', 'mentor_slots'), cascade('team_id', 'teams'), setNull('booked_by')],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'help_requests',
        columns: [
          c.id(),
          c.uuid('event_id'),
          c.uuid('team_id'),
          c.uuid('asked_by', true),
          c.string('topic', 200),
          c.string('status', 16, { default: "'waiting'" }),
          c.uuid('mentor_id', true),
          c.createdAt(),
          c.timestamp('closed_at', true),
        ],
        checks: [{ name: 'help_requests_status', expression: "status IN ('waiting', 'claimed', 'done', 'cancelled')" }],
        foreignKeys: [
          cascade('event_id', 'events'),
          cascade('team_id', 'teams'),
          setNull('asked_by'),
          setNull('mentor_id'),
        ],
        indices: [
          { columnNames: ['event_id', 'status', 'created_at'] },
          // A mentor helps one team at a time; a team has one open request.
          {
            name: 'help_requests_one_per_mentor',
            columnNames: ['mentor_id'],
            isUnique: true,
            where: "status = 'claimed'",
          },
          {
            name: 'help_requests_one_open_per_team',
            columnNames: ['team_id'],
            isUnique: true,
            where: "status IN ('waiting', 'claimed')",
          },
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('help_requests');
    await queryRunner.dropTable('mentor_bookings');
    await queryRunner.dropTable('mentor_slots');
    await queryRunner.dropTable('mentor_profiles');
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

import { type MigrationInterface, type QueryRunner, Table, TableColumn } from 'typeorm';
import { PortableColumns } from '../migration-columns.js';

/** Accounts, sessions, organizations, per-event roles, invitations, announcements and the audit log. */
export class AccountsAndAccess1764288000000 implements MigrationInterface {
  name = 'AccountsAndAccess1764288000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const c = new PortableColumns(queryRunner);
    await queryRunner.addColumns('events', [
      new TableColumn(c.boolean('require_catalogue_dataset', false)),
      new TableColumn(c.uuid('created_by', true)),
    ]);
    await queryRunner.createTable(
      new Table({
        name: 'users',
        columns: [
          c.id(),
          c.string('email', 254, { isNullable: true, isUnique: true }),
          c.string('password_hash', 200, { isNullable: true }),
          c.string('display_name', 100),
          c.string('language', 2, { default: "'sv'" }),
          c.boolean('is_admin', false),
          c.createdAt(),
          c.timestamp('erased_at', true),
        ],
        checks: [{ name: 'users_language', expression: "language IN ('sv', 'en')" }],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'sessions',
        columns: [
          c.id(),
          c.uuid('user_id'),
          c.string('token_hash', 64, { isUnique: true }),
          c.timestamp('expires_at'),
          c.timestamp('revoked_at', true),
          c.createdAt(),
        ],
        foreignKeys: [
          {
            columnNames: ['user_id'],
            referencedTableName: 'users',
            referencedColumnNames: ['id'],
            onDelete: 'CASCADE',
          },
        ],
        indices: [{ columnNames: ['user_id'] }],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'organizations',
        columns: [
          c.id(),
          c.string('name', 200, { isUnique: true }),
          c.string('kind', 32),
          c.string('website', 500, { isNullable: true }),
          c.createdAt(),
          c.createdAt('updated_at'),
        ],
        checks: [
          {
            name: 'organizations_kind',
            expression: "kind IN ('municipality', 'national-agency', 'region', 'company', 'other')",
          },
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'event_roles',
        columns: [
          c.id(),
          c.uuid('event_id'),
          c.uuid('user_id'),
          c.string('role', 16),
          c.uuid('organization_id', true),
          c.createdAt(),
        ],
        uniques: [{ name: 'event_roles_once', columnNames: ['event_id', 'user_id', 'role'] }],
        checks: [
          { name: 'event_roles_role', expression: "role IN ('organizer', 'agency', 'jury', 'participant')" },
          { name: 'event_roles_agency_org', expression: "(role = 'agency') = (organization_id IS NOT NULL)" },
        ],
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
            columnNames: ['organization_id'],
            referencedTableName: 'organizations',
            referencedColumnNames: ['id'],
            onDelete: 'RESTRICT',
          },
        ],
        indices: [{ columnNames: ['user_id'] }],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'invitations',
        columns: [
          c.id(),
          c.uuid('event_id'),
          c.string('email', 254),
          c.string('role', 16),
          c.uuid('organization_id', true),
          c.string('token_hash', 64, { isUnique: true }),
          c.timestamp('expires_at'),
          c.uuid('created_by', true),
          c.uuid('accepted_by', true),
          c.timestamp('accepted_at', true),
          c.createdAt(),
        ],
        checks: [
          { name: 'invitations_role', expression: "role IN ('organizer', 'agency', 'jury')" },
          { name: 'invitations_agency_org', expression: "(role = 'agency') = (organization_id IS NOT NULL)" },
        ],
        foreignKeys: [
          {
            columnNames: ['event_id'],
            referencedTableName: 'events',
            referencedColumnNames: ['id'],
            onDelete: 'CASCADE',
          },
          {
            columnNames: ['organization_id'],
            referencedTableName: 'organizations',
            referencedColumnNames: ['id'],
            onDelete: 'CASCADE',
          },
          {
            columnNames: ['created_by'],
            referencedTableName: 'users',
            referencedColumnNames: ['id'],
            onDelete: 'SET NULL',
          },
          {
            columnNames: ['accepted_by'],
            referencedTableName: 'users',
            referencedColumnNames: ['id'],
            onDelete: 'SET NULL',
          },
        ],
        indices: [{ columnNames: ['event_id'] }],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'announcements',
        columns: [c.id(), c.uuid('event_id'), c.uuid('author_id', true), c.text('body'), c.createdAt()],
        foreignKeys: [
          {
            columnNames: ['event_id'],
            referencedTableName: 'events',
            referencedColumnNames: ['id'],
            onDelete: 'CASCADE',
          },
          {
            columnNames: ['author_id'],
            referencedTableName: 'users',
            referencedColumnNames: ['id'],
            onDelete: 'SET NULL',
          },
        ],
        indices: [{ columnNames: ['event_id', 'created_at'] }],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'audit_entries',
        columns: [
          c.id(),
          c.uuid('event_id', true),
          c.uuid('actor_id', true),
          c.string('action', 64),
          c.string('target_type', 32),
          c.string('target_id', 64, { isNullable: true }),
          c.text('details', { default: "'{}'" }),
          c.createdAt(),
        ],
        foreignKeys: [
          {
            columnNames: ['event_id'],
            referencedTableName: 'events',
            referencedColumnNames: ['id'],
            onDelete: 'CASCADE',
          },
          {
            columnNames: ['actor_id'],
            referencedTableName: 'users',
            referencedColumnNames: ['id'],
            onDelete: 'SET NULL',
          },
        ],
        indices: [{ columnNames: ['event_id', 'created_at'] }],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of [
      'audit_entries',
      'announcements',
      'invitations',
      'event_roles',
      'organizations',
      'sessions',
      'users',
    ]) {
      await queryRunner.dropTable(table);
    }
    await queryRunner.dropColumn('events', 'created_by');
    await queryRunner.dropColumn('events', 'require_catalogue_dataset');
  }
}

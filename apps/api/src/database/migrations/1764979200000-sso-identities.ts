import { type MigrationInterface, type QueryRunner, Table, TableColumn } from 'typeorm';
import { PortableColumns } from '../migration-columns.js';

/**
 * OpenID Connect single sign-on: identities at providers linked to accounts, the provider a
 * session was signed in with (kept through refresh, for events that require it), and the roles an
 * event requires a provider for.
 */
export class SsoIdentities1764979200000 implements MigrationInterface {
  name = 'SsoIdentities1764979200000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const c = new PortableColumns(queryRunner);
    await queryRunner.createTable(
      new Table({
        name: 'sso_identities',
        columns: [
          c.id(),
          c.uuid('user_id'),
          c.string('provider_id', 32),
          c.string('subject', 255),
          c.string('email', 254, { isNullable: true }),
          c.boolean('email_verified', false),
          c.createdAt(),
          c.timestamp('last_sign_in_at', true),
        ],
        foreignKeys: [
          {
            columnNames: ['user_id'],
            referencedTableName: 'users',
            referencedColumnNames: ['id'],
            onDelete: 'CASCADE',
          },
        ],
        indices: [
          { name: 'sso_identities_subject', columnNames: ['provider_id', 'subject'], isUnique: true },
          { name: 'sso_identities_user_provider', columnNames: ['user_id', 'provider_id'], isUnique: true },
        ],
      }),
    );
    await queryRunner.addColumns('sessions', [
      new TableColumn(c.string('sso_provider_id', 32, { isNullable: true })),
      new TableColumn(c.timestamp('sso_signed_in_at', true)),
    ]);
    await queryRunner.createTable(
      new Table({
        name: 'event_sso_requirements',
        columns: [
          { ...c.uuid('event_id'), isPrimary: true },
          { ...c.string('role', 16), isPrimary: true },
          c.string('provider_id', 32),
          c.createdAt(),
        ],
        checks: [{ name: 'event_sso_requirements_role', expression: "role IN ('jury', 'agency')" }],
        foreignKeys: [
          {
            columnNames: ['event_id'],
            referencedTableName: 'events',
            referencedColumnNames: ['id'],
            onDelete: 'CASCADE',
          },
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('event_sso_requirements');
    await queryRunner.dropColumns('sessions', ['sso_signed_in_at', 'sso_provider_id']);
    await queryRunner.dropTable('sso_identities');
  }
}

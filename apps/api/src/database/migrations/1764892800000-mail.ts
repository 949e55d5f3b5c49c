import { type MigrationInterface, type QueryRunner, Table, TableColumn } from 'typeorm';
import { PortableColumns } from '../migration-columns.js';

/**
 * Mail: the outbox every mail leaves through, single-use account tokens (password reset, address
 * verification, change of address), organizers' messages, verified addresses and per-person opt-outs.
 */
export class Mail1764892800000 implements MigrationInterface {
  name = 'Mail1764892800000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const c = new PortableColumns(queryRunner);
    await queryRunner.addColumns('users', [
      new TableColumn(c.timestamp('email_verified_at', true)),
      new TableColumn(c.string('mail_opt_outs', 200, { default: "''" })),
    ]);
    await queryRunner.addColumns('events', [new TableColumn(c.boolean('require_verified_email', false))]);
    await queryRunner.addColumns('announcements', [new TableColumn(c.integer('emailed_to', { isNullable: true }))]);
    await queryRunner.createTable(
      new Table({
        name: 'account_tokens',
        columns: [
          c.id(),
          c.uuid('user_id'),
          c.string('purpose', 16),
          c.string('token_hash', 64, { isUnique: true }),
          c.string('new_email', 254, { isNullable: true }),
          c.timestamp('expires_at'),
          c.timestamp('used_at', true),
          c.createdAt(),
        ],
        checks: [
          {
            name: 'account_tokens_purpose',
            expression: "purpose IN ('password-reset', 'verify-email', 'change-email')",
          },
        ],
        foreignKeys: [
          {
            columnNames: ['user_id'],
            referencedTableName: 'users',
            referencedColumnNames: ['id'],
            onDelete: 'CASCADE',
          },
        ],
        indices: [{ columnNames: ['user_id', 'purpose'] }],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'organizer_messages',
        columns: [
          c.id(),
          c.uuid('event_id'),
          c.uuid('sender_id', true),
          c.string('segment', 32),
          c.uuid('challenge_id', true),
          c.string('subject', 200),
          c.text('body'),
          c.integer('recipients'),
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
            columnNames: ['sender_id'],
            referencedTableName: 'users',
            referencedColumnNames: ['id'],
            onDelete: 'SET NULL',
          },
          {
            columnNames: ['challenge_id'],
            referencedTableName: 'challenges',
            referencedColumnNames: ['id'],
            onDelete: 'SET NULL',
          },
        ],
        indices: [{ columnNames: ['event_id', 'created_at'] }],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'outbox_mails',
        columns: [
          c.id(),
          c.string('template', 64),
          c.string('topic', 32, { isNullable: true }),
          c.uuid('event_id', true),
          c.uuid('message_id', true),
          c.uuid('recipient_id', true),
          c.string('to_address', 254),
          c.string('language', 2),
          c.string('subject', 300),
          c.text('text'),
          c.text('html'),
          c.text('headers', { default: "'{}'" }),
          c.text('attachments', { default: "'[]'" }),
          c.string('status', 16, { default: "'pending'" }),
          c.integer('attempts', { default: 0 }),
          c.timestamp('next_attempt_at'),
          c.timestamp('claimed_until', true),
          c.string('last_error', 500, { isNullable: true }),
          c.timestamp('sent_at', true),
          // Mails that must go once only (a reminder per deadline, a notice per publication) carry a key.
          c.string('dedupe_key', 200, { isNullable: true, isUnique: true }),
          c.createdAt(),
        ],
        checks: [{ name: 'outbox_mails_status', expression: "status IN ('pending', 'sending', 'sent', 'failed')" }],
        foreignKeys: [
          {
            columnNames: ['event_id'],
            referencedTableName: 'events',
            referencedColumnNames: ['id'],
            onDelete: 'CASCADE',
          },
          {
            columnNames: ['message_id'],
            referencedTableName: 'organizer_messages',
            referencedColumnNames: ['id'],
            onDelete: 'CASCADE',
          },
          {
            columnNames: ['recipient_id'],
            referencedTableName: 'users',
            referencedColumnNames: ['id'],
            onDelete: 'SET NULL',
          },
        ],
        indices: [
          { columnNames: ['status', 'next_attempt_at'] },
          { columnNames: ['event_id', 'status'] },
          { columnNames: ['recipient_id'] },
          { columnNames: ['message_id'] },
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('outbox_mails');
    await queryRunner.dropTable('organizer_messages');
    await queryRunner.dropTable('account_tokens');
    await queryRunner.dropColumn('announcements', 'emailed_to');
    await queryRunner.dropColumn('events', 'require_verified_email');
    await queryRunner.dropColumns('users', ['mail_opt_outs', 'email_verified_at']);
  }
}

import { type MigrationInterface, type QueryRunner, Table } from 'typeorm';
import { PortableColumns } from '../migration-columns.js';

/** Uploaded project screenshots; the files themselves live in the image storage. */
export class SubmissionImages1765238400001 implements MigrationInterface {
  name = 'SubmissionImages1765238400001';

  async up(queryRunner: QueryRunner): Promise<void> {
    const c = new PortableColumns(queryRunner);
    await queryRunner.createTable(
      new Table({
        name: 'submission_images',
        columns: [
          c.id(),
          c.uuid('event_id'),
          c.uuid('submission_id'),
          c.integer('position'),
          c.text('alt'),
          c.string('content_hash', 32),
          c.integer('width'),
          c.integer('height'),
          c.text('widths'),
          c.uuid('uploaded_by', true),
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
            columnNames: ['submission_id'],
            referencedTableName: 'submissions',
            referencedColumnNames: ['id'],
            onDelete: 'CASCADE',
          },
          {
            columnNames: ['uploaded_by'],
            referencedTableName: 'users',
            referencedColumnNames: ['id'],
            onDelete: 'SET NULL',
          },
        ],
        indices: [{ columnNames: ['submission_id'] }],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('submission_images');
  }
}

import { type MigrationInterface, type QueryRunner, Table } from 'typeorm';
import { PortableColumns } from '../migration-columns.js';

/** Event banners, organization logos and team avatars; the files live in the image storage. */
export class Pictures1765238400002 implements MigrationInterface {
  name = 'Pictures1765238400002';

  async up(queryRunner: QueryRunner): Promise<void> {
    const c = new PortableColumns(queryRunner);
    await queryRunner.createTable(
      new Table({
        name: 'pictures',
        columns: [
          c.id(),
          c.string('kind', 32),
          c.uuid('owner_id'),
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
            columnNames: ['uploaded_by'],
            referencedTableName: 'users',
            referencedColumnNames: ['id'],
            onDelete: 'SET NULL',
          },
        ],
        indices: [{ name: 'pictures_one_per_owner', columnNames: ['kind', 'owner_id'], isUnique: true }],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('pictures');
  }
}

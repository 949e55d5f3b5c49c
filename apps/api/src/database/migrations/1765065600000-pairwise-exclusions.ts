import { type MigrationInterface, type QueryRunner, Table } from 'typeorm';
import { PortableColumns } from '../migration-columns.js';

/** Pairwise judging: jurors whose votes an organizer took out of a round's board. */
export class PairwiseExclusions1765065600000 implements MigrationInterface {
  name = 'PairwiseExclusions1765065600000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const c = new PortableColumns(queryRunner);
    await queryRunner.createTable(
      new Table({
        name: 'pairwise_exclusions',
        columns: [c.id(), c.uuid('round_id'), c.uuid('juror_id'), c.uuid('excluded_by', true), c.createdAt()],
        uniques: [{ name: 'pairwise_exclusions_one_per_juror', columnNames: ['round_id', 'juror_id'] }],
        foreignKeys: [
          {
            columnNames: ['round_id'],
            referencedTableName: 'rounds',
            referencedColumnNames: ['id'],
            onDelete: 'CASCADE',
          },
          {
            columnNames: ['juror_id'],
            referencedTableName: 'users',
            referencedColumnNames: ['id'],
            onDelete: 'CASCADE',
          },
          {
            columnNames: ['excluded_by'],
            referencedTableName: 'users',
            referencedColumnNames: ['id'],
            onDelete: 'SET NULL',
          },
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('pairwise_exclusions');
  }
}

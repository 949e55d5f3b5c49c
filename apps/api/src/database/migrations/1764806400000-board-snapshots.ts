import { type MigrationInterface, type QueryRunner, TableCheck, TableColumn, TableForeignKey } from 'typeorm';
import { PortableColumns } from '../migration-columns.js';

/**
 * Leaderboard snapshots of every kind of board: besides the rubric boards, a freeze and a
 * publication store each pairwise round's board and the audience-vote boards (the event's and one
 * per challenge), so the public sees them as they stood then.
 */
export class BoardSnapshots1764806400000 implements MigrationInterface {
  name = 'BoardSnapshots1764806400000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const c = new PortableColumns(queryRunner);
    await queryRunner.addColumns('leaderboard_snapshots', [
      new TableColumn(c.string('board', 16, { default: "'rubric'" })),
      new TableColumn(c.uuid('challenge_id', true)),
    ]);
    await queryRunner.createCheckConstraint(
      'leaderboard_snapshots',
      new TableCheck({
        name: 'leaderboard_snapshots_board',
        expression: "board IN ('rubric', 'pairwise', 'audience')",
      }),
    );
    await queryRunner.createForeignKey(
      'leaderboard_snapshots',
      new TableForeignKey({
        columnNames: ['challenge_id'],
        referencedTableName: 'challenges',
        referencedColumnNames: ['id'],
        onDelete: 'CASCADE',
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    const table = (await queryRunner.getTable('leaderboard_snapshots'))!;
    const foreignKey = table.foreignKeys.find((key) => key.columnNames.includes('challenge_id'));
    if (foreignKey) await queryRunner.dropForeignKey(table, foreignKey);
    await queryRunner.dropCheckConstraint(table, 'leaderboard_snapshots_board');
    await queryRunner.dropColumns(table, ['challenge_id', 'board']);
  }
}

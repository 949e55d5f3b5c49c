import { type MigrationInterface, type QueryRunner, Table } from 'typeorm';
import { PortableColumns } from '../migration-columns.js';

export class CreateEvents1764201600000 implements MigrationInterface {
  name = 'CreateEvents1764201600000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const c = new PortableColumns(queryRunner);
    await queryRunner.createTable(
      new Table({
        name: 'events',
        columns: [
          c.id(),
          c.string('slug', 80, { isUnique: true }),
          c.string('name', 200),
          c.string('tagline', 300, { default: "''" }),
          c.text('description', { default: "''" }),
          c.string('timezone', 64, { default: "'Europe/Stockholm'" }),
          c.timestamp('registration_opens_at'),
          c.timestamp('hacking_starts_at'),
          c.timestamp('submission_deadline'),
          c.timestamp('judging_ends_at'),
          c.timestamp('results_published_at', true),
          c.integer('max_team_size', { default: 5 }),
          c.string('judging_mode', 16, { default: "'rubric'" }),
          c.string('leaderboard_visibility', 32, { default: "'organizers-until-published'" }),
          c.boolean('audience_vote', true),
          c.boolean('is_public', false),
          c.createdAt(),
          c.createdAt('updated_at'),
        ],
        checks: [
          { name: 'events_team_size', expression: 'max_team_size BETWEEN 1 AND 50' },
          { name: 'events_judging_mode', expression: "judging_mode IN ('rubric', 'pairwise')" },
          {
            name: 'events_leaderboard_visibility',
            expression: "leaderboard_visibility IN ('live', 'organizers-until-published', 'frozen')",
          },
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('events');
  }
}

import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

export interface TeamAudience {
  teamId: string;
  teamName: string;
  memberIds: string[];
}

export interface JurorLoad {
  jurorId: string;
  assigned: number;
  unscored: number;
}

/**
 * Who a mail to a part of an event goes to. Read-only queries across the tables of roles, teams,
 * submissions and judging, following their foreign keys (like backup and privacy do): the mail
 * feature only needs ids, and a service call per team would cost a query per team.
 */
@Injectable()
export class MailAudienceRepository {
  async roleHolders(manager: EntityManager, eventId: string, roles: readonly string[]): Promise<string[]> {
    const p = placeholders(manager);
    const rows: { user_id: string }[] = await manager.query(
      `SELECT DISTINCT user_id FROM event_roles WHERE event_id = ${p(1)} AND role IN (${roles.map((_, i) => p(i + 2)).join(', ')})`,
      [eventId, ...roles],
    );
    return rows.map((row) => row.user_id);
  }

  /** Teams of the event with no submitted project (a draft does not count), with their members. */
  teamsWithoutSubmission(manager: EntityManager, eventId: string): Promise<TeamAudience[]> {
    const p = placeholders(manager);
    return this.teams(
      manager,
      `t.event_id = ${p(1)} AND NOT EXISTS (SELECT 1 FROM submissions s WHERE s.team_id = t.id AND s.status = 'submitted')`,
      [eventId],
    );
  }

  /** Teams with a project (draft or submitted) for the challenge. */
  challengeTeams(manager: EntityManager, eventId: string, challengeId: string): Promise<TeamAudience[]> {
    const p = placeholders(manager);
    return this.teams(
      manager,
      `t.event_id = ${p(1)} AND EXISTS (SELECT 1 FROM submissions s WHERE s.team_id = t.id AND s.challenge_id = ${p(2)})`,
      [eventId, challengeId],
    );
  }

  /** Each juror of the event with assignments: how many, and how many they have not scored at all yet. */
  async jurorLoads(manager: EntityManager, eventId: string): Promise<JurorLoad[]> {
    const p = placeholders(manager);
    const rows: { juror_id: string; assigned: string | number; unscored: string | number }[] = await manager.query(
      `SELECT a.juror_id,
              COUNT(*) AS assigned,
              SUM(CASE WHEN EXISTS (
                SELECT 1 FROM scores s
                WHERE s.round_id = a.round_id AND s.juror_id = a.juror_id AND s.submission_id = a.submission_id
              ) THEN 0 ELSE 1 END) AS unscored
       FROM assignments a JOIN rounds r ON r.id = a.round_id
       WHERE r.event_id = ${p(1)}
       GROUP BY a.juror_id`,
      [eventId],
    );
    return rows.map((row) => ({
      jurorId: row.juror_id,
      assigned: Number(row.assigned),
      unscored: Number(row.unscored),
    }));
  }

  async challengeInEvent(manager: EntityManager, eventId: string, challengeId: string): Promise<boolean> {
    const p = placeholders(manager);
    const rows: unknown[] = await manager.query(`SELECT 1 FROM challenges WHERE id = ${p(1)} AND event_id = ${p(2)}`, [
      challengeId,
      eventId,
    ]);
    return rows.length > 0;
  }

  private async teams(manager: EntityManager, where: string, parameters: unknown[]): Promise<TeamAudience[]> {
    const rows: { team_id: string; team_name: string; user_id: string }[] = await manager.query(
      `SELECT t.id AS team_id, t.name AS team_name, m.user_id
       FROM teams t JOIN team_members m ON m.team_id = t.id
       WHERE ${where}
       ORDER BY t.name, t.id`,
      parameters,
    );
    const teams = new Map<string, TeamAudience>();
    for (const row of rows) {
      const team = teams.get(row.team_id) ?? { teamId: row.team_id, teamName: row.team_name, memberIds: [] };
      team.memberIds.push(row.user_id);
      teams.set(row.team_id, team);
    }
    return [...teams.values()];
  }
}

/** `$1` on PostgreSQL, `?` on SQLite. */
function placeholders(manager: EntityManager): (index: number) => string {
  return manager.connection.options.type === 'postgres' ? (index) => `$${index}` : () => '?';
}

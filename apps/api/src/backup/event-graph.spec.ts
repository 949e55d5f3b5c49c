import {
  type DatabaseSchema,
  type ForeignKeyInfo,
  type TableInfo,
  eventGraph,
  topologicalOrder,
} from './event-graph.js';

const fk = (column: string, table: string, onDelete = 'CASCADE'): ForeignKeyInfo => ({
  column,
  table,
  referencedColumn: 'id',
  onDelete,
});

function schemaOf(tables: Record<string, ForeignKeyInfo[]>): DatabaseSchema {
  return new Map(
    Object.entries(tables).map(([name, foreignKeys]): [string, TableInfo] => [
      name,
      { name, columns: [], primaryKey: ['id'], foreignKeys, uniques: [] },
    ]),
  );
}

// The shape of the real schema: cascading chains to events, shared accounts and organizations.
const schema = schemaOf({
  events: [],
  users: [],
  sessions: [fk('user_id', 'users')],
  organizations: [],
  event_roles: [fk('event_id', 'events'), fk('user_id', 'users'), fk('organization_id', 'organizations', 'RESTRICT')],
  challenges: [fk('event_id', 'events'), fk('organization_id', 'organizations', 'RESTRICT')],
  datasets: [fk('challenge_id', 'challenges')],
  teams: [fk('event_id', 'events'), fk('captain_id', 'users', 'SET NULL')],
  submissions: [fk('event_id', 'events'), fk('team_id', 'teams'), fk('challenge_id', 'challenges', 'RESTRICT')],
  submission_revisions: [fk('submission_id', 'submissions'), fk('author_id', 'users', 'SET NULL')],
});

describe('eventGraph', () => {
  const graph = eventGraph(schema);
  const owned = graph.owned.map((table) => table.name);

  it('owns the tables that a chain of cascading foreign keys ties to events', () => {
    expect(new Set(owned)).toEqual(
      new Set(['events', 'event_roles', 'challenges', 'datasets', 'teams', 'submissions', 'submission_revisions']),
    );
  });

  it('shares the tables owned rows point to, and leaves out what only those point to', () => {
    expect(graph.shared).toEqual(['organizations', 'users']);
    expect(owned).not.toContain('sessions');
    expect(graph.shared).not.toContain('sessions');
  });

  it('lists parents before children, so a restore can insert in this order', () => {
    const before = (a: string, b: string) => expect(owned.indexOf(a)).toBeLessThan(owned.indexOf(b));
    expect(owned[0]).toBe('events');
    before('challenges', 'datasets');
    before('challenges', 'submissions');
    before('teams', 'submissions');
    before('submissions', 'submission_revisions');
  });

  it('finds the rows of a table through every cascading key that leads to the event', () => {
    const submissions = graph.owned.find((table) => table.name === 'submissions')!;
    expect(submissions.selectors).toEqual([
      { column: 'event_id', parent: 'events', parentColumn: 'id' },
      { column: 'team_id', parent: 'teams', parentColumn: 'id' },
    ]);
  });
});

describe('topologicalOrder', () => {
  it('still returns every table when foreign keys form a cycle', () => {
    const cyclic = schemaOf({ a: [fk('b_id', 'b')], b: [fk('a_id', 'a')], c: [] });
    expect(new Set(topologicalOrder(['a', 'b', 'c'], cyclic))).toEqual(new Set(['a', 'b', 'c']));
    expect(topologicalOrder(['a', 'b', 'c'], cyclic)[0]).toBe('c');
  });
});

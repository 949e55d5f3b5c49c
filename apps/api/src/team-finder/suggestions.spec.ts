import { rank, suggest, type PersonTraits, type TeamTraits } from './suggestions.js';

const person = (overrides: Partial<PersonTraits> = {}): PersonTraits => ({
  id: 'p1',
  name: 'Alva',
  skills: [],
  challengeIds: [],
  languages: [],
  ...overrides,
});
const team = (overrides: Partial<TeamTraits> = {}): TeamTraits => ({
  id: 't1',
  name: 'Alpha',
  missingSkills: [],
  challengeIds: [],
  languages: [],
  ...overrides,
});

describe('suggest', () => {
  it('scores a person covering one of two missing skills, a shared challenge and a shared language as 70', () => {
    // 0.6 × 1/2 + 0.3 × 1 + 0.1 × 1 = 0.7
    const s = suggest(
      person({ skills: ['Design', 'Go'], challengeIds: ['c1'], languages: ['sv'] }),
      team({ missingSkills: ['design', 'Data'], challengeIds: ['c1', 'c2'], languages: ['sv', 'en'] }),
    );
    expect(s).toEqual({ score: 70, coveredSkills: ['design'], sharedChallengeIds: ['c1'], sharedLanguages: ['sv'] });
  });

  it('scores a person covering every missing skill but sharing no language and no challenge as 60', () => {
    const s = suggest(
      person({ skills: ['Data'], languages: ['de'] }),
      team({ missingSkills: ['Data'], languages: ['sv'] }),
    );
    expect(s.score).toBe(60);
  });

  it('gives only the language part to a team that misses nothing', () => {
    expect(suggest(person({ skills: ['Data'] }), team()).score).toBe(10);
  });
});

describe('rank', () => {
  it('orders by score, then name, then id, the same for any input order', () => {
    const teams = [
      team({ id: 'b', name: 'Beta', missingSkills: ['Data'] }),
      team({ id: 'a2', name: 'Alpha' }),
      team({ id: 'a1', name: 'Alpha' }),
      team({ id: 'c', name: 'Gamma', missingSkills: ['Data'], challengeIds: ['c1'] }),
    ];
    const p = person({ skills: ['data'], challengeIds: ['c1'] });
    const order = (list: TeamTraits[]) => rank(list, (t) => suggest(p, t), 10).map((r) => r.candidate.id);
    expect(order(teams)).toEqual(['c', 'b', 'a1', 'a2']);
    expect(order([...teams].reverse())).toEqual(['c', 'b', 'a1', 'a2']);
    expect(rank(teams, (t) => suggest(p, t), 2)).toHaveLength(2);
  });
});

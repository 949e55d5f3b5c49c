/**
 * Team-finder suggestions: a fixed, explainable score per (person, team) pair, computed from
 * profiles alone, so the same input always ranks the same way.
 *
 *   score = round(100 × (0.6 × coverage + 0.3 × challenges + 0.1 × language))
 *
 * - coverage: the share of the team's missing skills (wanted skills no member offers) that the
 *   person offers; a team missing nothing scores 0 here.
 * - challenges: 1 when the person and the team share a challenge of interest, else 0.
 * - language: 1 when the person speaks a language a member speaks (or either side named none), else 0.
 *
 * Ties are broken by name, then id. A greedy ranking rather than a stable matching: suggestions are
 * advice to one person at a time, and a stable matching would change someone's list whenever an
 * unrelated person edited their profile.
 */
export interface PersonTraits {
  id: string;
  name: string;
  skills: string[];
  challengeIds: string[];
  languages: string[];
}

export interface TeamTraits {
  id: string;
  name: string;
  missingSkills: string[];
  challengeIds: string[];
  languages: string[];
}

export interface Suggestion {
  score: number;
  coveredSkills: string[];
  sharedChallengeIds: string[];
  sharedLanguages: string[];
}

export const WEIGHTS = { coverage: 0.6, challenges: 0.3, language: 0.1 } as const;

export function suggest(person: PersonTraits, team: TeamTraits): Suggestion {
  const offered = new Set(person.skills.map((skill) => skill.toLowerCase()));
  const coveredSkills = team.missingSkills.filter((skill) => offered.has(skill.toLowerCase()));
  const coverage = team.missingSkills.length === 0 ? 0 : coveredSkills.length / team.missingSkills.length;
  const teamChallenges = new Set(team.challengeIds);
  const sharedChallengeIds = person.challengeIds.filter((id) => teamChallenges.has(id)).sort();
  const teamLanguages = new Set(team.languages);
  const sharedLanguages = person.languages.filter((code) => teamLanguages.has(code)).sort();
  const language = person.languages.length === 0 || team.languages.length === 0 || sharedLanguages.length > 0 ? 1 : 0;
  const raw =
    WEIGHTS.coverage * coverage +
    WEIGHTS.challenges * (sharedChallengeIds.length > 0 ? 1 : 0) +
    WEIGHTS.language * language;
  return { score: Math.round(100 * raw), coveredSkills, sharedChallengeIds, sharedLanguages };
}

/** Best first; equal scores by name, then id, so the order never depends on how rows were read. */
export function rank<T extends { id: string; name: string }>(
  candidates: T[],
  score: (candidate: T) => Suggestion,
  limit: number,
): { candidate: T; suggestion: Suggestion }[] {
  return candidates
    .map((candidate) => ({ candidate, suggestion: score(candidate) }))
    .sort(
      (a, b) =>
        b.suggestion.score - a.suggestion.score ||
        a.candidate.name.localeCompare(b.candidate.name, 'en') ||
        (a.candidate.id < b.candidate.id ? -1 : a.candidate.id > b.candidate.id ? 1 : 0),
    )
    .slice(0, limit);
}

import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FinderFilters as Filters } from '../api/get-finder';

export interface ChallengeOption {
  id: string;
  title: string;
}

/** Skill, language and challenge: every filter given must match; none given shows the best matches. */
export function FinderFilters({
  id,
  skillLabel,
  challenges,
  onFilter,
}: {
  id: string;
  skillLabel: string;
  challenges: readonly ChallengeOption[];
  onFilter: (filters: Filters) => void;
}) {
  const { t } = useTranslation();
  const [skill, setSkill] = useState('');
  const [language, setLanguage] = useState('');
  const [challengeId, setChallengeId] = useState('');

  function submit(event: FormEvent) {
    event.preventDefault();
    onFilter({ skill: skill.trim(), language: language.trim().toLowerCase(), challengeId });
  }

  return (
    <form className="filter-form" role="search" onSubmit={submit}>
      <div className="field">
        <label htmlFor={`${id}-skill`} className="field-label">
          {skillLabel}
        </label>
        <input id={`${id}-skill`} className="input" value={skill} onChange={(e) => setSkill(e.target.value)} />
      </div>
      <div className="field">
        <label htmlFor={`${id}-language`} className="field-label">
          {t('finder.filterByLanguage')}
        </label>
        <div id={`${id}-language-hint`} className="field-hint">
          {t('finder.filterByLanguageHint')}
        </div>
        <input
          id={`${id}-language`}
          className="input"
          maxLength={2}
          aria-describedby={`${id}-language-hint`}
          value={language}
          onChange={(e) => setLanguage(e.target.value)}
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-challenge`} className="field-label">
          {t('finder.filterByChallenge')}
        </label>
        <select
          id={`${id}-challenge`}
          className="input"
          value={challengeId}
          onChange={(e) => setChallengeId(e.target.value)}
        >
          <option value="">{t('finder.anyChallenge')}</option>
          {challenges.map((challenge) => (
            <option key={challenge.id} value={challenge.id}>
              {challenge.title}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className="button button-secondary">
        {t('finder.filter')}
      </button>
    </form>
  );
}

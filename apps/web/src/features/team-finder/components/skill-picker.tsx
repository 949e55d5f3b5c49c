import { useTranslation } from 'react-i18next';
import { FieldError } from '../../../components/ui/form-fields';
import type { Problem } from '../../../lib/form-errors';

/** "design, data , maps" → ["design", "data", "maps"]. */
export function splitList(text: string): string[] {
  return text
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean);
}

/** Checkboxes for the event's skill list (or, with `labelOf` and `empty`, for its challenges by id). */
export function SkillPicker({
  id,
  legend,
  skills,
  picked,
  onChange,
  problem,
  labelOf = (skill) => skill,
  empty,
}: {
  id: string;
  legend: string;
  skills: readonly string[];
  picked: string[];
  onChange: (picked: string[]) => void;
  problem?: Problem | undefined;
  labelOf?: (value: string) => string;
  /** Said when there is nothing to pick. */
  empty?: string;
}) {
  const { t } = useTranslation();
  const chosen = new Set(picked.map((skill) => skill.toLowerCase()));
  return (
    <fieldset className={`field fieldset${problem ? ' field-invalid' : ''}`} id={id} tabIndex={-1}>
      <legend className="field-label">{legend}</legend>
      <FieldError id={id} problem={problem} />
      {skills.length === 0 ? (
        <p className="muted">{empty ?? t('finder.noSkillList')}</p>
      ) : (
        <div className="checkbox-group">
          {skills.map((skill, index) => (
            <div key={skill} className="checkbox-row">
              <input
                id={`${id}-${index}`}
                type="checkbox"
                checked={chosen.has(skill.toLowerCase())}
                onChange={(change) =>
                  onChange(
                    change.target.checked
                      ? [...picked, skill]
                      : picked.filter((entry) => entry.toLowerCase() !== skill.toLowerCase()),
                  )
                }
              />
              <label htmlFor={`${id}-${index}`}>{labelOf(skill)}</label>
            </div>
          ))}
        </div>
      )}
    </fieldset>
  );
}

/** Checkboxes for the event's challenges, by id, labelled with their titles. */
export function ChallengePicker({
  challenges,
  ...picker
}: {
  id: string;
  legend: string;
  challenges: readonly { id: string; title: string }[];
  picked: string[];
  onChange: (picked: string[]) => void;
  problem?: Problem | undefined;
}) {
  const { t } = useTranslation();
  const titles = new Map(challenges.map((challenge) => [challenge.id, challenge.title]));
  return (
    <SkillPicker
      {...picker}
      skills={challenges.map((challenge) => challenge.id)}
      labelOf={(id) => titles.get(id) ?? id}
      empty={t('finder.noChallenges')}
    />
  );
}

import type { CriterionDto } from '@hackboard/contracts';
import { type KeyboardEvent, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { FieldError } from '../../../components/ui/form-fields';
import type { Problem } from '../../../lib/form-errors';
import { scaleValues, usesRadios, valueFromDigits } from '../utils/scoring';

// Two digits typed within this time make one value ("1", "0" → 10).
const DIGIT_PAUSE_MS = 900;

function formatWeight(weight: number, language: string): string {
  return new Intl.NumberFormat(language === 'sv' ? 'sv-SE' : 'en-GB', { maximumFractionDigits: 2 }).format(weight);
}

/**
 * One criterion's score: a fieldset with its name, description, weight and scale, and a radio per
 * value plus one for no value (arrow keys move, digits pick a value, Delete clears), or a number
 * field for wide scales.
 */
export function ScoreInput({
  criterion,
  id,
  value,
  problem,
  disabled,
  onChange,
}: {
  criterion: CriterionDto;
  /** The id of the first input, which the error summary links to. */
  id: string;
  value: number | null;
  problem?: Problem;
  disabled: boolean;
  onChange: (value: number | null) => void;
}) {
  const { t, i18n } = useTranslation();
  const typed = useRef({ digits: '', at: 0 });
  const fieldsetRef = useRef<HTMLFieldSetElement>(null);
  const metaId = `${id}-meta`;
  const descriptionId = `${id}-description`;
  const describedBy = [problem ? `${id}-error` : null, metaId, criterion.description ? descriptionId : null]
    .filter(Boolean)
    .join(' ');

  const onKeyDown = (event: KeyboardEvent<HTMLFieldSetElement>) => {
    if (disabled || event.altKey || event.ctrlKey || event.metaKey) return;
    if (!(event.target instanceof HTMLInputElement) || event.target.type !== 'radio') return;
    if (event.key === 'Delete' || event.key === 'Backspace') {
      event.preventDefault();
      onChange(null);
      fieldsetRef.current?.querySelector<HTMLInputElement>('input[value=""]')?.focus();
      return;
    }
    if (!/^[0-9-]$/.test(event.key)) return;
    event.preventDefault();
    const now = Date.now();
    const previous = now - typed.current.at < DIGIT_PAUSE_MS ? typed.current.digits : '';
    let digits = previous + event.key;
    // A second digit that makes no value on this scale starts over ("9", "3" → 3 on 0–10).
    if (valueFromDigits(digits, criterion) === null && digits !== '-') digits = event.key;
    typed.current = { digits, at: now };
    const picked = valueFromDigits(digits, criterion);
    if (picked === null) return;
    onChange(picked);
    fieldsetRef.current?.querySelector<HTMLInputElement>(`input[value="${picked}"]`)?.focus();
  };

  return (
    <fieldset
      ref={fieldsetRef}
      className={`fieldset score-criterion${problem ? ' field-invalid' : ''}`}
      aria-describedby={describedBy}
      onKeyDown={onKeyDown}
    >
      <legend className="field-label">{criterion.name}</legend>
      <p id={metaId} className="score-meta muted small">
        {t('jury.score.meta', {
          min: criterion.scaleMin,
          max: criterion.scaleMax,
          weight: formatWeight(criterion.weight, i18n.language),
        })}
      </p>
      {criterion.description && (
        <p id={descriptionId} className="field-hint pre-line">
          {criterion.description}
        </p>
      )}
      <FieldError id={id} problem={problem} />
      {usesRadios(criterion) ? (
        <div className="score-scale">
          {/* "No value" is part of the group, so clearing costs no extra Tab stop. */}
          <div className="score-option score-option-none">
            <input
              id={`${id}-none`}
              type="radio"
              name={id}
              value=""
              checked={value === null}
              disabled={disabled}
              onChange={() => onChange(null)}
            />
            <label htmlFor={`${id}-none`}>{t('jury.score.none')}</label>
          </div>
          {scaleValues(criterion).map((option, index) => {
            const optionId = index === 0 ? id : `${id}-${option}`;
            return (
              <div key={option} className="score-option">
                <input
                  id={optionId}
                  type="radio"
                  name={id}
                  value={option}
                  checked={value === option}
                  disabled={disabled}
                  onChange={() => onChange(option)}
                />
                <label htmlFor={optionId}>{option}</label>
              </div>
            );
          })}
        </div>
      ) : (
        <div className="field">
          <label htmlFor={id} className="visually-hidden">
            {t('jury.score.valueLabel', { name: criterion.name })}
          </label>
          <input
            id={id}
            name={id}
            type="number"
            inputMode="numeric"
            className="input input-short"
            min={criterion.scaleMin}
            max={criterion.scaleMax}
            step={1}
            disabled={disabled}
            aria-invalid={problem ? true : undefined}
            value={value ?? ''}
            onChange={(event) => onChange(event.target.value === '' ? null : Number(event.target.value))}
          />
        </div>
      )}
    </fieldset>
  );
}

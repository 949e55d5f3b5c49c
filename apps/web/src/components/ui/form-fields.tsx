import type { InputHTMLAttributes, ReactNode, SelectHTMLAttributes, TextareaHTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';
import type { Problem } from '../../lib/form-errors';
import { ProblemText } from './problem-text';

interface FieldProps {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  problem?: Problem | undefined;
  /** Shows "(optional)" after the label; fields are required unless said otherwise. */
  optional?: boolean;
}

function describedBy(id: string, hint: unknown, problem: unknown, extra?: string): string | undefined {
  const ids = [problem ? `${id}-error` : null, hint ? `${id}-hint` : null, extra ?? null].filter(Boolean);
  return ids.length > 0 ? ids.join(' ') : undefined;
}

function FieldLabel({ id, label, optional }: { id: string; label: ReactNode; optional?: boolean }) {
  const { t } = useTranslation();
  return (
    <label htmlFor={id} className="field-label">
      {label}
      {optional && <span className="field-optional"> {t('form.optional')}</span>}
    </label>
  );
}

function FieldHint({ id, hint }: { id: string; hint?: ReactNode }) {
  return hint ? (
    <div id={`${id}-hint`} className="field-hint">
      {hint}
    </div>
  ) : null;
}

export function FieldError({ id, problem }: { id: string; problem?: Problem | undefined }) {
  const { t } = useTranslation();
  if (!problem) return null;
  return (
    <p id={`${id}-error`} className="field-error">
      <span className="visually-hidden">{t('form.errorPrefix')} </span>
      <ProblemText problem={problem} />
    </p>
  );
}

export function TextField({
  id,
  label,
  hint,
  problem,
  optional,
  className,
  'aria-describedby': extraDescription,
  ...input
}: FieldProps & InputHTMLAttributes<HTMLInputElement>) {
  return (
    <div className={`field${problem ? ' field-invalid' : ''}`}>
      <FieldLabel id={id} label={label} optional={optional} />
      <FieldHint id={id} hint={hint} />
      <FieldError id={id} problem={problem} />
      <input
        id={id}
        name={id}
        className={`input${className ? ` ${className}` : ''}`}
        aria-describedby={describedBy(id, hint, problem, extraDescription)}
        aria-invalid={problem ? true : undefined}
        required={!optional}
        {...input}
      />
    </div>
  );
}

/** An email address: the keyboard, autofill and spelling suited to one. */
export function EmailField(props: FieldProps & InputHTMLAttributes<HTMLInputElement>) {
  return <TextField type="email" autoComplete="email" inputMode="email" spellCheck={false} {...props} />;
}

export function TextAreaField({
  id,
  label,
  hint,
  problem,
  optional,
  children,
  ...textarea
}: FieldProps & TextareaHTMLAttributes<HTMLTextAreaElement> & { children?: ReactNode }) {
  return (
    <div className={`field${problem ? ' field-invalid' : ''}`}>
      <FieldLabel id={id} label={label} optional={optional} />
      <FieldHint id={id} hint={hint} />
      <FieldError id={id} problem={problem} />
      <textarea
        id={id}
        name={id}
        className="input textarea"
        aria-describedby={describedBy(id, hint, problem)}
        aria-invalid={problem ? true : undefined}
        required={!optional}
        {...textarea}
      />
      {children}
    </div>
  );
}

export function SelectField({
  id,
  label,
  hint,
  problem,
  optional,
  children,
  ...select
}: FieldProps & SelectHTMLAttributes<HTMLSelectElement>) {
  return (
    <div className={`field${problem ? ' field-invalid' : ''}`}>
      <FieldLabel id={id} label={label} optional={optional} />
      <FieldHint id={id} hint={hint} />
      <FieldError id={id} problem={problem} />
      <select
        id={id}
        name={id}
        className="input select"
        aria-describedby={describedBy(id, hint, problem)}
        aria-invalid={problem ? true : undefined}
        required={!optional}
        {...select}
      >
        {children}
      </select>
    </div>
  );
}

export function CheckboxField({
  id,
  label,
  hint,
  problem,
  checked,
  onChange,
}: Omit<FieldProps, 'optional'> & { checked: boolean; onChange: (checked: boolean) => void }) {
  return (
    <div className={`field field-checkbox${problem ? ' field-invalid' : ''}`}>
      <FieldError id={id} problem={problem} />
      <div className="checkbox-row">
        <input
          id={id}
          name={id}
          type="checkbox"
          checked={checked}
          onChange={(event) => onChange(event.target.checked)}
          aria-describedby={describedBy(id, hint, problem)}
          aria-invalid={problem ? true : undefined}
        />
        <div>
          <label htmlFor={id} className="field-label">
            {label}
          </label>
          <FieldHint id={id} hint={hint} />
        </div>
      </div>
    </div>
  );
}

export interface RadioOption<V extends string> {
  value: V;
  label: ReactNode;
  hint?: ReactNode;
}

export function RadioGroupField<V extends string>({
  id,
  legend,
  hint,
  problem,
  options,
  value,
  onChange,
}: {
  id: string;
  legend: ReactNode;
  hint?: ReactNode;
  problem?: Problem | undefined;
  options: readonly RadioOption<V>[];
  value: V;
  onChange: (value: V) => void;
}) {
  return (
    <fieldset
      className={`field fieldset${problem ? ' field-invalid' : ''}`}
      aria-describedby={describedBy(id, hint, problem)}
    >
      <legend className="field-label">{legend}</legend>
      <FieldHint id={id} hint={hint} />
      <FieldError id={id} problem={problem} />
      {options.map((option, index) => {
        const optionId = index === 0 ? id : `${id}-${option.value}`;
        return (
          <div key={option.value} className="radio-row">
            <input
              id={optionId}
              type="radio"
              name={id}
              value={option.value}
              checked={value === option.value}
              onChange={() => onChange(option.value)}
              aria-describedby={option.hint ? `${optionId}-option-hint` : undefined}
            />
            <div>
              <label htmlFor={optionId}>{option.label}</label>
              {option.hint && (
                <div id={`${optionId}-option-hint`} className="field-hint">
                  {option.hint}
                </div>
              )}
            </div>
          </div>
        );
      })}
    </fieldset>
  );
}

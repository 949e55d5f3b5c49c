import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorSummary } from '../../../components/ui/error-summary';
import { TextAreaField, TextField } from '../../../components/ui/form-fields';
import { fieldId, type FormProblems } from '../../../lib/form-errors';
import type { CriterionFormValues } from '../utils/criterion-form';

export const CRITERION_FORM = 'criterion';

export function useCriterionLabels(): Record<keyof CriterionFormValues, string> {
  const { t } = useTranslation();
  return {
    name: t('judging.criteria.name'),
    key: t('judging.criteria.key'),
    description: t('judging.criteria.description'),
    weight: t('judging.criteria.weight'),
    scaleMin: t('judging.criteria.scaleMin'),
    scaleMax: t('judging.criteria.scaleMax'),
  };
}

/** The fields of one criterion; the page decides whether it creates or changes one. */
export function CriterionForm({
  heading,
  values,
  problems,
  attempt,
  busy,
  submitLabel,
  onChange,
  onSubmit,
  onCancel,
}: {
  heading: string;
  values: CriterionFormValues;
  problems: FormProblems;
  attempt: number;
  busy: boolean;
  submitLabel: string;
  onChange: (patch: Partial<CriterionFormValues>) => void;
  onSubmit: () => void;
  onCancel?: () => void;
}) {
  const { t } = useTranslation();
  const labels = useCriterionLabels();
  const id = (field: keyof CriterionFormValues) => fieldId(CRITERION_FORM, field);
  const field = (name: keyof CriterionFormValues) => ({
    id: id(name),
    label: labels[name],
    value: values[name],
    problem: problems.fields[name],
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    onSubmit();
  }

  return (
    <section aria-labelledby="criterion-form-heading" className="panel">
      <h3 id="criterion-form-heading" tabIndex={-1}>
        {heading}
      </h3>
      <ErrorSummary form={CRITERION_FORM} problems={problems} labels={labels} attempt={attempt} />
      <form noValidate onSubmit={submit} aria-busy={busy || undefined}>
        <div className="field-grid">
          <TextField
            {...field('name')}
            maxLength={100}
            autoComplete="off"
            onChange={(event) => onChange({ name: event.target.value })}
          />
          <TextField
            {...field('key')}
            hint={t('judging.criteria.keyHint')}
            maxLength={40}
            autoComplete="off"
            spellCheck={false}
            onChange={(event) => onChange({ key: event.target.value })}
          />
        </div>
        <TextAreaField
          {...field('description')}
          optional
          hint={t('judging.criteria.descriptionHint')}
          maxLength={2000}
          rows={3}
          onChange={(event) => onChange({ description: event.target.value })}
        />
        <div className="field-grid">
          <TextField
            {...field('weight')}
            hint={t('judging.criteria.weightHint')}
            inputMode="decimal"
            className="input-short"
            onChange={(event) => onChange({ weight: event.target.value })}
          />
          <TextField
            {...field('scaleMin')}
            type="number"
            step={1}
            className="input-short"
            onChange={(event) => onChange({ scaleMin: event.target.value })}
          />
          <TextField
            {...field('scaleMax')}
            type="number"
            step={1}
            className="input-short"
            onChange={(event) => onChange({ scaleMax: event.target.value })}
          />
        </div>
        <div className="button-row">
          <button type="submit" className="button" disabled={busy}>
            {busy ? t('form.saving') : submitLabel}
          </button>
          {onCancel && (
            <button type="button" className="button button-secondary" onClick={onCancel} disabled={busy}>
              {t('form.cancel')}
            </button>
          )}
        </div>
      </form>
    </section>
  );
}

import { MAX_SUBMISSION_IMAGES } from '@hackboard/contracts';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { FieldError, TextField } from '../../../components/ui/form-fields';
import { type FieldProblems, fieldId } from '../../../lib/form-errors';
import { addRow, keyAfterRemoving, removeRow, updateRow } from '../../../lib/rows';
import { type ImageRow, SUBMISSION_FORM } from '../utils/submission-form';

/** Screenshots as a list of web addresses (the platform stores no files). */
export function ImageList({
  rows,
  onChange,
  problems,
  disabled,
}: {
  rows: ImageRow[];
  onChange: (rows: ImageRow[]) => void;
  problems: FieldProblems;
  disabled: boolean;
}) {
  const { t } = useTranslation();
  const addRef = useRef<HTMLButtonElement>(null);
  const pendingFocus = useRef<string | 'add' | null>(null);
  useEffect(() => {
    const target = pendingFocus.current;
    if (!target) return;
    pendingFocus.current = null;
    if (target === 'add') addRef.current?.focus();
    else document.getElementById(target)?.focus();
  }, [rows]);
  const id = (index: number) => fieldId(SUBMISSION_FORM, `images.${index}`);

  return (
    <fieldset className="form-group">
      <legend id={fieldId(SUBMISSION_FORM, 'images')} tabIndex={-1}>
        {t('submission.images')}
      </legend>
      <p className="field-hint">{t('submission.imagesHint', { count: MAX_SUBMISSION_IMAGES })}</p>
      <FieldError id={fieldId(SUBMISSION_FORM, 'images')} problem={problems['images']} />
      <ol className="row-list">
        {rows.map((row, index) => (
          <li key={row.key} className="row-item row-inline">
            <TextField
              id={id(index)}
              label={t('submission.imageNumber', { number: index + 1 })}
              type="url"
              inputMode="url"
              spellCheck={false}
              maxLength={2000}
              value={row.url}
              disabled={disabled}
              onChange={(event) => onChange(updateRow(rows, row.key, { url: event.target.value }))}
              problem={problems[`images.${index}`]}
            />
            <button
              type="button"
              className="button button-secondary button-small button-danger-outline"
              disabled={disabled}
              onClick={() => {
                const next = keyAfterRemoving(rows, row.key);
                const remaining = removeRow(rows, row.key);
                const nextIndex = remaining.findIndex((candidate) => candidate.key === next);
                pendingFocus.current = nextIndex >= 0 ? id(nextIndex) : 'add';
                onChange(remaining);
              }}
            >
              {t('submission.removeImage')}
              <span className="visually-hidden"> {t('submission.imageNumber', { number: index + 1 })}</span>
            </button>
          </li>
        ))}
      </ol>
      <button
        ref={addRef}
        type="button"
        className="button button-secondary"
        disabled={disabled || rows.length >= MAX_SUBMISSION_IMAGES}
        onClick={() => {
          pendingFocus.current = id(rows.length);
          onChange(addRow<ImageRow>(rows, { url: '' }));
        }}
      >
        {t('submission.addImage')}
      </button>
    </fieldset>
  );
}

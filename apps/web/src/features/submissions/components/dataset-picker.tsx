import type { CatalogueEntryDto, EventDto } from '@hackboard/contracts';
import type { UseQueryResult } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { CheckboxField, FieldError, TextField } from '../../../components/ui/form-fields';
import { QueryState } from '../../../components/ui/query-state';
import { type FieldProblems, fieldId } from '../../../lib/form-errors';
import { addRow, keyAfterRemoving, removeRow, updateRow } from '../../../lib/rows';
import {
  type FreeDatasetRow,
  freeDatasetPath,
  SUBMISSION_FORM,
  type SubmissionFormValues,
} from '../utils/submission-form';

/** Groups catalogue entries by challenge, the submission's own challenge first. */
function byChallenge(entries: readonly CatalogueEntryDto[], ownChallengeId: string) {
  const groups = new Map<string, { title: string; organization: string; entries: CatalogueEntryDto[] }>();
  for (const entry of entries) {
    const group = groups.get(entry.challengeId) ?? {
      title: entry.challengeTitle,
      organization: entry.organizationName,
      entries: [],
    };
    group.entries.push(entry);
    groups.set(entry.challengeId, group);
  }
  return [...groups.entries()].sort(([a], [b]) => Number(b === ownChallengeId) - Number(a === ownChallengeId));
}

/** The data sets a project used: ticked from the event's catalogue, plus free entries (title and address). */
export function DatasetPicker({
  event,
  challengeId,
  catalogue,
  values,
  onChange,
  problems,
  disabled,
}: {
  event: EventDto;
  challengeId: string;
  catalogue: UseQueryResult<CatalogueEntryDto[]>;
  values: SubmissionFormValues;
  onChange: (patch: Pick<SubmissionFormValues, 'catalogue'> | Pick<SubmissionFormValues, 'freeDatasets'>) => void;
  problems: FieldProblems;
  disabled: boolean;
}) {
  const { t } = useTranslation();
  const rows = values.freeDatasets;
  const addRef = useRef<HTMLButtonElement>(null);
  const pendingFocus = useRef<string | 'add' | null>(null);
  useEffect(() => {
    const target = pendingFocus.current;
    if (!target) return;
    pendingFocus.current = null;
    if (target === 'add') addRef.current?.focus();
    else document.getElementById(target)?.focus();
  }, [rows]);
  const freeId = (index: number, field: 'title' | 'url') =>
    fieldId(SUBMISSION_FORM, freeDatasetPath(values, index, field));
  const groupId = fieldId(SUBMISSION_FORM, 'datasets');

  return (
    <fieldset className="form-group" aria-describedby={`${groupId}-hint`}>
      <legend id={groupId} tabIndex={-1}>
        {t('submission.datasets')}
      </legend>
      <div id={`${groupId}-hint`} className="field-hint">
        <p>{t('submission.datasetsHint')}</p>
        {event.requireCatalogueDataset && <p className="strong">{t('submission.catalogueRequired')}</p>}
      </div>
      <FieldError id={groupId} problem={problems['datasets']} />
      <QueryState query={catalogue}>
        {(entries) =>
          entries.length === 0 ? (
            <p className="muted">{t('submission.catalogueEmpty')}</p>
          ) : (
            byChallenge(entries, challengeId).map(([id, group]) => (
              <fieldset key={id} className="fieldset checkbox-group">
                <legend className="field-label">
                  {group.title} <span className="muted">({group.organization})</span>
                </legend>
                {group.entries.map((entry) => (
                  <CheckboxField
                    key={entry.id}
                    id={`${SUBMISSION_FORM}-catalogue-${entry.id}`}
                    label={entry.title}
                    hint={`${entry.format} · ${entry.licence}`}
                    checked={values.catalogue.includes(entry.id)}
                    onChange={(checked) =>
                      onChange({
                        catalogue: checked
                          ? [...values.catalogue, entry.id]
                          : values.catalogue.filter((selected) => selected !== entry.id),
                      })
                    }
                  />
                ))}
              </fieldset>
            ))
          )
        }
      </QueryState>

      <fieldset className="fieldset checkbox-group">
        <legend className="field-label">{t('submission.otherDatasets')}</legend>
        <p className="field-hint">{t('submission.otherDatasetsHint')}</p>
        <ol className="row-list">
          {rows.map((row, index) => (
            <li key={row.key} className="row-item">
              <fieldset className="fieldset row-fieldset">
                <legend className="row-legend">{t('submission.otherDatasetNumber', { number: index + 1 })}</legend>
                <div className="field-grid">
                  <TextField
                    id={freeId(index, 'title')}
                    label={t('datasets.title')}
                    maxLength={200}
                    value={row.title}
                    disabled={disabled}
                    onChange={(event) =>
                      onChange({ freeDatasets: updateRow(rows, row.key, { title: event.target.value }) })
                    }
                    problem={problems[freeDatasetPath(values, index, 'title')]}
                  />
                  <TextField
                    id={freeId(index, 'url')}
                    label={t('datasets.url')}
                    type="url"
                    inputMode="url"
                    spellCheck={false}
                    maxLength={2000}
                    value={row.url}
                    disabled={disabled}
                    onChange={(event) =>
                      onChange({ freeDatasets: updateRow(rows, row.key, { url: event.target.value }) })
                    }
                    problem={problems[freeDatasetPath(values, index, 'url')]}
                  />
                </div>
                <button
                  type="button"
                  className="button button-secondary button-small button-danger-outline"
                  disabled={disabled}
                  onClick={() => {
                    const next = keyAfterRemoving(rows, row.key);
                    const remaining = removeRow(rows, row.key);
                    const nextIndex = remaining.findIndex((candidate) => candidate.key === next);
                    pendingFocus.current = nextIndex >= 0 ? freeId(nextIndex, 'title') : 'add';
                    onChange({ freeDatasets: remaining });
                  }}
                >
                  {t('submission.removeDataset')}
                  <span className="visually-hidden"> {t('submission.otherDatasetNumber', { number: index + 1 })}</span>
                </button>
              </fieldset>
            </li>
          ))}
        </ol>
        <button
          ref={addRef}
          type="button"
          className="button button-secondary"
          disabled={disabled}
          onClick={() => {
            pendingFocus.current = freeId(rows.length, 'title');
            onChange({ freeDatasets: addRow<FreeDatasetRow>(rows, { title: '', url: '' }) });
          }}
        >
          {t('submission.addDataset')}
        </button>
      </fieldset>
    </fieldset>
  );
}

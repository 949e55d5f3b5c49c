import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TextField } from '../../../components/ui/form-fields';
import { StatusMessage } from '../../../components/ui/status-message';
import { type FieldProblems, fieldId } from '../../../lib/form-errors';
import { addRow, keyAfterRemoving, moveRow, removeRow, updateRow } from '../../../lib/rows';
import { CHALLENGE_FORM, DATASET_FIELDS, type DatasetRow, emptyDataset } from '../utils/challenge-form';

const FORMATS = ['CSV', 'JSON', 'GeoJSON', 'XML', 'XLSX', 'API', 'GeoPackage', 'Shapefile', 'GeoTIFF', 'PDF'];
const LICENCES = ['CC0 1.0', 'CC BY 4.0', 'CC BY-SA 4.0', 'ODbL 1.0', 'PDDL 1.0'];

type Focus = { key: string; target: 'title' | 'up' | 'down' } | 'add' | null;

/**
 * The challenge's data sets as rows to add, fill in, move and remove. Each move or removal is said
 * in a polite status message, and focus stays where the user can go on: on the moved row's button,
 * on the row that took a removed one's place, on a new row's first field.
 */
export function DatasetEditor({
  rows,
  onChange,
  problems,
  disabled = false,
}: {
  rows: DatasetRow[];
  onChange: (rows: DatasetRow[]) => void;
  problems: FieldProblems;
  disabled?: boolean;
}) {
  const { t } = useTranslation();
  const [status, setStatus] = useState<string | null>(null);
  // Where focus goes once the rows a change makes are on the page.
  const pendingFocus = useRef<Focus>(null);
  const setFocus = (focus: Focus) => {
    pendingFocus.current = focus;
  };
  const addRef = useRef<HTMLButtonElement>(null);
  const id = (index: number, field: string) => fieldId(CHALLENGE_FORM, `datasets.${index}.${field}`);

  useEffect(() => {
    const focus = pendingFocus.current;
    if (!focus) return;
    pendingFocus.current = null;
    if (focus === 'add') addRef.current?.focus();
    else {
      const index = rows.findIndex((row) => row.key === focus.key);
      const target =
        focus.target === 'title'
          ? document.getElementById(fieldId(CHALLENGE_FORM, `datasets.${index}.title`))
          : document.getElementById(`${focus.key}-${focus.target}`);
      // A move button at the end of the list is disabled: the other one keeps focus instead.
      const usable =
        target instanceof HTMLButtonElement && target.disabled
          ? document.getElementById(`${focus.key}-${focus.target === 'up' ? 'down' : 'up'}`)
          : target;
      usable?.focus();
    }
  }, [rows]);

  const name = (row: DatasetRow, index: number) =>
    row.title.trim()
      ? t('challengeForm.datasetNamed', { number: index + 1, title: row.title.trim() })
      : t('challengeForm.datasetNumber', { number: index + 1 });

  return (
    <fieldset className="form-group">
      <legend>{t('challengeForm.datasets')}</legend>
      <p className="field-hint">{t('challengeForm.datasetsHint')}</p>
      {rows.length === 0 && <p className="empty">{t('challengeForm.noDatasets')}</p>}
      <ol className="row-list">
        {rows.map((row, index) => (
          <li key={row.key} className="row-item">
            <fieldset className="fieldset row-fieldset">
              <legend className="row-legend">{name(row, index)}</legend>
              <div className="field-grid">
                {DATASET_FIELDS.map((field) => (
                  <TextField
                    key={field}
                    id={id(index, field)}
                    label={t(`datasets.${field}`)}
                    type={field === 'url' ? 'url' : 'text'}
                    inputMode={field === 'url' ? 'url' : undefined}
                    spellCheck={field === 'url' ? false : undefined}
                    list={field === 'format' ? 'dataset-formats' : field === 'licence' ? 'dataset-licences' : undefined}
                    maxLength={field === 'url' ? 2000 : field === 'format' ? 50 : field === 'licence' ? 100 : 200}
                    hint={field === 'url' ? t('challengeForm.urlHint') : undefined}
                    value={row[field]}
                    disabled={disabled}
                    onChange={(event) => onChange(updateRow(rows, row.key, { [field]: event.target.value }))}
                    problem={problems[`datasets.${index}.${field}`]}
                  />
                ))}
              </div>
              {row.id && <p className="muted small">{t('challengeForm.datasetKept')}</p>}
              <div className="button-row row-actions">
                <button
                  type="button"
                  id={`${row.key}-up`}
                  className="button button-secondary button-small"
                  disabled={disabled || index === 0}
                  onClick={() => {
                    onChange(moveRow(rows, row.key, -1));
                    setStatus(t('challengeForm.movedTo', { name: name(row, index), place: index }));
                    setFocus({ key: row.key, target: 'up' });
                  }}
                >
                  {t('challengeForm.moveUp')}
                  <span className="visually-hidden"> ({name(row, index)})</span>
                </button>
                <button
                  type="button"
                  id={`${row.key}-down`}
                  className="button button-secondary button-small"
                  disabled={disabled || index === rows.length - 1}
                  onClick={() => {
                    onChange(moveRow(rows, row.key, 1));
                    setStatus(t('challengeForm.movedTo', { name: name(row, index), place: index + 2 }));
                    setFocus({ key: row.key, target: 'down' });
                  }}
                >
                  {t('challengeForm.moveDown')}
                  <span className="visually-hidden"> ({name(row, index)})</span>
                </button>
                <button
                  type="button"
                  className="button button-secondary button-small button-danger-outline"
                  disabled={disabled}
                  onClick={() => {
                    const next = keyAfterRemoving(rows, row.key);
                    onChange(removeRow(rows, row.key));
                    setStatus(t('challengeForm.removed', { name: name(row, index) }));
                    setFocus(next ? { key: next, target: 'title' } : 'add');
                  }}
                >
                  {t('challengeForm.removeDataset')}
                  <span className="visually-hidden"> ({name(row, index)})</span>
                </button>
              </div>
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
          const next = addRow<DatasetRow>(rows, emptyDataset());
          onChange(next);
          setStatus(null);
          setFocus({ key: next[next.length - 1]!.key, target: 'title' });
        }}
      >
        {t('challengeForm.addDataset')}
      </button>
      <datalist id="dataset-formats">
        {FORMATS.map((format) => (
          <option key={format} value={format} />
        ))}
      </datalist>
      <datalist id="dataset-licences">
        {LICENCES.map((licence) => (
          <option key={licence} value={licence} />
        ))}
      </datalist>
      <StatusMessage tone="info">{status}</StatusMessage>
    </fieldset>
  );
}

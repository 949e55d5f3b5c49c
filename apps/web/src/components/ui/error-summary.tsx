import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldId, type FormProblems, hasProblems } from '../../lib/form-errors';
import { ProblemText } from './problem-text';

/**
 * The problems of a form at its top, announced at once (role=alert) and focused after each failed
 * submit, with a link to each field that has one. `attempt` changes with every submit.
 */
export function ErrorSummary({
  form,
  problems,
  labels,
  attempt,
}: {
  form: string;
  problems: FormProblems;
  labels: Record<string, string>;
  attempt: number;
}) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  const visible = hasProblems(problems);
  useEffect(() => {
    if (visible && attempt > 0) ref.current?.focus();
  }, [visible, attempt]);
  if (!visible) return null;
  const fields = Object.entries(problems.fields);
  // A write budget met is not a mistake in the form: said calmly, as a wait, not as an error.
  const paused = fields.length === 0 && problems.form?.key === 'errors.TOO_MANY_WRITES';
  return (
    <div
      ref={ref}
      role={paused ? 'status' : 'alert'}
      tabIndex={-1}
      className={paused ? 'notice notice-warning' : 'error-summary'}
      aria-labelledby={`${form}-summary-title`}
    >
      <h2 id={`${form}-summary-title`} className="error-summary-title">
        {paused ? t('form.pausedTitle') : t('form.summaryTitle', { count: fields.length || 1 })}
      </h2>
      {problems.form && (fields.length === 0 || problems.form.key !== 'errors.VALIDATION_FAILED') && (
        <p>
          <ProblemText problem={problems.form} />
        </p>
      )}
      {fields.length > 0 && (
        <ul>
          {fields.map(([path, problem]) => {
            const target = fieldId(form, path);
            return (
              <li key={path}>
                <a
                  href={`#${target}`}
                  onClick={(event) => {
                    const input = document.getElementById(target);
                    if (!input) return;
                    event.preventDefault();
                    input.focus();
                    input.scrollIntoView({ block: 'center' });
                  }}
                >
                  {labels[path] ?? path}: <ProblemText problem={problem} />
                </a>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}

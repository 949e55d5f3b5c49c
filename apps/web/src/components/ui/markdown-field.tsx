import { type ReactNode, type TextareaHTMLAttributes, useDeferredValue, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Problem } from '../../lib/form-errors';
import { TextAreaField } from './form-fields';
import { MarkdownContent } from './markdown-content';

/**
 * A Markdown text area with a live preview below it that follows the typing. The preview is not
 * a live region: a screen reader user reads it when they choose to, not on every key.
 */
export function MarkdownField({
  id,
  label,
  hint,
  problem,
  optional,
  value,
  onChange,
  previewLabel,
  rows = 10,
  ...textarea
}: {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  problem?: Problem | undefined;
  optional?: boolean;
  value: string;
  onChange: (value: string) => void;
  previewLabel: string;
  rows?: number;
} & Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'value' | 'onChange' | 'id'>) {
  const { t } = useTranslation();
  const [shown, setShown] = useState(true);
  const previewId = useId();
  const deferred = useDeferredValue(value);
  return (
    <TextAreaField
      id={id}
      label={label}
      hint={
        <>
          {hint && <p>{hint}</p>}
          <p>{t('markdown.hint')}</p>
        </>
      }
      problem={problem}
      optional={optional}
      rows={rows}
      value={value}
      onChange={(event) => onChange(event.target.value)}
      {...textarea}
    >
      <div className="preview-bar">
        <button
          type="button"
          className="button button-secondary button-small"
          aria-expanded={shown}
          aria-controls={previewId}
          onClick={() => setShown((current) => !current)}
        >
          {shown ? t('markdown.hidePreview') : t('markdown.showPreview')}
        </button>
      </div>
      <section id={previewId} hidden={!shown} aria-label={previewLabel} className="preview">
        {shown &&
          (deferred.trim() ? (
            <MarkdownContent source={deferred} />
          ) : (
            <p className="muted">{t('markdown.previewEmpty')}</p>
          ))}
      </section>
    </TextAreaField>
  );
}

import { MAX_UPLOAD_BYTES, UploadImageInput } from '@hackboard/contracts';
import { type FormEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorSummary } from '../../../components/ui/error-summary';
import { FieldError, TextField } from '../../../components/ui/form-fields';
import { fieldId, problemsFromApiError, problemsFromIssues } from '../../../lib/form-errors';
import { useFormProblems } from '../../../lib/use-form-problems';

/**
 * One image with its required alt text, checked here first (a file, at most 10 MB, alt text) and then
 * by the server, whose refusals show on the same fields. Used for screenshots, banners, logos and avatars.
 */
export function ImageUploadForm({
  form,
  pending,
  submitLabel,
  upload,
  onUploaded,
}: {
  /** The form's id, unique on the page. */
  form: string;
  pending: boolean;
  submitLabel?: string;
  upload: (input: { file: File; alt: string }) => Promise<unknown>;
  onUploaded: () => void;
}) {
  const { t } = useTranslation();
  const { problems, attempt, fail, clear } = useFormProblems();
  const [alt, setAlt] = useState('');
  const fileInput = useRef<HTMLInputElement>(null);
  const labels = { file: t('images.file'), alt: t('images.alt') };
  const file = fieldId(form, 'file');

  function submit(event: FormEvent) {
    event.preventDefault();
    const chosen = fileInput.current?.files?.[0];
    const parsed = UploadImageInput.safeParse({ alt });
    const fields = parsed.success ? {} : problemsFromIssues(parsed.error.issues);
    if (!chosen) fields['file'] = { key: 'images.fileRequired', message: 'Choose an image.' };
    else if (chosen.size > MAX_UPLOAD_BYTES)
      fields['file'] = { key: 'images.fileTooBig', message: 'The file is larger than 10 MB.' };
    if (!parsed.success || Object.keys(fields).length > 0) return fail({ fields, form: null });
    clear();
    upload({ file: chosen!, alt: parsed.data.alt }).then(
      () => {
        setAlt('');
        if (fileInput.current) fileInput.current.value = '';
        onUploaded();
      },
      (error: unknown) => fail(problemsFromApiError(error, ['file', 'alt'])),
    );
  }

  return (
    <>
      <ErrorSummary form={form} problems={problems} labels={labels} attempt={attempt} />
      <form noValidate onSubmit={submit} aria-busy={pending || undefined}>
        <div className={`field${problems.fields['file'] ? ' field-invalid' : ''}`}>
          <label htmlFor={file} className="field-label">
            {labels.file}
          </label>
          <div id={`${file}-hint`} className="field-hint">
            {t('images.fileHint')}
          </div>
          <FieldError id={file} problem={problems.fields['file']} />
          <input
            ref={fileInput}
            id={file}
            name="file"
            type="file"
            accept="image/png,image/jpeg,image/webp"
            aria-describedby={`${file}-hint${problems.fields['file'] ? ` ${file}-error` : ''}`}
            aria-invalid={problems.fields['file'] ? true : undefined}
            required
          />
        </div>
        <TextField
          id={fieldId(form, 'alt')}
          label={labels.alt}
          hint={t('images.altHint')}
          maxLength={300}
          value={alt}
          onChange={(event) => setAlt(event.target.value)}
          problem={problems.fields['alt']}
        />
        <button type="submit" className="button" disabled={pending}>
          {pending ? t('images.uploading') : (submitLabel ?? t('images.upload'))}
        </button>
      </form>
    </>
  );
}

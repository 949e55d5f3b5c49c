import { MAX_UPLOAD_BYTES, MAX_UPLOADED_IMAGES, UploadImageInput } from '@hackboard/contracts';
import { type FormEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorSummary } from '../../../components/ui/error-summary';
import { FieldError, TextField } from '../../../components/ui/form-fields';
import { StatusMessage } from '../../../components/ui/status-message';
import { fieldId, problemsFromApiError, problemsFromIssues } from '../../../lib/form-errors';
import { useFormProblems } from '../../../lib/use-form-problems';
import { useProjectImages, useRemoveImage, useUploadImage } from '../api/project-images';
import { ResponsiveImage } from './responsive-image';

const FORM = 'image-upload';

/** The team's screenshots: upload one at a time with its alt text, or remove one. */
export function ImageUploader({ eventSlug, submissionId }: { eventSlug: string; submissionId: string }) {
  const { t } = useTranslation();
  const images = useProjectImages(eventSlug, submissionId);
  const upload = useUploadImage(eventSlug, submissionId);
  const remove = useRemoveImage(eventSlug, submissionId);
  const { problems, attempt, fail, clear } = useFormProblems();
  const [alt, setAlt] = useState('');
  const [status, setStatus] = useState<string | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const labels = { file: t('images.file'), alt: t('images.alt') };
  const items = images.data?.items ?? [];
  const full = items.length >= MAX_UPLOADED_IMAGES;

  function submit(event: FormEvent) {
    event.preventDefault();
    setStatus(null);
    const file = fileInput.current?.files?.[0];
    const parsed = UploadImageInput.safeParse({ alt });
    const fields = parsed.success ? {} : problemsFromIssues(parsed.error.issues);
    if (!file) fields['file'] = { key: 'images.fileRequired', message: 'Choose an image.' };
    else if (file.size > MAX_UPLOAD_BYTES)
      fields['file'] = { key: 'images.fileTooBig', message: 'The file is larger than 10 MB.' };
    if (!parsed.success || Object.keys(fields).length > 0) return fail({ fields, form: null });
    clear();
    upload.mutate(
      { file: file!, alt: parsed.data.alt },
      {
        onSuccess: () => {
          setStatus(t('images.uploaded'));
          setAlt('');
          if (fileInput.current) fileInput.current.value = '';
        },
        onError: (error) => fail(problemsFromApiError(error, ['file', 'alt'])),
      },
    );
  }

  return (
    <section className="panel" aria-labelledby="image-upload-heading">
      <h2 id="image-upload-heading">{t('images.title')}</h2>
      <p className="muted">{t('images.intro', { count: MAX_UPLOADED_IMAGES })}</p>
      <StatusMessage>{status}</StatusMessage>
      {items.length > 0 && (
        <ul className="image-grid">
          {items.map((image, index) => (
            <li key={image.id}>
              <ResponsiveImage image={image} sizes="12rem" />
              <button
                type="button"
                className="button button-secondary button-small"
                disabled={remove.isPending}
                onClick={() => remove.mutate(image.id, { onSuccess: () => setStatus(t('images.removed')) })}
              >
                {t('images.remove', { number: index + 1 })}
              </button>
            </li>
          ))}
        </ul>
      )}
      {full ? (
        <p className="notice notice-info">{t('images.full', { count: MAX_UPLOADED_IMAGES })}</p>
      ) : (
        <>
          <ErrorSummary form={FORM} problems={problems} labels={labels} attempt={attempt} />
          <form noValidate onSubmit={submit} aria-busy={upload.isPending || undefined}>
            <div className={`field${problems.fields['file'] ? ' field-invalid' : ''}`}>
              <label htmlFor={fieldId(FORM, 'file')} className="field-label">
                {labels.file}
              </label>
              <div id={`${fieldId(FORM, 'file')}-hint`} className="field-hint">
                {t('images.fileHint')}
              </div>
              <FieldError id={fieldId(FORM, 'file')} problem={problems.fields['file']} />
              <input
                ref={fileInput}
                id={fieldId(FORM, 'file')}
                name="file"
                type="file"
                accept="image/png,image/jpeg,image/webp"
                aria-describedby={`${fieldId(FORM, 'file')}-hint${problems.fields['file'] ? ` ${fieldId(FORM, 'file')}-error` : ''}`}
                aria-invalid={problems.fields['file'] ? true : undefined}
                required
              />
            </div>
            <TextField
              id={fieldId(FORM, 'alt')}
              label={labels.alt}
              hint={t('images.altHint')}
              maxLength={300}
              value={alt}
              onChange={(event) => setAlt(event.target.value)}
              problem={problems.fields['alt']}
            />
            <button type="submit" className="button" disabled={upload.isPending}>
              {upload.isPending ? t('images.uploading') : t('images.upload')}
            </button>
          </form>
        </>
      )}
    </section>
  );
}

import { MAX_UPLOADED_IMAGES } from '@hackboard/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { StatusMessage } from '../../../components/ui/status-message';
import { useProjectImages, useRemoveImage, useUploadImage } from '../api/project-images';
import { ImageUploadForm } from './image-upload-form';
import { ResponsiveImage } from './responsive-image';

const FORM = 'image-upload';

/** The team's screenshots: upload one at a time with its alt text, or remove one. */
export function ImageUploader({ eventSlug, submissionId }: { eventSlug: string; submissionId: string }) {
  const { t } = useTranslation();
  const images = useProjectImages(eventSlug, submissionId);
  const upload = useUploadImage(eventSlug, submissionId);
  const remove = useRemoveImage(eventSlug, submissionId);
  const [status, setStatus] = useState<string | null>(null);
  const items = images.data?.items ?? [];
  const full = items.length >= MAX_UPLOADED_IMAGES;

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
                onClick={() => {
                  setStatus(null);
                  remove.mutate(image.id, { onSuccess: () => setStatus(t('images.removed')) });
                }}
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
        <ImageUploadForm
          form={FORM}
          pending={upload.isPending}
          upload={(input) => upload.mutateAsync(input)}
          onUploaded={() => setStatus(t('images.uploaded'))}
        />
      )}
    </section>
  );
}

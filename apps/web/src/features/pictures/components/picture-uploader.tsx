import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { StatusMessage } from '../../../components/ui/status-message';
import { ImageUploadForm } from '../../project-images/components/image-upload-form';
import { useUploadPicture } from '../api/pictures';
import { Picture } from './picture';

export type PictureKind = 'banner' | 'logo' | 'avatar';

/** Replaces a banner, logo or avatar: the current one, then the file and its alt text. */
export function PictureUploader({
  kind,
  path,
  name,
  level = 'h2',
}: {
  kind: PictureKind;
  path: string;
  /** The organization's name, for a logo's heading. */
  name?: string;
  level?: 'h2' | 'h3';
}) {
  const { t } = useTranslation();
  const upload = useUploadPicture(path);
  const [status, setStatus] = useState<string | null>(null);
  const heading = `picture-${kind}-${path.split('/').at(-2)}-heading`;
  const Heading = level;
  return (
    <section className="panel" aria-labelledby={heading}>
      <Heading id={heading}>{t(`pictures.${kind}.title`, { name })}</Heading>
      <p className="muted">{t(`pictures.${kind}.intro`)}</p>
      <StatusMessage>{status}</StatusMessage>
      <Picture path={path} sizes="12rem" className={`picture-preview picture-${kind}`} lazy={false} />
      <ImageUploadForm
        form={`picture-${kind}-${path.split('/').at(-2)}`}
        pending={upload.isPending}
        submitLabel={t(`pictures.${kind}.upload`)}
        upload={(input) => {
          setStatus(null);
          return upload.mutateAsync(input);
        }}
        onUploaded={() => setStatus(t(`pictures.${kind}.uploaded`))}
      />
    </section>
  );
}

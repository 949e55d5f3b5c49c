import type { SubmissionImageDto } from '@hackboard/contracts';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useProjectImages } from '../api/project-images';
import { ResponsiveImage } from './responsive-image';

/** A project's uploaded screenshots as thumbnails; each opens the lightbox. */
export function ProjectImages({
  eventSlug,
  submissionId,
  title,
}: {
  eventSlug: string;
  submissionId: string;
  title: string;
}) {
  const { t } = useTranslation();
  const images = useProjectImages(eventSlug, submissionId);
  const [open, setOpen] = useState<number | null>(null);
  const items = images.data?.items ?? [];
  if (items.length === 0) return null;
  return (
    <>
      <ul className="image-grid project-images">
        {items.map((image, index) => (
          <li key={image.id}>
            <button
              type="button"
              className="image-button"
              aria-label={t('images.open', { number: index + 1, alt: image.alt })}
              onClick={() => setOpen(index)}
            >
              <ResponsiveImage image={image} sizes="(max-width: 40rem) 45vw, 12rem" />
            </button>
          </li>
        ))}
      </ul>
      {open !== null && (
        <Lightbox images={items} index={open} title={title} onIndex={setOpen} onClose={() => setOpen(null)} />
      )}
    </>
  );
}

/**
 * A modal dialog with one image at a time: the native dialog keeps focus inside and closes on
 * Escape; the arrow keys and the buttons move between images; focus goes back where it was.
 */
export function Lightbox({
  images,
  index,
  title,
  onIndex,
  onClose,
}: {
  images: SubmissionImageDto[];
  index: number;
  title: string;
  onIndex: (index: number) => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const dialog = useRef<HTMLDialogElement>(null);
  const image = images[index]!;
  const last = images.length - 1;
  useEffect(() => {
    const opener = document.activeElement as HTMLElement | null;
    dialog.current?.showModal?.();
    return () => opener?.focus();
  }, []);
  const go = (next: number) => onIndex(Math.min(Math.max(next, 0), last));
  return (
    <dialog
      ref={dialog}
      className="dialog lightbox"
      aria-labelledby="lightbox-title"
      onClose={onClose}
      onKeyDown={(event) => {
        if (event.key === 'ArrowRight') go(index + 1);
        if (event.key === 'ArrowLeft') go(index - 1);
      }}
    >
      <h2 id="lightbox-title" className="dialog-title">
        {t('images.lightboxTitle', { title, number: index + 1, count: images.length })}
      </h2>
      <figure>
        <ResponsiveImage image={image} sizes="(max-width: 80rem) 95vw, 1280px" lazy={false} />
        <figcaption>{image.alt}</figcaption>
      </figure>
      <div className="button-row">
        <button type="button" className="button button-secondary" disabled={index === 0} onClick={() => go(index - 1)}>
          {t('images.previous')}
        </button>
        <button
          type="button"
          className="button button-secondary"
          disabled={index === last}
          onClick={() => go(index + 1)}
        >
          {t('images.next')}
        </button>
        <button type="button" className="button" onClick={() => dialog.current?.close()}>
          {t('images.close')}
        </button>
      </div>
    </dialog>
  );
}

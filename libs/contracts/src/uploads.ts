import { z } from 'zod';

/** At most this many screenshots per project. */
export const MAX_UPLOADED_IMAGES = 8;
/** Larger files are refused before they are read. */
export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024;
/** Widths every image is offered in (never wider than the upload itself). */
export const IMAGE_WIDTHS = [320, 640, 1280] as const;

/** Sent as a multipart form field next to the file: what the picture shows, for people who cannot see it. */
export const UploadImageInput = z.strictObject({
  alt: z
    .string({ error: (issue) => (issue.input === undefined ? 'is required' : 'must be text') })
    .trim()
    .min(1, 'is required: describe what the picture shows')
    .max(300, 'must be at most 300 characters'),
});
export type UploadImageInput = z.infer<typeof UploadImageInput>;

export const ImageSourceDto = z.object({
  type: z.enum(['image/avif', 'image/webp', 'image/jpeg']),
  /** `url 320w, url 640w, …` for a `<source srcset>`. */
  srcset: z.string(),
});

export const SubmissionImageDto = z.object({
  id: z.uuid(),
  alt: z.string(),
  width: z.number().int(),
  height: z.number().int(),
  position: z.number().int(),
  /** AVIF, then WebP, then JPEG: a `<picture>` takes the first the browser knows. */
  sources: z.array(ImageSourceDto),
  /** The largest JPEG, for `<img src>`. */
  src: z.string(),
  /** The smallest JPEG, for thumbnails. */
  thumbnail: z.string(),
});
export type SubmissionImageDto = z.infer<typeof SubmissionImageDto>;

export const SubmissionImageListDto = z.object({ items: z.array(SubmissionImageDto) });
export type SubmissionImageListDto = z.infer<typeof SubmissionImageListDto>;

/** One stored rendition: `<content hash>-<width>.<avif|webp|jpg>`. */
export const ImageFileQuery = z.strictObject({
  name: z.string().regex(/^[0-9a-f]{32}-\d{2,4}\.(avif|webp|jpg)$/, 'is not an image file name'),
});
export type ImageFileQuery = z.infer<typeof ImageFileQuery>;

/** What a picture is of: an event's banner, an organization's logo or a team's avatar. */
export const PICTURE_KINDS = ['event-banner', 'organization-logo', 'team-avatar'] as const;
export type PictureKind = (typeof PICTURE_KINDS)[number];

/** A banner, logo or avatar: one per owner, replaced by the next upload, always public. */
export const PictureDto = z.object({
  id: z.uuid(),
  kind: z.enum(PICTURE_KINDS),
  alt: z.string(),
  width: z.number().int(),
  height: z.number().int(),
  /** AVIF, then WebP, then JPEG: a `<picture>` takes the first the browser knows. */
  sources: z.array(ImageSourceDto),
  /** The largest JPEG, for `<img src>`. */
  src: z.string(),
  /** The smallest JPEG, for small badges. */
  thumbnail: z.string(),
});
export type PictureDto = z.infer<typeof PictureDto>;

/** The owner's picture, or null when none has been uploaded. */
export const PictureSlotDto = z.object({ picture: PictureDto.nullable() });
export type PictureSlotDto = z.infer<typeof PictureSlotDto>;

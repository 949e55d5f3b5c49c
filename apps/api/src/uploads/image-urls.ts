/** The content types of the stored renditions, by file extension. */
export const RENDITION_TYPES = { avif: 'image/avif', webp: 'image/webp', jpg: 'image/jpeg' } as const;
export type RenditionType = (typeof RENDITION_TYPES)[keyof typeof RENDITION_TYPES];

interface Stored {
  contentHash: string;
  widths: number[];
}

/** The `<picture>` sources, `<img src>` and thumbnail of a stored image served under `base` + file name. */
export function imageUrls(base: string, image: Stored) {
  const url = (width: number, format: string) => `${base}${image.contentHash}-${width}.${format}`;
  const srcset = (format: string) => image.widths.map((width) => `${url(width, format)} ${width}w`).join(', ');
  return {
    sources: [
      { type: 'image/avif' as const, srcset: srcset('avif') },
      { type: 'image/webp' as const, srcset: srcset('webp') },
      { type: 'image/jpeg' as const, srcset: srcset('jpg') },
    ],
    src: url(image.widths.at(-1)!, 'jpg'),
    thumbnail: url(image.widths[0]!, 'jpg'),
  };
}

/** The content type of `name` when it is one of this image's renditions, else null. */
export function renditionType(image: Stored, name: string): RenditionType | null {
  const [hash, rest] = name.split('-') as [string, string | undefined];
  const [width, format] = (rest ?? '').split('.') as [string, string | undefined];
  if (image.contentHash !== hash || !image.widths.includes(Number(width))) return null;
  return RENDITION_TYPES[format as keyof typeof RENDITION_TYPES] ?? null;
}

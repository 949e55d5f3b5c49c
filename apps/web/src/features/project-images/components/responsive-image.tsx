import type { PictureDto } from '@hackboard/contracts';

/** What a stored image offers: project screenshots, banners, logos and avatars alike. */
export interface StoredImage {
  alt: string;
  width: number;
  height: number;
  sources: PictureDto['sources'];
  src: string;
}

/** AVIF, then WebP, then JPEG: the browser takes the first it can show, at the width it needs. */
export function ResponsiveImage({
  image,
  sizes,
  lazy = true,
  className,
}: {
  image: StoredImage;
  sizes: string;
  lazy?: boolean;
  className?: string;
}) {
  return (
    <picture className={className}>
      {image.sources.map((source) => (
        <source key={source.type} type={source.type} srcSet={source.srcset} sizes={sizes} />
      ))}
      <img
        src={image.src}
        alt={image.alt}
        width={image.width}
        height={image.height}
        loading={lazy ? 'lazy' : undefined}
        decoding="async"
      />
    </picture>
  );
}

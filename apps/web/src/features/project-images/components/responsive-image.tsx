import type { SubmissionImageDto } from '@hackboard/contracts';

/** AVIF, then WebP, then JPEG: the browser takes the first it can show, at the width it needs. */
export function ResponsiveImage({
  image,
  sizes,
  lazy = true,
}: {
  image: SubmissionImageDto;
  sizes: string;
  lazy?: boolean;
}) {
  return (
    <picture>
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

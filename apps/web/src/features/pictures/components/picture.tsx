import { ResponsiveImage } from '../../project-images/components/responsive-image';
import { usePicture } from '../api/pictures';

/** The banner, logo or avatar at `path`, or nothing while there is none. */
export function Picture({
  path,
  sizes,
  className,
  lazy = true,
}: {
  path: string;
  sizes: string;
  className: string;
  lazy?: boolean;
}) {
  const picture = usePicture(path).data?.picture;
  if (!picture) return null;
  return <ResponsiveImage image={picture} sizes={sizes} className={className} lazy={lazy} />;
}

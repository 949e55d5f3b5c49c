import { useProjectImages } from '../api/project-images';
import { ResponsiveImage } from './responsive-image';

/** A project's first image, large (for the big screen's reveal); nothing when it has none or it is hidden. */
export function MainImage({ eventSlug, submissionId }: { eventSlug: string; submissionId: string }) {
  const images = useProjectImages(eventSlug, submissionId);
  const first = images.data?.items[0];
  if (!first) return null;
  return <ResponsiveImage image={first} sizes="(min-width: 60rem) 40vw, 90vw" className="reveal-image" lazy={false} />;
}

import type { SubmissionDatasetDto } from '@hackboard/contracts';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ExternalLink } from '../../../components/ui/external-link';
import { MarkdownContent } from '../../../components/ui/markdown-content';

/** What a project shows: the gallery's view, and the editor's preview of it. */
export interface ProjectView {
  title: string;
  summary: string;
  description: string;
  teamName?: string;
  challenge?: { id: string; title: string };
  repositoryUrl: string | null;
  demoUrl: string | null;
  videoUrl: string | null;
  images: readonly string[];
  datasets: readonly SubmissionDatasetDto[];
}

// Only web addresses become links and images: a preview shows what a team typed before it is checked.
const isWebAddress = (value: string | null): value is string => !!value && /^https?:\/\/\S+$/i.test(value.trim());

/** A project as visitors see it in the gallery. */
export function ProjectDetails({
  project,
  eventSlug,
  level = 2,
  headingId,
  collapsible = false,
}: {
  project: ProjectView;
  eventSlug: string;
  level?: 2 | 3;
  headingId?: string;
  /** In lists: the description, images and data sets open on demand. */
  collapsible?: boolean;
}) {
  const { t } = useTranslation();
  const Heading = level === 2 ? 'h2' : 'h3';
  const Subheading = level === 2 ? 'h3' : 'h4';
  const title = project.title.trim() || t('project.untitled');
  const links = (
    [
      ['repositoryUrl', project.repositoryUrl],
      ['demoUrl', project.demoUrl],
      ['videoUrl', project.videoUrl],
    ] as const
  ).filter((entry): entry is readonly [(typeof entry)[0], string] => isWebAddress(entry[1]));
  const images = project.images.filter(isWebAddress);
  const hasBody = !!project.description.trim() || images.length > 0 || project.datasets.length > 0;
  const body = (
    <>
      {project.description.trim() && <MarkdownContent source={project.description} />}
      {images.length > 0 && (
        <ul className="image-grid">
          {images.map((src, index) => (
            <li key={`${index}-${src}`}>
              <img src={src} alt={t('project.imageAlt', { number: index + 1, title })} loading="lazy" />
            </li>
          ))}
        </ul>
      )}
      {project.datasets.length > 0 && (
        <>
          <Subheading className="project-subheading">{t('project.datasets')}</Subheading>
          <ul className="plain-list">
            {project.datasets.map((dataset) => (
              <li key={dataset.datasetId ?? `${dataset.title}-${dataset.url}`}>
                {isWebAddress(dataset.url) ? (
                  <ExternalLink href={dataset.url}>{dataset.title}</ExternalLink>
                ) : (
                  dataset.title
                )}
                {dataset.datasetId && <span className="badge badge-catalogue">{t('project.fromCatalogue')}</span>}
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );

  return (
    <article className="project" aria-labelledby={headingId}>
      <Heading id={headingId} className="project-title">
        {title}
      </Heading>
      {(project.teamName || project.challenge) && (
        <p className="muted project-meta">
          {project.teamName && t('project.byTeam', { team: project.teamName })}
          {project.teamName && project.challenge && ' · '}
          {project.challenge && (
            <>
              {t('project.challenge')}{' '}
              <Link to={`/events/${eventSlug}/challenges/${project.challenge.id}`}>{project.challenge.title}</Link>
            </>
          )}
        </p>
      )}
      {project.summary.trim() && <p className="project-summary">{project.summary}</p>}
      {links.length > 0 && (
        <ul className="link-row" aria-label={t('project.links')}>
          {links.map(([field, url]) => (
            <li key={field}>
              <ExternalLink href={url}>{t(`project.${field}`)}</ExternalLink>
            </li>
          ))}
        </ul>
      )}
      {collapsible && hasBody ? (
        <details className="project-more">
          <summary>
            {t('project.more')}
            <span className="visually-hidden"> – {title}</span>
          </summary>
          {body}
        </details>
      ) : (
        body
      )}
    </article>
  );
}

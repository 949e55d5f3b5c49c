import type { BuiltProjectDto } from '@hackboard/contracts';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ExternalLink } from '../../../components/ui/external-link';

/** Projects built on a data set, each with its event, challenge and links. */
export function BuiltProjects({ projects }: { projects: readonly BuiltProjectDto[] }) {
  const { t } = useTranslation();
  if (projects.length === 0) return <p className="muted">{t('openData.nothingYet')}</p>;
  return (
    <ul className="dataset-list">
      {projects.map((project) => (
        <li key={project.id} className="dataset-item">
          <p className="dataset-title">
            <Link to={`/events/${project.event.slug}/gallery`}>{project.title}</Link>
          </p>
          <p>{project.summary}</p>
          <dl className="inline-facts">
            <div>
              <dt>{t('openData.team')}</dt>
              <dd>{project.teamName}</dd>
            </div>
            <div>
              <dt>{t('openData.event')}</dt>
              <dd>
                <Link to={`/events/${project.event.slug}`}>{project.event.name}</Link>
              </dd>
            </div>
            <div>
              <dt>{t('openData.challenge')}</dt>
              <dd>
                <Link to={`/events/${project.event.slug}/challenges/${project.challenge.id}`}>
                  {project.challenge.title}
                </Link>
              </dd>
            </div>
          </dl>
          {(project.repositoryUrl || project.demoUrl) && (
            <p className="button-row">
              {project.repositoryUrl && (
                <ExternalLink href={project.repositoryUrl}>
                  {t('openData.source', { title: project.title })}
                </ExternalLink>
              )}
              {project.demoUrl && (
                <ExternalLink href={project.demoUrl}>{t('openData.demo', { title: project.title })}</ExternalLink>
              )}
            </p>
          )}
        </li>
      ))}
    </ul>
  );
}

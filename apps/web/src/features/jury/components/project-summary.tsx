import type { ReviewSubmissionDto } from '@hackboard/contracts';
import { useTranslation } from 'react-i18next';
import { ExternalLink } from '../../../components/ui/external-link';
import { MarkdownContent } from '../../../components/ui/markdown-content';

// Teams type these addresses; only web addresses become links and images.
const isWebAddress = (value: string | null): value is string => !!value && /^https?:\/\/\S+$/i.test(value.trim());

/**
 * What a juror sees of a project to judge it: its team, challenge, summary, links, description
 * (markdown, rendered safely) and images. Nothing about other jurors is ever part of it.
 */
export function ProjectSummary({
  project,
  headingLevel,
  headingId,
  label,
}: {
  project: ReviewSubmissionDto;
  headingLevel: 1 | 2;
  headingId: string;
  /** Shown above the title, e.g. "Project A" on the comparison screen. */
  label?: string;
}) {
  const { t } = useTranslation();
  const Heading = headingLevel === 1 ? 'h1' : 'h2';
  const Subheading = headingLevel === 1 ? 'h2' : 'h3';
  const title = project.title.trim() || t('jury.project.untitled');
  const links = (
    [
      ['repository', project.repositoryUrl],
      ['demo', project.demoUrl],
      ['video', project.videoUrl],
    ] as const
  ).filter((entry): entry is readonly [(typeof entry)[0], string] => isWebAddress(entry[1]));
  const images = project.images.filter(isWebAddress);
  return (
    <>
      {label && <p className="compare-label">{label}</p>}
      <Heading id={headingId}>{title}</Heading>
      <dl className="inline-facts">
        <div>
          <dt>{t('jury.project.team')}</dt>
          <dd>{project.teamName}</dd>
        </div>
        <div>
          <dt>{t('jury.project.challenge')}</dt>
          <dd>{project.challenge.title}</dd>
        </div>
      </dl>
      {project.summary.trim() && <p className="lead">{project.summary}</p>}
      {links.length > 0 && (
        <ul className="link-row">
          {links.map(([kind, href]) => (
            <li key={kind}>
              <ExternalLink href={href}>
                {t(`jury.project.${kind}`)} <span className="visually-hidden">– {title}</span>
              </ExternalLink>
            </li>
          ))}
        </ul>
      )}
      {project.description.trim() ? (
        <>
          <Subheading className="project-subheading">{t('jury.project.description')}</Subheading>
          <MarkdownContent source={project.description} />
        </>
      ) : (
        <p className="muted">{t('jury.project.noDescription')}</p>
      )}
      {images.length > 0 && (
        <ul className="image-grid">
          {images.map((src, index) => (
            <li key={`${index}-${src}`}>
              <img src={src} alt={t('jury.project.imageAlt', { number: index + 1, title })} loading="lazy" />
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

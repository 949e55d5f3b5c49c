import { picturePaths } from '../../pictures/api/pictures';
import { Picture } from '../../pictures/components/picture';
import type { ChallengeDto, EventDto, GalleryProjectDto } from '@hackboard/contracts';
import { type FormEvent, type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { DeadlineCountdown } from '../../../components/ui/deadline-countdown';
import { SelectField } from '../../../components/ui/form-fields';
import { QueryState } from '../../../components/ui/query-state';
import { StatusMessage } from '../../../components/ui/status-message';
import { useNow } from '../../../lib/use-now';
import { GALLERY_PAGE_SIZE, useGallery } from '../api/get-gallery';
import { ProjectDetails } from './project-details';
import { ProjectImages } from '../../project-images/components/project-images';

/** The submitted projects (`/events/:slug/gallery`), public once the submission deadline has passed. */
export function GalleryPage({
  event,
  challenges,
  projectActions,
}: {
  event: EventDto;
  challenges: readonly ChallengeDto[] | undefined;
  /** Controls other features add under each project (the audience vote). */
  projectActions?: (project: GalleryProjectDto) => ReactNode;
}) {
  const { t } = useTranslation();
  const now = useNow();
  const [params, setParams] = useSearchParams();
  const challengeId = params.get('challenge');
  const page = Math.max(1, Number.parseInt(params.get('page') ?? '1', 10) || 1);
  const gallery = useGallery(event.slug, challengeId, (page - 1) * GALLERY_PAGE_SIZE);
  const [choice, setChoice] = useState(challengeId ?? '');
  const [filtered, setFiltered] = useState(false);
  const open = now >= Date.parse(event.timeline.submissionDeadline);
  const chosen = challenges?.find((challenge) => challenge.id === challengeId);
  const heading = chosen ? t('gallery.titleFor', { challenge: chosen.title }) : t('gallery.title');

  function filter(formEvent: FormEvent) {
    formEvent.preventDefault();
    setFiltered(true);
    setParams(choice ? { challenge: choice } : {});
  }

  const pageLink = (target: number) => {
    const next = new URLSearchParams(params);
    if (target > 1) next.set('page', String(target));
    else next.delete('page');
    const query = next.toString();
    return query ? `?${query}` : '.';
  };

  return (
    <>
      <title>{`${heading}${page > 1 ? ` (${t('pager.page', { page })})` : ''} – ${event.name} – ${t('app.name')}`}</title>
      <header className="page-header">
        <p className="eyebrow">
          <Link to={`/events/${event.slug}`}>{event.name}</Link>
        </p>
        <h1>{t('gallery.title')}</h1>
        <p className="lead">{t('gallery.intro')}</p>
      </header>
      {!open ? (
        <div className="notice notice-info">
          <p>{t('gallery.notYet')}</p>
          <DeadlineCountdown deadline={event.timeline.submissionDeadline} timezone={event.timezone} now={now} />
        </div>
      ) : (
        <>
          {challenges && challenges.length > 1 && (
            <form onSubmit={filter} className="filter-form" aria-label={t('gallery.filter')}>
              <SelectField
                id="gallery-challenge"
                label={t('gallery.challenge')}
                required={false}
                value={choice}
                onChange={(event) => setChoice(event.target.value)}
              >
                <option value="">{t('gallery.allChallenges')}</option>
                {challenges.map((challenge) => (
                  <option key={challenge.id} value={challenge.id}>
                    {challenge.title}
                  </option>
                ))}
              </SelectField>
              <button type="submit" className="button button-secondary">
                {t('gallery.show')}
              </button>
            </form>
          )}
          <QueryState query={gallery}>
            {(data) => {
              const pages = Math.max(1, Math.ceil(data.total / GALLERY_PAGE_SIZE));
              const summary = chosen
                ? t('gallery.countFor', { count: data.total, challenge: chosen.title })
                : t('gallery.count', { count: data.total });
              return (
                <>
                  <p className="muted">{summary}</p>
                  <StatusMessage tone="info">{filtered ? summary : null}</StatusMessage>
                  {data.items.length === 0 ? (
                    <p className="empty">{chosen ? t('gallery.emptyFor') : t('gallery.empty')}</p>
                  ) : (
                    <ul className="project-list" aria-busy={gallery.isPlaceholderData || undefined}>
                      {data.items.map((project) => (
                        <li key={project.id} className="card">
                          <Picture
                            path={picturePaths.avatar(event.slug, project.teamId)}
                            sizes="3rem"
                            className="team-avatar team-avatar-small"
                          />
                          <ProjectDetails
                            project={project}
                            eventSlug={event.slug}
                            headingId={`project-${project.id}`}
                            collapsible
                          />
                          <ProjectImages eventSlug={event.slug} submissionId={project.id} title={project.title} />
                          {projectActions?.(project)}
                        </li>
                      ))}
                    </ul>
                  )}
                  {pages > 1 && (
                    <nav aria-label={t('pager.label')} className="pagination">
                      {page > 1 ? (
                        <Link to={pageLink(page - 1)} rel="prev">
                          {t('pager.previous')}
                        </Link>
                      ) : (
                        <span />
                      )}
                      <span>{t('pager.pageOf', { page, pages })}</span>
                      {page < pages ? (
                        <Link to={pageLink(page + 1)} rel="next">
                          {t('pager.next')}
                        </Link>
                      ) : (
                        <span />
                      )}
                    </nav>
                  )}
                </>
              );
            }}
          </QueryState>
        </>
      )}
    </>
  );
}

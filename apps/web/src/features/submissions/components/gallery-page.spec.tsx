import type { ChallengeDto, EventDto, GalleryPageDto } from '@hackboard/contracts';
import { fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderApp } from '../../../testing/render-app';
import { GalleryPage } from './gallery-page';

const event = {
  id: '5b0c6f4e-4a3e-4f7e-9d51-6f5d7f0e2c11',
  slug: 'spring-hack',
  name: 'Spring Hack',
  timezone: 'Europe/Stockholm',
  timeline: {
    registrationOpensAt: '2026-05-01T08:00:00.000Z',
    hackingStartsAt: '2026-05-19T16:00:00.000Z',
    submissionDeadline: '2026-05-21T16:00:00.000Z',
    judgingEndsAt: '2026-05-23T16:00:00.000Z',
    resultsPublishedAt: null,
  },
} as EventDto;

const challenge = (id: string, title: string) => ({ id, title }) as ChallengeDto;
const challenges = [
  challenge('6c4b7a1e-2f0d-4e5a-9b3c-1d2e3f4a5b6c', 'Safer routes to school'),
  challenge('7d5c8b2f-3a1e-4f6b-8c4d-2e3f4a5b6c7d', 'Train delays'),
];

const project = {
  id: '9a8b7c6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d',
  title: 'Trygga skolvägen',
  summary: 'Safer routes.',
  description: 'A **map**.',
  teamId: '5f0e6a52-3c1b-4d2e-9f7a-1b2c3d4e5f60',
  teamName: 'Skolvägen',
  challenge: { id: challenges[0]!.id, title: challenges[0]!.title },
  repositoryUrl: 'https://example.org/repo',
  demoUrl: null,
  videoUrl: null,
  images: ['javascript:alert(1)', 'https://example.org/shot.png'],
  datasets: [],
  submittedAt: '2026-05-21T15:00:00.000Z',
};

const routes = (e: EventDto) => [
  { path: '/events/:slug/gallery', element: <GalleryPage event={e} challenges={challenges} /> },
];

describe('the project gallery', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('lists the submitted projects and filters them by challenge', async () => {
    const { calls, router } = renderApp(
      routes(event),
      ({ url }): Response =>
        url.includes('/images')
          ? Response.json({ items: [] })
          : url.includes('/avatar')
            ? Response.json({ picture: null })
            : Response.json({
                items: url.includes('challengeId=7d5c') ? [] : [project],
                total: url.includes('challengeId=7d5c') ? 0 : 1,
                limit: 12,
                offset: 0,
              } satisfies GalleryPageDto),
      '/events/spring-hack/gallery',
    );
    expect(await screen.findByRole('heading', { level: 2, name: 'Trygga skolvägen' })).toBeTruthy();
    expect(screen.getByText(/^By Skolvägen/)).toBeTruthy();
    // Only web addresses become images.
    expect(document.querySelectorAll('img')).toHaveLength(1);

    fireEvent.change(screen.getByLabelText('Challenge'), { target: { value: challenges[1]!.id } });
    fireEvent.click(screen.getByRole('button', { name: 'Show projects' }));
    expect(await screen.findByText('No projects were submitted for this challenge.')).toBeTruthy();
    expect(router.state.location.search).toBe(`?challenge=${challenges[1]!.id}`);
    expect(calls.at(-1)?.url).toBe(
      `/api/events/spring-hack/gallery?limit=12&offset=0&challengeId=${challenges[1]!.id}`,
    );
    expect(screen.getByRole('status').textContent).toBe('0 projects for “Train delays”');
  });

  it('says when it opens while the teams are still working', async () => {
    const open = { ...event, timeline: { ...event.timeline, submissionDeadline: '2099-05-21T16:00:00.000Z' } };
    renderApp(
      routes(open),
      () => Response.json({ items: [], total: 0, limit: 12, offset: 0 }),
      '/events/spring-hack/gallery',
    );
    expect(await screen.findByText('The gallery opens when the submission deadline has passed.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Show projects' })).toBeNull();
  });
});

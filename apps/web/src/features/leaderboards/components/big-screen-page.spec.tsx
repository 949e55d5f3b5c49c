import type { EventDto, MeDto } from '@hackboard/contracts';
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { type Call, renderApp } from '../../../testing/render-app';
import { board, challenges, event, loadResultsStrings, organizer, standing } from '../testing/fixtures';
import { MainImage } from '../../project-images/components/main-image';
import { standingIds } from '../testing/fixtures';
import { BigScreenPage } from './big-screen-page';

vi.mock('../../../lib/realtime', () => ({
  subscribeToEvent: () => () => {},
  onMessage: () => () => {},
  onReconnect: () => () => {},
}));

const noVote = { ...event, audienceVote: false } satisfies EventDto;

function api(me: MeDto | null) {
  return ({ url }: Call): Response => {
    if (url === '/api/auth/session') return Response.json({ user: me ?? null });
    if (url === '/api/events/spring-hack/leaderboard') {
      return Response.json(board(5, [standing(0, 1, 9), standing(1, 2, 8), standing(2, 2, 8), standing(3, 4, 6)]));
    }
    if (url === `/api/events/spring-hack/leaderboard?challengeId=${challenges[0]!.id}`) {
      return Response.json(board(5, [standing(0, 1, 9), standing(2, 2, 8)], { source: 'round' }));
    }
    return Response.json({ code: 'LEADERBOARD_NOT_FOUND', message: 'No heat.' }, { status: 404 });
  };
}

const render = (shown: EventDto, me: MeDto | null, search = '') =>
  renderApp(
    [{ path: '/events/:slug/big-screen', element: <BigScreenPage event={shown} challenges={challenges} /> }],
    api(me),
    `/events/spring-hack/big-screen${search}`,
  );

const heading = () => screen.getByRole('heading', { level: 1 }).textContent;
const key = (name: string) => act(() => void fireEvent.keyDown(document.body, { key: name }));

describe('the big screen', () => {
  beforeAll(loadResultsStrings);
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('turns from board to board, pauses with space and steps with the arrow keys', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    render(noVote, null, '?seconds=10');
    await screen.findByRole('table');
    // The second challenge has no board: two boards to show.
    await waitFor(() => expect(screen.getByText(/Board 1 of 2\./)).toBeTruthy());
    expect(heading()).toBe('Overall');
    expect(screen.getByText(/every 10 seconds/)).toBeTruthy();

    await act(() => vi.advanceTimersByTimeAsync(10_000));
    expect(heading()).toBe('Safer routes to school');
    expect(within(screen.getByRole('table')).getAllByRole('row')).toHaveLength(3);

    key(' ');
    expect(screen.getByRole('button', { name: 'Pause' }).getAttribute('aria-pressed')).toBe('true');
    await act(() => vi.advanceTimersByTimeAsync(30_000));
    expect(heading()).toBe('Safer routes to school');

    key('ArrowRight');
    expect(heading()).toBe('Overall');
    key('ArrowLeft');
    expect(heading()).toBe('Safer routes to school');
    key(' ');
    expect(screen.getByRole('button', { name: 'Pause' }).getAttribute('aria-pressed')).toBe('false');
    expect(screen.queryByRole('button', { name: /Reveal/ })).toBeNull();
  });

  it('lets an organizer reveal the results from last place to first, the winner last', async () => {
    render({ ...noVote, phase: 'closed' }, organizer);
    const start = await screen.findByRole('button', { name: 'Reveal the results: Overall' });
    expect(screen.getByText(/The reveal runs on this screen only/)).toBeTruthy();
    fireEvent.click(start);
    expect(heading()).toBe('Results: Overall');
    const next = screen.getByRole('button', { name: 'Reveal the next place' });
    expect(document.activeElement).toBe(next);
    expect(screen.getByText('4 places left to reveal')).toBeTruthy();
    const live = document.querySelector('.reveal [role="status"]')!;

    key('ArrowRight');
    expect(live.textContent).toBe('Place 4: Project D by Team D');
    fireEvent.click(next);
    expect(live.textContent).toBe('Place 2: Project C by Team C');
    key('ArrowLeft');
    expect(screen.getByText('3 places left to reveal')).toBeTruthy();
    key('ArrowRight');
    key('ArrowRight');
    expect(live.textContent).toBe('Place 2: Project B by Team B');
    const revealed = screen.getByRole('list', { name: 'Revealed places' });
    expect(
      within(revealed)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['Place 2Project BTeam B', 'Place 2Project CTeam C', 'Place 4Project DTeam D']);
    expect(screen.queryByText('The winner')).toBeNull();

    key('ArrowRight');
    expect(live.textContent).toBe('The winner: Project A by Team A');
    expect(screen.getByText('The winner')).toBeTruthy();
    expect(screen.getByText('Project A')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Reveal the next place' })).toHaveProperty('disabled', true);
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'End the reveal' }));

    key('Escape');
    expect(heading()).toBe('Overall');
    expect(screen.getByRole('table')).toBeTruthy();
  });

  it('offers no reveal before judging is over', async () => {
    render(noVote, organizer);
    await screen.findByRole('table');
    await waitFor(() => expect(screen.getByText(/Board 1 of 2\./)).toBeTruthy());
    expect(screen.queryByRole('button', { name: /Reveal/ })).toBeNull();
  });

  it("shows a project's main image as its place is revealed, and none for a project without one", async () => {
    const [withImage, winner] = [standingIds[3]!, standingIds[0]!];
    const image = (alt: string, id: string) => ({
      id,
      alt,
      width: 1280,
      height: 720,
      position: 0,
      sources: [{ type: 'image/webp', srcset: `/api/x/${id}-640.webp 640w` }],
      src: `/api/x/${id}-1280.jpg`,
      thumbnail: `/api/x/${id}-320.jpg`,
    });
    const images = (submissionId: string) =>
      submissionId === withImage
        ? [image('A map of safe school routes', '1b0e6a52-3c1b-4d2e-9f7a-1b2c3d4e5f60')]
        : submissionId === winner
          ? [image('The winning app on a phone', '2b0e6a52-3c1b-4d2e-9f7a-1b2c3d4e5f60')]
          : [];
    const base = api(organizer);
    renderApp(
      [
        {
          path: '/events/:slug/big-screen',
          element: (
            <BigScreenPage
              event={{ ...noVote, phase: 'closed' }}
              challenges={challenges}
              projectImage={(id) => <MainImage eventSlug="spring-hack" submissionId={id} />}
            />
          ),
        },
      ],
      (call) => {
        const match = /\/submissions\/([0-9a-f-]+)\/images$/.exec(call.url);
        return match ? Response.json({ items: images(match[1]!) }) : base(call);
      },
      '/events/spring-hack/big-screen',
    );
    fireEvent.click(await screen.findByRole('button', { name: 'Reveal the results: Overall' }));
    key('ArrowRight');
    const shown = await screen.findByRole('img', { name: 'A map of safe school routes' });
    expect(shown.closest('.reveal-latest')).toBeTruthy();
    key('ArrowRight');
    // Project C has no image: the one before it is no longer the latest, so nothing is shown.
    await waitFor(() => expect(screen.queryByRole('img')).toBeNull());
    key('ArrowRight');
    key('ArrowRight');
    expect(
      (await screen.findByRole('img', { name: 'The winning app on a phone' })).closest('.reveal-winner'),
    ).toBeTruthy();
  });
});

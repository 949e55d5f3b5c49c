import type { TeamListingDto } from '@hackboard/contracts';
import i18next from 'i18next';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import englishFinder from '../../../locales/en/finder.json';
import { renderApp } from '../../../testing/render-app';
import { ListingForm } from './listing-form';

const challenges = [
  { id: '44444444-4444-4444-8444-444444444444', title: 'Safer routes to school' },
  { id: '55555555-5555-4555-8555-555555555555', title: 'Cleaner air' },
];

const listing: TeamListingDto = {
  teamId: '22222222-2222-4222-8222-222222222222',
  name: 'Skolvägen',
  size: 2,
  maxSize: 3,
  lookingForMembers: true,
  wantedSkills: ['Design'],
  missingSkills: ['Design'],
  pitch: 'A map of safe routes.',
  challengeIds: [challenges[0]!.id],
  languages: ['sv'],
};

describe("the team's listing", () => {
  beforeAll(() => i18next.addResourceBundle('en', 'common', englishFinder, true, true));

  it('saves the challenges the team works on', async () => {
    const { calls } = renderApp(
      [{ path: '/', element: <ListingForm slug="spring-hack" listing={listing} challenges={challenges} /> }],
      ({ body }) => Response.json({ ...listing, ...(body as object) }),
    );
    screen.getByRole('group', { name: 'Challenges the team works on' });
    expect(screen.getByLabelText<HTMLInputElement>('Safer routes to school').checked).toBe(true);
    fireEvent.click(screen.getByLabelText('Cleaner air'));
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(calls.some((call) => call.method === 'PUT')).toBe(true));
    expect(calls.find((call) => call.method === 'PUT')).toMatchObject({
      url: `/api/events/spring-hack/finder/teams/${listing.teamId}`,
      body: { challengeIds: challenges.map((challenge) => challenge.id) },
    });
  });
});

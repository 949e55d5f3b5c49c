import { act, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadMessages, setLanguage } from '../../../lib/i18n';
import { renderApp, unauthenticated } from '../../../testing/render-app';
import { SignInPage } from '../../account/components/sign-in-page';
import { SignInProblemPage } from './sign-in-problem-page';

const providers = [
  { id: 'agency', name: 'Agency ID' },
  { id: 'kommun', name: 'Kommunens inloggning' },
];

describe('signing in through an organization', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    act(() => setLanguage('en'));
  });

  it('offers a button per provider that starts at the provider and comes back to where the user was going', async () => {
    await loadMessages('manage');
    renderApp(
      [{ path: '/sign-in', Component: SignInPage }],
      ({ url }) => (url === '/api/sso/providers' ? Response.json(providers) : unauthenticated()),
      '/sign-in?next=%2Finvitations%2Fabc',
    );
    const agency = await screen.findByRole('link', { name: 'Sign in with Agency ID' });
    expect(agency.getAttribute('href')).toBe('/api/sso/agency/start?returnTo=%2Finvitations%2Fabc&language=en');
    expect(screen.getByRole('link', { name: 'Sign in with Kommunens inloggning' })).toBeTruthy();
    act(() => setLanguage('sv'));
    const swedish = await screen.findByRole('link', { name: 'Logga in med Agency ID' });
    expect(swedish.getAttribute('href')).toContain('language=sv');
  });

  it('shows no provider buttons when none is configured', async () => {
    await loadMessages('manage');
    renderApp(
      [{ path: '/sign-in', Component: SignInPage }],
      ({ url }) => (url === '/api/sso/providers' ? Response.json([]) : unauthenticated()),
      '/sign-in',
    );
    await screen.findByRole('heading', { level: 1, name: 'Sign in' });
    expect(screen.queryByRole('heading', { name: 'Sign in with your organization' })).toBeNull();
  });

  it('explains a refused sign-in in the reader’s language, with the logged reference and a way back', async () => {
    await loadMessages('manage');
    renderApp(
      [{ path: '/sign-in/problem', Component: SignInProblemPage }],
      () => unauthenticated(),
      '/sign-in/problem?code=SSO_EMAIL_NOT_VERIFIED&ref=req-123&next=%2Fevents%2Fx',
    );
    await screen.findByRole('heading', { level: 1, name: 'The sign-in did not work' });
    expect(screen.getByText(/has not verified your email address/)).toBeTruthy();
    expect(screen.getByText('req-123')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Back to sign-in' }).getAttribute('href')).toBe(
      '/sign-in?next=%2Fevents%2Fx',
    );
    act(() => setLanguage('sv'));
    expect(await screen.findByText(/har inte verifierat din e-postadress/)).toBeTruthy();
  });

  it('says something true for a code it does not know, and never links away from the site', async () => {
    await loadMessages('manage');
    renderApp(
      [{ path: '/sign-in/problem', Component: SignInProblemPage }],
      () => unauthenticated(),
      '/sign-in/problem?code=<script>&next=%2F%2Fevil.example',
    );
    expect(await screen.findByText(/could not be completed/)).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Back to sign-in' }).getAttribute('href')).toBe('/sign-in');
  });
});

import { fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderApp } from '../../../testing/render-app';
import { SsoRequirementsSection } from './sso-requirements-form';

const routes = [{ path: '/events/:slug/organize', element: <SsoRequirementsSection slug="spring-hack" /> }];

describe('the organizer’s sign-in requirement', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('requires a provider for jurors and saves only that', async () => {
    const { calls } = renderApp(
      routes,
      ({ url, method, body }) =>
        url === '/api/sso/providers'
          ? Response.json([{ id: 'agency', name: 'Agency ID' }])
          : method === 'PUT'
            ? Response.json({ jury: null, agency: null, ...(body as object) })
            : Response.json({ jury: null, agency: null }),
      '/events/spring-hack/organize',
    );
    const jurors = await screen.findByLabelText(/Jurors must sign in with/);
    fireEvent.change(jurors, { target: { value: 'agency' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('The sign-in requirements have been saved.')).toBeTruthy();
    expect(calls.find((call) => call.method === 'PUT')).toEqual({
      method: 'PUT',
      url: '/api/events/spring-hack/sso-requirements',
      body: { jury: 'agency', agency: null },
    });
  });

  it('is not shown, and asks nothing about the event, when no provider is configured', async () => {
    const { calls } = renderApp(
      routes,
      ({ url }) => (url === '/api/sso/providers' ? Response.json([]) : Response.json({ jury: null, agency: null })),
      '/events/spring-hack/organize',
    );
    await vi.waitFor(() => expect(calls.some((call) => call.url === '/api/sso/providers')).toBe(true));
    expect(screen.queryByRole('heading', { name: 'Sign-in through an organization' })).toBeNull();
    expect(calls.some((call) => call.url.includes('sso-requirements'))).toBe(false);
  });
});

import { act, fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { setLanguage } from '../../../lib/i18n';
import { renderApp, unauthenticated } from '../../../testing/render-app';
import { UnsubscribePage } from './unsubscribe-page';

const routes = [{ path: '/unsubscribe', Component: UnsubscribePage }];
const settings = { team: true, reminders: true, jury: true, announcements: true, messages: false, results: true };

describe('the unsubscribe page', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    act(() => setLanguage('en'));
  });

  it('does nothing on opening, turns the topic off on the button, and links to every setting', async () => {
    const { calls } = renderApp(
      routes,
      ({ url }) =>
        url === '/api/mail/unsubscribe' ? Response.json({ topic: 'messages', settings }) : unauthenticated(),
      '/unsubscribe?token=signed.token',
    );
    const button = await screen.findByRole('button', { name: 'Stop these mails' });
    // A mail scanner opening the link must not unsubscribe anyone.
    expect(calls.filter((call) => call.url === '/api/mail/unsubscribe')).toEqual([]);
    fireEvent.click(button);
    const done = await screen.findByRole('heading', { name: 'You will not get these mails any more' });
    expect(document.activeElement).toBe(done);
    expect(screen.getByText('Mails about “Messages from organizers” are turned off.')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'See all your mail settings' }).getAttribute('href')).toBe(
      '/account#notifications',
    );
    expect(calls.filter((call) => call.url === '/api/mail/unsubscribe')).toEqual([
      { method: 'POST', url: '/api/mail/unsubscribe', body: { token: 'signed.token' } },
    ]);
  });

  it('says in Swedish when the link no longer works', async () => {
    act(() => setLanguage('sv'));
    renderApp(
      routes,
      ({ url }) =>
        url === '/api/mail/unsubscribe'
          ? Response.json({ code: 'UNSUBSCRIBE_TOKEN_INVALID', message: 'This link does not work.' }, { status: 400 })
          : unauthenticated(),
      '/unsubscribe?token=broken',
    );
    fireEvent.click(await screen.findByRole('button', { name: 'Stoppa de här mejlen' }));
    expect((await screen.findByRole('alert')).textContent).toContain('Avregistreringslänken fungerar inte längre.');
  });
});

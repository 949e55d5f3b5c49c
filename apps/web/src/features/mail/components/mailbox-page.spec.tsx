import type { MailDto, MailSummaryDto, MeDto } from '@hackboard/contracts';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderApp } from '../../../testing/render-app';
import { MailDetailPage } from './mail-detail-page';
import { MailboxPage } from './mailbox-page';

const admin: MeDto = {
  id: '0d9c1f7e-3a59-4c1c-9d0e-2a1f7c3b8e11',
  email: 'admin@example.se',
  emailVerified: true,
  displayName: 'Alva Admin',
  language: 'en',
  isAdmin: true,
  memberships: [],
};

const failed: MailSummaryDto = {
  id: '7e6d5c4b-3a29-4180-9f7e-6d5c4b3a2918',
  template: 'password-reset',
  to: 'anna@example.se',
  subject: 'Choose a new password',
  language: 'en',
  status: 'failed',
  attempts: 5,
  lastError: '550 mailbox unavailable',
  eventId: null,
  createdAt: '2026-05-19T16:00:00.000Z',
  nextAttemptAt: '2026-05-19T17:00:00.000Z',
  sentAt: null,
};
const mail: MailDto = {
  ...failed,
  text: 'Open this link to choose a new password.',
  html: '<p>Open <a href="https://example.se">this link</a>.</p><script>alert(1)</script>',
  attachments: [{ filename: 'event.ics', contentType: 'text/calendar' }],
};

const routes = [
  { path: '/admin/mail', Component: MailboxPage },
  { path: '/admin/mail/:mailId', Component: MailDetailPage },
];

describe('the platform mailbox', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('is for platform admins only', async () => {
    const { calls } = renderApp(routes, () => Response.json({ user: { ...admin, isAdmin: false } }), '/admin/mail');
    expect(await screen.findByRole('heading', { level: 1, name: 'Platform admins only' })).toBeTruthy();
    expect(calls.some((call) => call.url.startsWith('/api/admin'))).toBe(false);
  });

  it('lists the mails, filters them by status and pages through them', async () => {
    const { calls, router } = renderApp(
      routes,
      ({ url }) =>
        url.startsWith('/api/admin/mail')
          ? Response.json({ items: [failed], total: 30, limit: 25, offset: url.includes('offset=25') ? 25 : 0 })
          : Response.json({ user: admin }),
      '/admin/mail',
    );
    const table = await screen.findByRole('table', { name: 'Mails 1–1 of 30, newest first' });
    expect(within(table).getByRole('link', { name: 'Choose a new password' }).getAttribute('href')).toBe(
      `/admin/mail/${failed.id}`,
    );
    expect(within(table).getByText('Failed')).toBeTruthy();
    fireEvent.change(screen.getByLabelText(/Status/), { target: { value: 'failed' } });
    fireEvent.click(screen.getByRole('button', { name: 'Show' }));
    await waitFor(() => expect(router.state.location.search).toBe('?status=failed'));
    await waitFor(() =>
      expect(calls.map((call) => call.url)).toContain('/api/admin/mail?limit=25&offset=0&status=failed'),
    );
    fireEvent.click(await screen.findByRole('link', { name: 'Next page →' }));
    await waitFor(() =>
      expect(calls.map((call) => call.url)).toContain('/api/admin/mail?limit=25&offset=25&status=failed'),
    );
    expect(router.state.location.search).toBe('?status=failed&page=2');
  });

  it('shows a mail with its HTML sandboxed, and sends a failed one again', async () => {
    const { calls } = renderApp(
      routes,
      ({ url, method }) => {
        if (url === `/api/admin/mail/${mail.id}/retry` && method === 'POST') {
          return Response.json({ ...failed, status: 'pending', attempts: 0, lastError: null });
        }
        if (url === `/api/admin/mail/${mail.id}`) return Response.json(mail);
        return Response.json({ user: admin });
      },
      `/admin/mail/${mail.id}`,
    );
    await screen.findByRole('heading', { level: 1, name: 'Choose a new password' });
    expect(screen.getByText('550 mailbox unavailable')).toBeTruthy();
    expect(screen.getByText('Open this link to choose a new password.')).toBeTruthy();
    expect(screen.getByText('event.ics')).toBeTruthy();
    const frame = screen.getByTitle('The HTML of “Choose a new password”');
    expect(frame.getAttribute('sandbox')).toBe('');
    expect(frame.getAttribute('srcdoc')).toBe(mail.html);

    fireEvent.click(screen.getByRole('button', { name: 'Send again' }));
    expect(await screen.findByText('The mail to anna@example.se is in the outbox again.')).toBeTruthy();
    expect(screen.getByText('Waiting')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Send again' })).toBeNull();
    expect(calls.filter((call) => call.method === 'POST').map((call) => call.url)).toEqual([
      `/api/admin/mail/${mail.id}/retry`,
    ]);
  });
});

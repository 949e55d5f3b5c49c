import type { AttendeeDto, EventDto, MeDto } from '@hackboard/contracts';
import { fireEvent, screen } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { loadMessages } from '../../../lib/i18n';
import { renderApp } from '../../../testing/render-app';
import { CheckInPage } from './check-in-page';

const event = {
  id: '5b0c6f4e-4a3e-4f7e-9d51-6f5d7f0e2c11',
  slug: 'spring-hack',
  name: 'Spring Hack',
  timezone: 'Europe/Stockholm',
} as EventDto;

const volunteer: MeDto = {
  id: '0d9c1f7e-3a59-4c1c-9d0e-2a1f7c3b8e11',
  email: 'vera@example.se',
  emailVerified: true,
  displayName: 'Vera',
  language: 'en',
  isAdmin: false,
  memberships: [
    { eventId: event.id, eventSlug: event.slug, eventName: event.name, role: 'volunteer', organizationId: null },
  ],
};

const pia: AttendeeDto = {
  userId: '7e6d5c4b-3a29-4180-9f7e-6d5c4b3a2918',
  displayName: 'Pia Deltagare',
  roles: ['participant'],
  checkedInAt: null,
};

const routes = [{ path: '/', element: <CheckInPage event={event} /> }];

describe('the check-in page', () => {
  beforeAll(() => loadMessages('eventday'));
  afterEach(() => vi.unstubAllGlobals());

  it('checks a typed code in, says who it was, and says so again when the ticket was already used', async () => {
    let used = false;
    const { calls } = renderApp(routes, ({ url, method }) => {
      if (url === '/api/auth/session') return Response.json({ user: volunteer });
      if (method === 'POST' && url.endsWith('/check-ins')) {
        const answer = {
          attendee: { ...pia, checkedInAt: '2026-05-19T16:05:00.000Z' },
          alreadyCheckedIn: used,
        };
        used = true;
        return Response.json(answer);
      }
      return Response.json({ code: 'NOT_FOUND', message: 'No.' }, { status: 404 });
    });
    fireEvent.change(await screen.findByLabelText('Ticket code'), { target: { value: 'ab12 cd34 ef56' } });
    fireEvent.click(screen.getByRole('button', { name: 'Check in' }));
    expect(await screen.findByText('Pia Deltagare is checked in.')).toBeTruthy();
    expect(calls.find((call) => call.method === 'POST')?.body).toEqual({ code: 'ab12 cd34 ef56' });
    expect((screen.getByLabelText('Ticket code') as HTMLInputElement).value).toBe('');
    // A volunteer sees no counts: those are for organizers.
    expect(screen.queryByText(/checked in$/)).toBeNull();
    expect(calls.some((call) => call.url.includes('/counts'))).toBe(false);

    fireEvent.change(screen.getByLabelText('Ticket code'), { target: { value: 'AB12-CD34-EF56' } });
    fireEvent.click(screen.getByRole('button', { name: 'Check in' }));
    expect(
      await screen.findByText('Pia Deltagare was already checked in (Tue, 19 May 2026, 18:05 CEST).'),
    ).toBeTruthy();
  });

  it('says plainly when a code is no ticket of the event', async () => {
    renderApp(routes, ({ url, method }) => {
      if (url === '/api/auth/session') return Response.json({ user: volunteer });
      if (method === 'POST') {
        return Response.json(
          { code: 'TICKET_NOT_FOUND', message: 'No ticket of this event has this code.' },
          { status: 404 },
        );
      }
      return Response.json({ items: [pia], total: 1, limit: 20, offset: 0 });
    });
    fireEvent.change(await screen.findByLabelText('Ticket code'), { target: { value: 'ZZZZ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Check in' }));
    expect(await screen.findByText('No ticket of this event has this code. Check it, or search by name.')).toBeTruthy();

    fireEvent.change(screen.getByRole('searchbox', { name: /^Name/ }), { target: { value: 'pia' } });
    fireEvent.click(screen.getByRole('button', { name: 'Search' }));
    expect(await screen.findByText('1 person found')).toBeTruthy();
    expect(screen.getByText('Pia Deltagare')).toBeTruthy();
  });
});

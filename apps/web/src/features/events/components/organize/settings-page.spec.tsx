import type { EventDto } from '@hackboard/contracts';
import { fireEvent, screen, within } from '@testing-library/react';
import { Outlet } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderApp } from '../../../../testing/render-app';
import { SettingsPage } from './settings-page';
import { eventFixture } from '../../../../testing/event-fixture';

const event: EventDto = eventFixture({ phase: 'draft', isPublic: false });

const routes = [
  {
    path: '/events/:slug/organize',
    element: <Outlet context={event} />,
    children: [{ index: true, Component: SettingsPage }],
  },
];

describe('the event settings', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('shows a timeline out of order next to its field, then saves the fixed timeline in the event timezone', async () => {
    const { calls } = renderApp(
      routes,
      ({ url, body }) =>
        url === '/api/events/spring-hack'
          ? Response.json({
              ...event,
              isPublic: true,
              timeline: { ...event.timeline, ...(body as { timeline?: object }).timeline },
            })
          : Response.json(null, { status: 401 }),
      '/events/spring-hack/organize',
    );
    const deadline = await screen.findByLabelText('Submission deadline');
    expect((deadline as HTMLInputElement).value).toBe('2026-05-21T18:00');
    fireEvent.change(deadline, { target: { value: '2026-05-19T12:00' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save settings' }));

    const summary = await screen.findByRole('alert');
    expect(within(summary).getByRole('link').textContent).toBe('Submission deadline: Must be after “Hacking starts”.');
    expect(deadline.getAttribute('aria-invalid')).toBe('true');
    expect(calls.some((call) => call.method === 'PATCH')).toBe(false);

    fireEvent.change(deadline, { target: { value: '2026-05-21T20:00' } });
    fireEvent.click(screen.getByLabelText('Public'));
    fireEvent.click(screen.getByRole('button', { name: 'Save settings' }));
    expect((await screen.findByText('The settings have been saved.')).getAttribute('role')).toBe('status');
    expect(screen.queryByRole('alert')).toBeNull();
    expect(calls.find((call) => call.method === 'PATCH')?.body).toEqual({
      isPublic: true,
      timeline: { submissionDeadline: '2026-05-21T20:00:00+02:00' },
    });
  });

  it('puts the API field messages next to their fields', async () => {
    renderApp(
      routes,
      () =>
        Response.json(
          {
            code: 'TIMELINE_INVALID',
            message: 'The timeline is out of order.',
            fields: { 'timeline.judgingEndsAt': 'must be at or after submissionDeadline' },
          },
          { status: 400 },
        ),
      '/events/spring-hack/organize',
    );
    fireEvent.change(await screen.findByLabelText('Name'), { target: { value: 'Spring Hack 2026' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save settings' }));
    const summary = await screen.findByRole('alert');
    expect(summary.textContent).toContain('The timeline is out of order.');
    expect(screen.getByLabelText('Judging ends').getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText('Must be at or after “Submission deadline”.')).toBeTruthy();
  });

  it('can let in only people with a confirmed email address', async () => {
    const { calls } = renderApp(
      routes,
      ({ body }) => Response.json({ ...event, ...(body as object) }),
      '/events/spring-hack/organize',
    );
    const box = await screen.findByRole('checkbox', { name: 'Require a verified email address to join' });
    expect((box as HTMLInputElement).checked).toBe(false);
    fireEvent.click(box);
    fireEvent.click(screen.getByRole('button', { name: 'Save settings' }));
    expect((await screen.findByText('The settings have been saved.')).getAttribute('role')).toBe('status');
    expect(calls.find((call) => call.method === 'PATCH')?.body).toEqual({ requireVerifiedEmail: true });
  });

  it('says so when nothing changed', async () => {
    const { calls } = renderApp(routes, () => Response.json(event), '/events/spring-hack/organize');
    fireEvent.click(await screen.findByRole('button', { name: 'Save settings' }));
    expect((await screen.findByText('Nothing has changed, so there was nothing to save.')).getAttribute('role')).toBe(
      'status',
    );
    expect(calls.filter((call) => call.method !== 'GET')).toEqual([]);
  });
});

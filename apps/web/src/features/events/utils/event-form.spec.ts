import type { EventDto } from '@hackboard/contracts';
import { describe, expect, it } from 'vitest';
import {
  createInputFromForm,
  formValuesFromEvent,
  newEventFormValues,
  slugFromName,
  updateInputFromForm,
} from './event-form';

const event: EventDto = {
  id: '5b0c6f4e-4a3e-4f7e-9d51-6f5d7f0e2c11',
  slug: 'open-data-hack-2026',
  name: 'Open Data Hack Södertälje 2026',
  tagline: 'Build on open data.',
  description: 'A weekend of **open data**.',
  timezone: 'Europe/Stockholm',
  phase: 'registration',
  isPublic: true,
  maxTeamSize: 5,
  judgingMode: 'rubric',
  leaderboardVisibility: 'live',
  audienceVote: true,
  requireCatalogueDataset: false,
  requireVerifiedEmail: false,
  scoreNormalization: 'raw',
  leaderboardFrozenAt: null,
  timeline: {
    registrationOpensAt: '2026-05-01T08:00:00.000Z',
    // Moved to "now" by an organizer: seconds and milliseconds included.
    hackingStartsAt: '2026-05-19T16:00:42.123Z',
    submissionDeadline: '2026-05-21T16:00:00.000Z',
    judgingEndsAt: '2026-05-23T16:00:00.000Z',
    resultsPublishedAt: null,
  },
};

describe('the event form', () => {
  it('shows the timeline as clock times in the event timezone', () => {
    const values = formValuesFromEvent(event);
    expect(values.timeline).toEqual({
      registrationOpensAt: '2026-05-01T10:00',
      hackingStartsAt: '2026-05-19T18:00',
      submissionDeadline: '2026-05-21T18:00',
      judgingEndsAt: '2026-05-23T18:00',
      resultsPublishedAt: '',
    });
    expect(values.maxTeamSize).toBe('5');
  });

  it('says there is nothing to save when nothing changed, without rounding stored seconds', () => {
    expect(updateInputFromForm(formValuesFromEvent(event), event)).toEqual({ ok: true, input: null });
  });

  it('sends only what changed, with edited times as instants with the event offset', () => {
    const values = formValuesFromEvent(event);
    values.name = 'Open Data Hack 2026';
    values.isPublic = false;
    values.scoreNormalization = 'normalized';
    values.timeline.submissionDeadline = '2026-05-21T20:00';
    values.timeline.resultsPublishedAt = '2026-05-25T12:00';
    expect(updateInputFromForm(values, event)).toEqual({
      ok: true,
      input: {
        name: 'Open Data Hack 2026',
        isPublic: false,
        scoreNormalization: 'normalized',
        timeline: {
          submissionDeadline: '2026-05-21T20:00:00+02:00',
          resultsPublishedAt: '2026-05-25T12:00:00+02:00',
        },
      },
    });
  });

  it('reads every time again in a new timezone, keeping the clock times shown', () => {
    const values = formValuesFromEvent(event);
    values.timezone = 'Europe/London';
    const result = updateInputFromForm(values, event);
    expect(result.ok && result.input).toMatchObject({
      timezone: 'Europe/London',
      timeline: {
        registrationOpensAt: '2026-05-01T10:00:00+01:00',
        hackingStartsAt: '2026-05-19T18:00:00+01:00',
        resultsPublishedAt: null,
      },
    });
  });

  it('puts a timeline out of order next to the milestone that is wrong', () => {
    const values = formValuesFromEvent(event);
    values.timeline.submissionDeadline = '2026-05-19T12:00';
    const result = updateInputFromForm(values, event);
    expect(result).toEqual({
      ok: false,
      problems: {
        'timeline.submissionDeadline': {
          key: 'form.problem.after',
          values: { milestone: 'hackingStartsAt' },
          message: 'must be after hackingStartsAt',
        },
      },
    });
  });

  it('asks for the required milestones and a whole team size', () => {
    const values = formValuesFromEvent(event);
    values.timeline.hackingStartsAt = '';
    values.maxTeamSize = 'five';
    values.name = '  ';
    const result = updateInputFromForm(values, event);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(Object.keys(result.problems)).toEqual(['name', 'timeline.hackingStartsAt', 'maxTeamSize']);
      expect(result.problems['timeline.hackingStartsAt']?.key).toBe('form.problem.required');
      expect(result.problems['maxTeamSize']?.key).toBe('form.problem.number');
    }
  });

  it('builds a create request from the suggested values and a name', () => {
    const values = newEventFormValues(Date.parse('2026-02-10T10:00:00Z'));
    values.name = 'Öppna data – Malmö 2026';
    values.slug = slugFromName(values.name);
    const result = createInputFromForm(values);
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.input).toMatchObject({
        slug: 'oppna-data-malmo-2026',
        timezone: 'Europe/Stockholm',
        maxTeamSize: 5,
        timeline: {
          registrationOpensAt: '2026-02-11T09:00:00+01:00',
          // Four weeks on, the next Friday at 17:00; then Sunday 15:00.
          hackingStartsAt: '2026-03-13T17:00:00+01:00',
          submissionDeadline: '2026-03-15T15:00:00+01:00',
          resultsPublishedAt: null,
        },
      });
    }
  });

  it('refuses a create request with a bad address', () => {
    const values = newEventFormValues(Date.parse('2026-02-10T10:00:00Z'));
    values.name = 'X';
    values.slug = 'Not OK';
    const result = createInputFromForm(values);
    expect(!result.ok && result.problems['slug']?.key).toBe('form.problem.slug');
  });

  it('makes web addresses from names', () => {
    expect(slugFromName('Hack for Sweden 2026!')).toBe('hack-for-sweden-2026');
    expect(slugFromName('  Södertälje  ')).toBe('sodertalje');
    expect(slugFromName('---')).toBe('');
  });
});

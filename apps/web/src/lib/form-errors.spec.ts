import { RegisterInput, UpdateEventInput } from '@hackboard/contracts';
import { describe, expect, it } from 'vitest';
import { ApiError } from './api-client';
import { fieldId, problemFromError, problemFromMessage, problemsFromApiError, problemsFromIssues } from './form-errors';

describe('form error mapping', () => {
  it('recognises the API field messages so they can be said in Swedish', () => {
    expect(problemFromMessage('is required')).toMatchObject({ key: 'form.problem.required' });
    expect(problemFromMessage('must be at least 10 characters')).toMatchObject({
      key: 'form.problem.tooShort',
      values: { count: 10 },
    });
    expect(problemFromMessage('must be after hackingStartsAt')).toMatchObject({
      key: 'form.problem.after',
      values: { milestone: 'hackingStartsAt' },
    });
    expect(problemFromMessage('must be at or after registrationOpensAt')).toMatchObject({
      key: 'form.problem.atOrAfter',
      values: { milestone: 'registrationOpensAt' },
    });
    expect(problemFromMessage('is already taken')).toMatchObject({ key: 'form.problem.taken' });
  });

  it('keeps a message it does not know as it is, without a key', () => {
    expect(problemFromMessage('must rhyme with orange')).toEqual({ message: 'must rhyme with orange' });
  });

  it('puts each field message of an API error next to its field and the code above the form', () => {
    const error = new ApiError(409, 'SLUG_TAKEN', 'Another event already uses this address.', {
      slug: 'is already taken',
    });
    expect(problemsFromApiError(error, ['slug', 'name'])).toEqual({
      fields: { slug: { key: 'form.problem.taken', message: 'is already taken' } },
      form: { key: 'errors.SLUG_TAKEN', message: 'Another event already uses this address.' },
    });
  });

  it('keeps a message for a field the form does not show in the form-level problem', () => {
    const error = new ApiError(400, 'VALIDATION_FAILED', 'Some fields are not valid.', {
      name: 'is required',
      colour: 'is not a known field',
    });
    const problems = problemsFromApiError(error, ['name']);
    expect(Object.keys(problems.fields)).toEqual(['name']);
    expect(problems.form?.message).toContain('colour: is not a known field');
  });

  it('says a failed connection and an unknown code in words', () => {
    expect(problemFromError(new TypeError('Failed to fetch'))).toMatchObject({ key: 'errors.NETWORK' });
    expect(problemFromError(new ApiError(418, 'TEAPOT', 'I am a teapot.'))).toEqual({ message: 'I am a teapot.' });
  });

  it('maps issues from the contract schemas to the same problems', () => {
    const result = RegisterInput.safeParse({ email: 'nope', password: 'short', displayName: ' ' });
    expect(result.success).toBe(false);
    const fields = problemsFromIssues(result.error!.issues);
    expect(fields['email']).toMatchObject({ key: 'form.problem.email' });
    expect(fields['password']).toMatchObject({ key: 'form.problem.tooShort', values: { count: 10 } });
    expect(fields['displayName']).toMatchObject({ key: 'form.problem.required' });
  });

  it('maps number bounds and nested paths', () => {
    const result = UpdateEventInput.safeParse({ maxTeamSize: 99, timeline: { hackingStartsAt: 'soon' } });
    const fields = problemsFromIssues(result.error!.issues);
    expect(fields['maxTeamSize']).toMatchObject({ key: 'form.problem.numberMax', values: { max: 50 } });
    expect(fields['timeline.hackingStartsAt']).toMatchObject({ key: 'form.problem.dateTime' });
  });

  it('turns a field path into an input id', () => {
    expect(fieldId('event', 'timeline.submissionDeadline')).toBe('event-timeline-submissionDeadline');
  });
});

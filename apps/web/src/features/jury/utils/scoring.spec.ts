import { describe, expect, it } from 'vitest';
import { juryWork, submissionIds } from '../testing/jury-fixtures';
import { nextUnscored, sameValues, scaleValues, usesRadios, valueFromDigits } from './scoring';

describe('scoring helpers', () => {
  const round = juryWork().rounds[0]!;

  it('finds the next project that is not complete after the current one, wrapping around', () => {
    // Statuses in the queue: complete, not-started, incomplete.
    expect(nextUnscored(round, submissionIds[1])).toBe(submissionIds[2]);
    expect(nextUnscored(round, submissionIds[2])).toBe(submissionIds[1]);
    expect(nextUnscored(round, submissionIds[0])).toBe(submissionIds[1]);
  });

  it('finds nothing when every other project is complete', () => {
    const done = {
      assignments: round.assignments.map((item, index) =>
        index === 2 ? item : { ...item, status: 'complete' as const },
      ),
    };
    expect(nextUnscored(done, submissionIds[2])).toBeNull();
  });

  it('reads typed digits as a value on the scale only', () => {
    const zeroToTen = { scaleMin: 0, scaleMax: 10 };
    expect(valueFromDigits('10', zeroToTen)).toBe(10);
    expect(valueFromDigits('0', zeroToTen)).toBe(0);
    expect(valueFromDigits('11', zeroToTen)).toBeNull();
    expect(valueFromDigits('-2', { scaleMin: -3, scaleMax: 3 })).toBe(-2);
    expect(valueFromDigits('-', { scaleMin: -3, scaleMax: 3 })).toBeNull();
  });

  it('shows narrow scales as radios and wide ones as a number field', () => {
    expect(scaleValues({ scaleMin: 0, scaleMax: 10 })).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(usesRadios({ scaleMin: 0, scaleMax: 20 })).toBe(true);
    expect(usesRadios({ scaleMin: 0, scaleMax: 100 })).toBe(false);
  });

  it('compares form values ignoring whitespace around the comment', () => {
    expect(sameValues({ scores: { a: 1 }, comment: 'ok ' }, { scores: { a: 1 }, comment: 'ok' })).toBe(true);
    expect(sameValues({ scores: { a: 1 }, comment: '' }, { scores: { a: null }, comment: '' })).toBe(false);
  });
});

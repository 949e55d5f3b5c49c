import { parseEnv } from '../config/env.schema.js';
import { DEFAULT_BUDGETS, WRITE_CLASSES, parseBudget } from './write-budgets.js';

describe('write budgets', () => {
  it('reads writes per window in seconds, minutes or hours', () => {
    expect(parseBudget('90/5m')).toEqual({ points: 90, seconds: 300 });
    expect(parseBudget('3/1s')).toEqual({ points: 3, seconds: 1 });
    expect(parseBudget(' 20/1h ')).toEqual({ points: 20, seconds: 3600 });
    expect(parseBudget('24/24h')).toEqual({ points: 24, seconds: 86_400 });
  });

  it('refuses a budget of nothing, a window past a day, or another shape', () => {
    for (const text of ['0/1m', '5/0s', '1/25h', '90', '90/5', '90 per 5m', '-1/1m', '1.5/1m']) {
      expect([text, parseBudget(text)]).toEqual([text, undefined]);
    }
  });

  it('keeps every default stopping a burst before 100 writes', () => {
    for (const name of WRITE_CLASSES) expect(parseBudget(DEFAULT_BUDGETS[name])!.points).toBeLessThan(100);
  });

  it('stops start-up naming the variable of a budget it cannot read', () => {
    expect(() => parseEnv({ WRITE_BUDGET_REVIEWS: 'lots' })).toThrow(/WRITE_BUDGET_REVIEWS must be <writes>\/<window>/);
  });
});

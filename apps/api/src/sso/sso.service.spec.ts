import { safeReturnPath } from './sso.service.js';

describe('the way back after a sign-in', () => {
  it('keeps a path on this site and turns anything else into the start page', () => {
    expect(safeReturnPath('/events/x/jury?round=1')).toBe('/events/x/jury?round=1');
    for (const elsewhere of [
      '//evil.example',
      'https://evil.example',
      '/\\evil.example',
      'events',
      '',
      null,
      undefined,
    ]) {
      expect(safeReturnPath(elsewhere)).toBe('/');
    }
    expect(safeReturnPath(`/${'a'.repeat(600)}`)).toBe('/');
  });
});

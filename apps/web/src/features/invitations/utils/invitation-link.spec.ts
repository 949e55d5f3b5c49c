import { describe, expect, it } from 'vitest';
import { invitationPath, invitationUrl, placeForRole } from './invitation-link';

describe('invitation links', () => {
  it('builds the one-time link from the API’s path on the app’s own origin', () => {
    expect(invitationUrl('https://hack.example.se', '/invitations/abc_DEF-123')).toBe(
      'https://hack.example.se/invitations/abc_DEF-123',
    );
    expect(invitationUrl('http://127.0.0.1:3100/', 'invitations/xyz')).toBe('http://127.0.0.1:3100/invitations/xyz');
  });

  it('does not let a path leave the origin', () => {
    expect(new URL(invitationUrl('https://hack.example.se', '/\u002F/evil.example/x')).origin).toBe(
      'https://hack.example.se',
    );
  });

  it('keeps a token safe in the path', () => {
    expect(invitationPath('a/b?c')).toBe('/invitations/a%2Fb%3Fc');
  });

  it('leads each role to where it is used', () => {
    expect(placeForRole('organizer', 'x')).toBe('/events/x/organize');
    expect(placeForRole('agency', 'x')).toBe('/events/x/challenges/manage');
    expect(placeForRole('jury', 'x')).toBe('/events/x/jury');
  });
});

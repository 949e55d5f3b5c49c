import { describe, expect, it } from 'vitest';
import { formatInviteCode, inviteCodeFromInput, normalizeInviteCode, teamJoinPath, teamJoinUrl } from './invite-link';

describe('team invite links', () => {
  it('builds the link to share on the app’s own origin', () => {
    expect(teamJoinUrl('https://hack.example.se', 'open-data-hack-2026', 'ABCDEFGHJKLM')).toBe(
      'https://hack.example.se/events/open-data-hack-2026/join/ABCDEFGHJKLM',
    );
    expect(teamJoinUrl('http://localhost:3100/', 'x', 'abcd-efgh-jklm')).toBe(
      'http://localhost:3100/events/x/join/ABCDEFGHJKLM',
    );
  });

  it('keeps the path safe whatever the slug and code hold', () => {
    expect(teamJoinPath('a b', 'A/B?C')).toBe('/events/a%20b/join/A%2FB%3FC');
  });

  it('writes a code in groups of four and reads it back without the dashes', () => {
    expect(formatInviteCode('ABCDEFGHJKLM')).toBe('ABCD-EFGH-JKLM');
    expect(normalizeInviteCode(' abcd-efgh jklm ')).toBe('ABCDEFGHJKLM');
  });

  it('takes the code out of a pasted join link, and leaves other input for the API to judge', () => {
    expect(inviteCodeFromInput('https://hack.example.se/events/x/join/ABCDEFGHJKLM')).toBe('ABCDEFGHJKLM');
    expect(inviteCodeFromInput('/events/x/join/abcd-efgh-jklm?ref=mail')).toBe('ABCDEFGHJKLM');
    expect(inviteCodeFromInput('abcd efgh jklm')).toBe('ABCDEFGHJKLM');
    expect(inviteCodeFromInput('nonsense')).toBe('nonsense');
  });
});

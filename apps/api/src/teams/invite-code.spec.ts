import { INVITE_CODE_ALPHABET } from '@hackboard/contracts';
import { generateInviteCode } from './invite-code.js';

describe('generateInviteCode', () => {
  it('makes codes of at least ten characters from the unambiguous alphabet only', () => {
    for (let i = 0; i < 200; i += 1) {
      const code = generateInviteCode();
      expect(code.length).toBeGreaterThanOrEqual(10);
      expect([...code].every((char) => INVITE_CODE_ALPHABET.includes(char))).toBe(true);
      expect(code).not.toMatch(/[01OIL]/);
    }
  });

  it('does not repeat itself', () => {
    const codes = new Set(Array.from({ length: 1000 }, () => generateInviteCode()));
    expect(codes.size).toBe(1000);
  });
});

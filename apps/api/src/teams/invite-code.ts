import { INVITE_CODE_ALPHABET, INVITE_CODE_LENGTH } from '@hackboard/contracts';
import { randomInt } from 'node:crypto';

/** A fresh invite code: uniformly random over an alphabet without look-alike characters (no 0/O, 1/I/L). */
export function generateInviteCode(length = INVITE_CODE_LENGTH): string {
  let code = '';
  for (let i = 0; i < length; i += 1) code += INVITE_CODE_ALPHABET[randomInt(INVITE_CODE_ALPHABET.length)];
  return code;
}

import { INVITE_CODE_LENGTH } from '@hackboard/contracts';

/** The path that opens the team page with the invite code filled in. */
export function teamJoinPath(slug: string, code: string): string {
  return `/events/${encodeURIComponent(slug)}/join/${encodeURIComponent(normalizeInviteCode(code))}`;
}

/** The whole link to share with teammates, on the origin the app is served from. */
export function teamJoinUrl(origin: string, slug: string, code: string): string {
  return new URL(teamJoinPath(slug, code), origin).href;
}

/** A code as the API reads it: without the spaces and dashes people add, in capitals. */
export function normalizeInviteCode(code: string): string {
  return code.replace(/[\s-]/g, '').toUpperCase();
}

/** A code in groups of four (`ABCD-EFGH-JKLM`), easier to read aloud and to type. */
export function formatInviteCode(code: string): string {
  const plain = normalizeInviteCode(code);
  return plain.match(/.{1,4}/g)?.join('-') ?? plain;
}

/**
 * What someone typed or pasted into the code field: a code, or a whole join link, from which the
 * code is taken. Anything else is returned as typed, for the API to judge.
 */
export function inviteCodeFromInput(input: string): string {
  const text = input.trim();
  const fromLink = /\/join\/([^/?#\s]+)/.exec(text);
  if (fromLink) return normalizeInviteCode(decodeURIComponent(fromLink[1]!));
  const plain = normalizeInviteCode(text);
  return plain.length === INVITE_CODE_LENGTH ? plain : text;
}

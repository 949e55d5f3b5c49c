import { createHmac } from 'node:crypto';

// Crockford's base32: no I, L, O or U, so a code read aloud or typed from paper is not misread.
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/**
 * A person's ticket code for one event: an HMAC of the event and the account under the app's
 * secret, 60 bits written as `XXXX-XXXX-XXXX`. It names nobody; only the API can tell whose it is,
 * and nobody can make a valid one without the secret.
 */
export function ticketCode(secret: string, eventId: string, userId: string): string {
  const digest = createHmac('sha256', secret).update(`ticket:v1:${eventId}:${userId}`).digest();
  let bits = 0n;
  for (const byte of digest.subarray(0, 8)) bits = (bits << 8n) | BigInt(byte);
  let code = '';
  for (let i = 0; i < 12; i++) code += ALPHABET[Number((bits >> BigInt(59 - i * 5)) & 31n)];
  return `${code.slice(0, 4)}-${code.slice(4, 8)}-${code.slice(8)}`;
}

/** A typed or scanned code as printed: upper case, look-alike letters read as digits, grouped by dashes. */
export function normalizeTicketCode(input: string): string {
  const plain = input.toUpperCase().replace(/[\s-]/g, '').replace(/[IL]/g, '1').replace(/O/g, '0');
  return plain.length === 12 ? `${plain.slice(0, 4)}-${plain.slice(4, 8)}-${plain.slice(8)}` : plain;
}

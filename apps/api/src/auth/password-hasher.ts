import { randomBytes, scrypt, timingSafeEqual } from 'node:crypto';
import { Injectable } from '@nestjs/common';

// scrypt with N=2^15, r=8 uses 32 MiB per hash: memory-hard, about 50–100 ms on a server core.
const PARAMS = { N: 2 ** 15, r: 8, p: 1, maxmem: 64 * 1024 * 1024 };
const KEY_LENGTH = 32;

function derive(password: string, salt: Buffer, params = PARAMS): Promise<Buffer> {
  return new Promise((resolve, reject) =>
    scrypt(password.normalize('NFKC'), salt, KEY_LENGTH, params, (error, key) =>
      error ? reject(error) : resolve(key),
    ),
  );
}

/** Hashes as `scrypt$N$r$p$salt$key` (base64url), so parameters can be raised later without breaking old hashes. */
@Injectable()
export class PasswordHasher {
  // Checked against when the account does not exist, so a wrong email costs the same time as a wrong password.
  private readonly decoy = this.hash('decoy password that never matches');

  async hash(password: string): Promise<string> {
    const salt = randomBytes(16);
    const key = await derive(password, salt);
    return ['scrypt', PARAMS.N, PARAMS.r, PARAMS.p, salt.toString('base64url'), key.toString('base64url')].join('$');
  }

  async verify(password: string, stored: string | null | undefined): Promise<boolean> {
    const encoded = stored ?? (await this.decoy);
    const [scheme, n, r, p, salt, key] = encoded.split('$');
    if (scheme !== 'scrypt' || !salt || !key) return false;
    const expected = Buffer.from(key, 'base64url');
    const actual = await derive(password, Buffer.from(salt, 'base64url'), {
      ...PARAMS,
      N: Number(n),
      r: Number(r),
      p: Number(p),
    });
    return timingSafeEqual(actual, expected) && stored !== null && stored !== undefined;
  }
}

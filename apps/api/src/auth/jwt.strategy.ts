import { Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import type { Request } from 'express';
import { ExtractJwt, Strategy } from 'passport-jwt';
import { AppConfig } from '../config/app-config.js';
import { ACCESS_COOKIE, type AccessTokenPayload, type AuthUser } from './auth.tokens.js';
import { AuthService } from './auth.service.js';

/** Reads the access token from the httpOnly cookie (browsers) or an Authorization: Bearer header (scripts). */
export const extractAccessToken = ExtractJwt.fromExtractors([
  (request: Request) => (request?.cookies as Record<string, string> | undefined)?.[ACCESS_COOKIE] ?? null,
  ExtractJwt.fromAuthHeaderAsBearerToken(),
]);

@Injectable()
export class JwtStrategy extends PassportStrategy(Strategy, 'jwt') {
  constructor(
    config: AppConfig,
    private readonly auth: AuthService,
  ) {
    super({
      jwtFromRequest: extractAccessToken,
      secretOrKey: config.secret,
      algorithms: ['HS256'],
      ignoreExpiration: false,
    });
  }

  validate(payload: AccessTokenPayload): Promise<AuthUser | null> {
    return this.auth.userForToken(payload);
  }
}

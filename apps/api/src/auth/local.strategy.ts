import { LoginInput } from '@hackboard/contracts';
import { type ExecutionContext, Injectable } from '@nestjs/common';
import { AuthGuard, PassportStrategy } from '@nestjs/passport';
import type { Request } from 'express';
import { Strategy } from 'passport-local';
import { ValidationError } from '../common/domain-error.js';
import { fieldMessages } from '../common/zod.js';
import { AuthService } from './auth.service.js';

/** Email + password sign-in; the body is validated first so missing fields get a 400, not a 401. */
@Injectable()
export class LocalStrategy extends PassportStrategy(Strategy, 'local') {
  constructor(private readonly auth: AuthService) {
    super({ usernameField: 'email', passwordField: 'password', passReqToCallback: true });
  }

  async validate(request: Request): Promise<{ id: string }> {
    const input = LoginInput.parse(request.body);
    return { id: await this.auth.verifyCredentials(input) };
  }
}

@Injectable()
export class LocalAuthGuard extends AuthGuard('local') {
  override canActivate(context: ExecutionContext) {
    const request = context.switchToHttp().getRequest<Request>();
    const parsed = LoginInput.safeParse(request.body);
    if (!parsed.success) throw new ValidationError(fieldMessages(parsed.error));
    return super.canActivate(context);
  }

  override handleRequest<T>(error: unknown, user: T): T {
    if (error) throw error;
    return user;
  }
}

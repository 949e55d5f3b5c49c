import { type CanActivate, type ExecutionContext, Injectable, UnauthorizedException } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { IS_PUBLIC } from './public.decorator.js';

/**
 * Global guard for HTTP: an endpoint is either marked @Public() or needs a signed-in caller.
 * Nothing is reachable by forgetting a decorator.
 */
@Injectable()
export class AccessGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    // Socket messages are authorized by the realtime gateway, per room it lets a socket join.
    if (context.getType() !== 'http') return true;
    const isPublic = this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, [context.getHandler(), context.getClass()]);
    if (isPublic) return true;
    throw new UnauthorizedException('Sign in to do this.');
  }
}

import { LoginInput, MeDto, SessionDto, UpdateProfileInput } from '@hackboard/contracts';
import { Controller, Get, HttpCode, Patch, Post, Req, Res, UseGuards } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { CurrentUser, OptionalUser } from '../access/access.decorators.js';
import { Allow } from '../access/access.rules.js';
import { AppConfig } from '../config/app-config.js';
import { ApiZodBody, ApiZodResponse, ZodBody } from '../common/zod.js';
import { clearAuthCookies, setAuthCookies } from './auth.cookies.js';
import { AuthError } from './auth.errors.js';
import { AuthService } from './auth.service.js';
import { REFRESH_COOKIE, type AuthUser } from './auth.tokens.js';
import { LocalAuthGuard } from './local.strategy.js';
import { AuthRateLimitGuard, LimitPerAccount } from '../rate-limit/auth-rate-limit.guard.js';
import { WriteBudget } from '../rate-limit/write-budget.guard.js';

/**
 * Sign-in with httpOnly cookies: a 15-minute JWT access token and a rotating refresh token.
 * Scripts may send the access token as a Bearer header instead.
 */
@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    private readonly config: AppConfig,
  ) {}

  private get secureCookies(): boolean {
    return this.config.env === 'production';
  }

  @Allow('anyone')
  @LimitPerAccount()
  @UseGuards(AuthRateLimitGuard, LocalAuthGuard)
  @WriteBudget('none')
  @Post('login')
  @HttpCode(200)
  @ApiZodBody(LoginInput)
  @ApiZodResponse(MeDto, 'Signed in')
  async login(@Req() request: Request & { user: { id: string } }, @Res({ passthrough: true }) response: Response) {
    const tokens = await this.auth.startSession(request.user.id);
    setAuthCookies(response, tokens, this.secureCookies);
    return this.auth.me(request.user.id);
  }

  @Allow('anyone')
  @WriteBudget('none')
  @Post('refresh')
  @HttpCode(204)
  async refresh(@Req() request: Request, @Res({ passthrough: true }) response: Response): Promise<void> {
    try {
      const tokens = await this.auth.refresh(cookie(request, REFRESH_COOKIE));
      setAuthCookies(response, tokens, this.secureCookies);
    } catch (error) {
      // A refresh token that no longer works is dropped, so the browser stops offering it.
      clearAuthCookies(response, this.secureCookies);
      throw error;
    }
  }

  @Allow('anyone')
  @WriteBudget('none')
  @Post('logout')
  @HttpCode(204)
  async logout(
    @OptionalUser() user: AuthUser | null,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ): Promise<void> {
    await this.auth.logout(user, cookie(request, REFRESH_COOKIE));
    clearAuthCookies(response, this.secureCookies);
  }

  /**
   * For pages to ask who is signed in without a failed request for every visitor: null when there
   * is no session at all, 401 only when the access token is gone but a refresh token may renew it.
   */
  @Allow('anyone')
  @Get('session')
  @ApiZodResponse(SessionDto, 'The signed-in user, or null for a visitor')
  async session(@OptionalUser() user: AuthUser | null, @Req() request: Request): Promise<SessionDto> {
    if (user) return { user: await this.auth.me(user.id) };
    if (cookie(request, REFRESH_COOKIE)) {
      throw new AuthError('SESSION_EXPIRED', 'The access token has expired: refresh the session.');
    }
    return { user: null };
  }

  @Allow('signed-in')
  @Get('me')
  @ApiZodResponse(MeDto, 'The signed-in user and their roles per event')
  me(@CurrentUser() user: AuthUser) {
    return this.auth.me(user.id);
  }

  @Allow('signed-in')
  @WriteBudget('profile')
  @Patch('me')
  @ApiZodBody(UpdateProfileInput)
  @ApiZodResponse(MeDto, 'The updated profile')
  updateMe(@CurrentUser() user: AuthUser, @ZodBody(UpdateProfileInput) input: UpdateProfileInput) {
    return this.auth.updateProfile(user.id, input);
  }
}

function cookie(request: Request, name: string): string | undefined {
  return (request.cookies as Record<string, string> | undefined)?.[name];
}

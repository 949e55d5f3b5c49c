import {
  Language,
  SignInMethodsDto,
  SsoLinkInput,
  SsoProviderDto,
  SsoRedirectDto,
  SsoRequirementsDto,
  UpdateSsoRequirementsInput,
} from '@hackboard/contracts';
import { Controller, Delete, Get, HttpCode, Param, Post, Put, Query, Req, Res } from '@nestjs/common';
import { ApiQuery, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { CookieOptions, Request, Response } from 'express';
import { z } from 'zod';
import { CurrentEvent, CurrentUser, OptionalUser } from '../access/access.decorators.js';
import { Allow, type EventAccess } from '../access/access.rules.js';
import { setAuthCookies } from '../auth/auth.cookies.js';
import type { AuthUser } from '../auth/auth.tokens.js';
import { ApiZodBody, ApiZodResponse, UuidParam, ZodBody } from '../common/zod.js';
import { AppConfig } from '../config/app-config.js';
import { SSO_FLOW_COOKIE, SSO_FLOW_COOKIE_PATH, SSO_FLOW_MINUTES } from './sso-flow.cookie.js';
import { SsoError } from './sso.errors.js';
import { SsoService } from './sso.service.js';

/** The web app's page that explains a refused sign-in in the reader's language. */
const PROBLEM_PAGE = '/sign-in/problem';

type LoggedRequest = Request & { id?: unknown; log?: { warn(details: object, message: string): void } };

/**
 * Sign-in through OpenID Connect providers. `start` and `callback` are browser navigations, so they
 * answer with redirects: to the provider, back into the app, or to the problem page with the
 * refusal's code and the request id (also logged), never an error body or a stack trace.
 */
@ApiTags('sso')
@Controller()
export class SsoController {
  constructor(
    private readonly sso: SsoService,
    private readonly config: AppConfig,
  ) {}

  @Allow('anyone')
  @Get('sso/providers')
  @ApiZodResponse(z.array(SsoProviderDto), 'The configured sign-in providers, for the sign-in page')
  providers(): SsoProviderDto[] {
    return this.sso.providers();
  }

  @Allow('anyone')
  @Get('sso/:provider/start')
  @ApiQuery({ name: 'returnTo', required: false, description: 'a path on this site to come back to' })
  @ApiQuery({ name: 'language', required: false, enum: ['sv', 'en'], description: 'for an account made now' })
  @ApiResponse({ status: 303, description: "To the provider's sign-in page, or to the web app's problem page" })
  async start(
    @Param('provider') providerId: string,
    @Query('returnTo') returnTo: unknown,
    @Query('language') language: unknown,
    @Req() request: LoggedRequest,
    @Res() response: Response,
  ): Promise<void> {
    try {
      const parsedLanguage = Language.safeParse(language);
      const started = await this.sso.startSignIn(
        providerId,
        this.redirectUri(request, providerId),
        typeof returnTo === 'string' ? returnTo : undefined,
        parsedLanguage.success ? parsedLanguage.data : null,
      );
      response.cookie(SSO_FLOW_COOKIE, started.flowCookie, this.flowCookieOptions());
      response.redirect(303, started.redirectTo);
    } catch (error) {
      this.refused(request, response, error, typeof returnTo === 'string' ? returnTo : null);
    }
  }

  @Allow('anyone')
  @Get('sso/:provider/callback')
  @ApiResponse({ status: 303, description: 'Signed in (or linked) and back to the app, or to its problem page' })
  async callback(@Param('provider') providerId: string, @Req() request: LoggedRequest, @Res() response: Response) {
    const flowCookie = cookie(request, SSO_FLOW_COOKIE);
    // The flow works once: whatever happens next, the browser drops it.
    response.clearCookie(SSO_FLOW_COOKIE, { ...this.flowCookieOptions(), maxAge: undefined });
    try {
      const finished = await this.sso.finish(providerId, this.callbackUrl(request), flowCookie);
      if (finished.tokens) setAuthCookies(response, finished.tokens, this.secureCookies);
      response.redirect(303, finished.returnTo);
    } catch (error) {
      this.refused(request, response, error, this.sso.returnPathOf(flowCookie));
    }
  }

  @Allow('signed-in')
  @Post('sso/:provider/link')
  @HttpCode(200)
  @ApiZodBody(SsoLinkInput)
  @ApiZodResponse(SsoRedirectDto, "The provider's sign-in page to send the browser to")
  async link(
    @CurrentUser() user: AuthUser,
    @Param('provider') providerId: string,
    @ZodBody(SsoLinkInput) input: SsoLinkInput,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ): Promise<SsoRedirectDto> {
    const started = await this.sso.startLink(user, providerId, this.redirectUri(request, providerId), input.returnTo);
    response.cookie(SSO_FLOW_COOKIE, started.flowCookie, this.flowCookieOptions());
    return { redirectTo: started.redirectTo };
  }

  @Allow('signed-in')
  @Get('sso/identities')
  @ApiZodResponse(SignInMethodsDto, 'How the signed-in account can sign in')
  methods(@CurrentUser() user: AuthUser): Promise<SignInMethodsDto> {
    return this.sso.methods(user);
  }

  @Allow('signed-in')
  @Delete('sso/identities/:identityId')
  @ApiZodResponse(SignInMethodsDto, 'How the account can sign in after the unlink')
  unlink(@CurrentUser() user: AuthUser, @UuidParam('identityId') identityId: string): Promise<SignInMethodsDto> {
    return this.sso.unlink(user, identityId);
  }

  /** Asked before signing out: the provider's own sign-out page when this session came from one. */
  @Allow('anyone')
  @Get('sso/end-session')
  @ApiZodResponse(SsoRedirectDto, "The provider's sign-out page, or null")
  async endSession(@OptionalUser() user: AuthUser | null, @Req() request: Request): Promise<SsoRedirectDto> {
    return { redirectTo: await this.sso.endSessionUrl(user, `${this.baseUrl(request)}/`) };
  }

  @Allow('organizer')
  @Get('events/:event/sso-requirements')
  @ApiZodResponse(SsoRequirementsDto, 'The provider each role must sign in with, or null')
  requirements(@CurrentEvent() access: EventAccess): Promise<SsoRequirementsDto> {
    return this.sso.requirements(access.event.id);
  }

  @Allow('organizer')
  @Put('events/:event/sso-requirements')
  @ApiZodBody(UpdateSsoRequirementsInput)
  @ApiZodResponse(SsoRequirementsDto, 'The requirements now')
  updateRequirements(
    @CurrentEvent() access: EventAccess,
    @CurrentUser() user: AuthUser,
    @ZodBody(UpdateSsoRequirementsInput) input: UpdateSsoRequirementsInput,
  ): Promise<SsoRequirementsDto> {
    return this.sso.updateRequirements(access, user, input);
  }

  private get secureCookies(): boolean {
    return this.config.env === 'production';
  }

  private flowCookieOptions(): CookieOptions {
    // Lax: the provider's redirect back is a top-level navigation from its site, which Lax allows.
    return {
      httpOnly: true,
      sameSite: 'lax',
      secure: this.secureCookies,
      path: SSO_FLOW_COOKIE_PATH,
      maxAge: SSO_FLOW_MINUTES * 60_000,
    };
  }

  private baseUrl(request: Request): string {
    return this.config.sso.redirectBaseUrl ?? `${request.protocol}://${request.get('host')}`;
  }

  private redirectUri(request: Request, providerId: string): string {
    return `${this.baseUrl(request)}/api/sso/${encodeURIComponent(providerId)}/callback`;
  }

  private callbackUrl(request: Request): URL {
    return new URL(request.originalUrl, this.baseUrl(request));
  }

  private refused(request: LoggedRequest, response: Response, error: unknown, returnTo: string | null): void {
    const code = error instanceof SsoError ? error.code : 'SSO_FAILED';
    const reference = typeof request.id === 'string' ? request.id : String(request.id ?? '');
    // A refusal the user is told about is logged without a stack; anything unexpected keeps its own.
    request.log?.warn(
      { sso: { code, provider: request.params['provider'] }, ...(error instanceof SsoError ? {} : { err: error }) },
      `single sign-on refused: ${(error as Error).message}`,
    );
    const query = new URLSearchParams({ code, ref: reference });
    if (returnTo) query.set('next', returnTo);
    response.redirect(303, `${PROBLEM_PAGE}?${query.toString()}`);
  }
}

function cookie(request: Request, name: string): string | undefined {
  return (request.cookies as Record<string, string> | undefined)?.[name];
}

import {
  ChangeEmailInput,
  ConfirmEmailChangeInput,
  MailSentDto,
  MeDto,
  RegisterInput,
  RegistrationPendingDto,
  RequestPasswordResetInput,
  ResetPasswordInput,
  VerifyEmailInput,
} from '@hackboard/contracts';
import { Controller, HttpCode, Post, Res, UseGuards } from '@nestjs/common';
import { ApiAcceptedResponse, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { CurrentUser } from '../access/access.decorators.js';
import { Allow } from '../access/access.rules.js';
import { setAuthCookies } from '../auth/auth.cookies.js';
import { AuthService, type IssuedTokens } from '../auth/auth.service.js';
import type { AuthUser } from '../auth/auth.tokens.js';
import { ApiZodBody, ApiZodResponse, ZodBody, openApiSchema } from '../common/zod.js';
import { AppConfig } from '../config/app-config.js';
import { AuthRateLimitGuard } from '../rate-limit/auth-rate-limit.guard.js';
import { AccountService } from './account.service.js';

const SENT: MailSentDto = { sent: true };

/** Registration, a forgotten password, address verification and change: everything that arrives by mail. */
@ApiTags('auth')
@Controller('auth')
export class AccountController {
  constructor(
    private readonly account: AccountService,
    private readonly auth: AuthService,
    private readonly config: AppConfig,
  ) {}

  @Allow('anyone')
  @UseGuards(AuthRateLimitGuard)
  @Post('register')
  @ApiZodBody(RegisterInput)
  @ApiZodResponse(MeDto, 'The new account, signed in (when mail is not delivered)')
  @ApiAcceptedResponse({
    description: 'With mail delivery: the same answer for every address; a link is mailed',
    schema: openApiSchema(RegistrationPendingDto, 'output'),
  })
  async register(@ZodBody(RegisterInput) input: RegisterInput, @Res({ passthrough: true }) response: Response) {
    const registration = await this.account.register(input);
    if ('pending' in registration) {
      response.status(202);
      return { verificationSent: true, email: registration.email } satisfies RegistrationPendingDto;
    }
    return this.signedIn(response, registration);
  }

  @Allow('anyone')
  @UseGuards(AuthRateLimitGuard)
  @Post('password-reset')
  @HttpCode(202)
  @ApiZodBody(RequestPasswordResetInput)
  @ApiZodResponse(MailSentDto, 'The same answer whether or not the address has an account')
  async requestPasswordReset(@ZodBody(RequestPasswordResetInput) input: RequestPasswordResetInput) {
    await this.account.requestPasswordReset(input.email);
    return SENT;
  }

  @Allow('anyone')
  @UseGuards(AuthRateLimitGuard)
  @Post('password-reset/confirm')
  @HttpCode(200)
  @ApiZodBody(ResetPasswordInput)
  @ApiZodResponse(MeDto, 'The new password is set, every other session ended, and this one signed in')
  async resetPassword(
    @ZodBody(ResetPasswordInput) input: ResetPasswordInput,
    @Res({ passthrough: true }) response: Response,
  ) {
    return this.signedIn(response, await this.account.resetPassword(input.token, input.password));
  }

  @Allow('anyone')
  @UseGuards(AuthRateLimitGuard)
  @Post('verify-email')
  @HttpCode(200)
  @ApiZodBody(VerifyEmailInput)
  @ApiZodResponse(MeDto, 'The address is verified and the account signed in')
  async verifyEmail(
    @ZodBody(VerifyEmailInput) input: VerifyEmailInput,
    @Res({ passthrough: true }) response: Response,
  ) {
    return this.signedIn(response, await this.account.verifyEmail(input.token));
  }

  @Allow('signed-in')
  @UseGuards(AuthRateLimitGuard)
  @Post('verify-email/resend')
  @HttpCode(202)
  @ApiZodResponse(MailSentDto, 'A new verification link is mailed (nothing happens for a verified address)')
  async resendVerification(@CurrentUser() user: AuthUser) {
    await this.account.resendVerification(user.id);
    return SENT;
  }

  @Allow('signed-in')
  @UseGuards(AuthRateLimitGuard)
  @Post('email-change')
  @HttpCode(202)
  @ApiZodBody(ChangeEmailInput)
  @ApiZodResponse(MailSentDto, 'A confirmation link is mailed to the new address')
  async requestEmailChange(@CurrentUser() user: AuthUser, @ZodBody(ChangeEmailInput) input: ChangeEmailInput) {
    await this.account.requestEmailChange(user.id, input);
    return SENT;
  }

  @Allow('anyone')
  @UseGuards(AuthRateLimitGuard)
  @Post('email-change/confirm')
  @HttpCode(200)
  @ApiZodBody(ConfirmEmailChangeInput)
  @ApiZodResponse(MeDto, 'The account uses the new address, verified, and is signed in')
  async confirmEmailChange(
    @ZodBody(ConfirmEmailChangeInput) input: ConfirmEmailChangeInput,
    @Res({ passthrough: true }) response: Response,
  ) {
    return this.signedIn(response, await this.account.confirmEmailChange(input.token));
  }

  private async signedIn(response: Response, session: { userId: string; tokens: IssuedTokens }) {
    setAuthCookies(response, session.tokens, this.config.env === 'production');
    return this.auth.me(session.userId);
  }
}

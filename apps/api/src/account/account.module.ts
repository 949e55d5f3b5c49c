import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuthModule } from '../auth/auth.module.js';
import { MailModule } from '../mail/mail.module.js';
import { UsersModule } from '../users/users.module.js';
import { AccountTokenEntity } from './account-token.entity.js';
import { AccountController } from './account.controller.js';
import { AccountService } from './account.service.js';
import { AccountTokensRepository } from './account-tokens.repository.js';

@Module({
  imports: [TypeOrmModule.forFeature([AccountTokenEntity]), AuthModule, UsersModule, MailModule],
  controllers: [AccountController],
  providers: [AccountTokensRepository, AccountService],
  exports: [AccountService],
})
export class AccountModule {}

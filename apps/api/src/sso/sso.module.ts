import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuthModule } from '../auth/auth.module.js';
import { UsersModule } from '../users/users.module.js';
import { EventSsoRequirementEntity } from './event-sso-requirement.entity.js';
import { OidcClient } from './oidc.client.js';
import { SsoController } from './sso.controller.js';
import { SsoRepository } from './sso.repository.js';
import { SsoService } from './sso.service.js';
import { SsoIdentityEntity } from './sso-identity.entity.js';

@Module({
  imports: [TypeOrmModule.forFeature([SsoIdentityEntity, EventSsoRequirementEntity]), AuthModule, UsersModule],
  controllers: [SsoController],
  providers: [SsoRepository, OidcClient, SsoService],
  exports: [SsoService],
})
export class SsoModule {}

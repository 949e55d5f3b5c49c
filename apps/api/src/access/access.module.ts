import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { EventEntity } from '../events/event.entity.js';
import { AccessRepository } from './access.repository.js';
import { AccessService } from './access.service.js';
import { EventRoleEntity } from './event-role.entity.js';

@Global()
@Module({
  imports: [TypeOrmModule.forFeature([EventRoleEntity, EventEntity])],
  providers: [AccessRepository, AccessService],
  exports: [AccessService],
})
export class AccessModule {}

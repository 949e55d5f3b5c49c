import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AppConfig } from '../config/app-config.js';
import { UsersModule } from '../users/users.module.js';
import { MailAudienceRepository } from './mail-audience.repository.js';
import { MailController } from './mail.controller.js';
import { MailRepository } from './mail.repository.js';
import { MailSender } from './mail-sender.service.js';
import { MailService } from './mail.service.js';
import { MailTransport, createMailTransport } from './mail-transport.js';
import { OutboxMailEntity } from './outbox-mail.entity.js';

@Module({
  imports: [TypeOrmModule.forFeature([OutboxMailEntity]), UsersModule],
  controllers: [MailController],
  providers: [
    MailRepository,
    MailAudienceRepository,
    MailSender,
    MailService,
    { provide: MailTransport, useFactory: createMailTransport, inject: [AppConfig] },
  ],
  exports: [MailService],
})
export class MailModule {}

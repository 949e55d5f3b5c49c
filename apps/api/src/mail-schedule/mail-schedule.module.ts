import { Module } from '@nestjs/common';
import { EventsModule } from '../events/events.module.js';
import { MailModule } from '../mail/mail.module.js';
import { MailScheduleService } from './mail-schedule.service.js';

@Module({
  imports: [MailModule, EventsModule],
  providers: [MailScheduleService],
  exports: [MailScheduleService],
})
export class MailScheduleModule {}

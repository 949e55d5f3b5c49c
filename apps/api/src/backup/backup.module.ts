import { Module } from '@nestjs/common';
import { AnonymisationService } from './anonymisation.service.js';
import { BackupService } from './backup.service.js';
import { EventRecordsRepository } from './event-records.repository.js';

/** Event backup, restore and anonymisation; the operations CLI (src/cli) drives them. */
@Module({
  providers: [EventRecordsRepository, BackupService, AnonymisationService],
  exports: [BackupService, AnonymisationService],
})
export class BackupModule {}

import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AppConfig } from '../config/app-config.js';
import { SubmissionsModule } from '../submissions/submissions.module.js';
import { DirectoryImageStorage, ImageStorage } from './image-storage.js';
import { SubmissionImageEntity } from './submission-image.entity.js';
import { UploadsController } from './uploads.controller.js';
import { UploadsRepository } from './uploads.repository.js';
import { UploadsService } from './uploads.service.js';

@Module({
  imports: [SubmissionsModule, TypeOrmModule.forFeature([SubmissionImageEntity])],
  controllers: [UploadsController],
  providers: [
    UploadsRepository,
    UploadsService,
    {
      provide: ImageStorage,
      inject: [AppConfig],
      useFactory: (config: AppConfig) => new DirectoryImageStorage(config.uploadsDir),
    },
  ],
  exports: [UploadsService, ImageStorage],
})
export class UploadsModule {}

import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { OrganizationsModule } from '../organizations/organizations.module.js';
import { TeamsModule } from '../teams/teams.module.js';
import { UploadsModule } from '../uploads/uploads.module.js';
import { PictureEntity } from './picture.entity.js';
import { EventPicturesController, PicturesController } from './pictures.controller.js';
import { PicturesRepository } from './pictures.repository.js';
import { PicturesService } from './pictures.service.js';

/** Event banners, organization logos and team avatars, on the project images' pipeline and storage. */
@Module({
  imports: [UploadsModule, OrganizationsModule, TeamsModule, TypeOrmModule.forFeature([PictureEntity])],
  controllers: [EventPicturesController, PicturesController],
  providers: [PicturesRepository, PicturesService],
})
export class PicturesModule {}

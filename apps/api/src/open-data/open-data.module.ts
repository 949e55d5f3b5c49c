import { Module } from '@nestjs/common';
import { LeaderboardsModule } from '../leaderboards/leaderboards.module.js';
import { CatalogController, EventOpenDataController } from './open-data.controller.js';
import { OpenDataRepository } from './open-data.repository.js';
import { OpenDataService } from './open-data.service.js';
import { PagesService } from './pages.service.js';

/** Published results as open data: hackathon.json, Data Package, DCAT catalogue, page heads and sitemap. */
@Module({
  imports: [LeaderboardsModule],
  controllers: [EventOpenDataController, CatalogController],
  providers: [OpenDataRepository, OpenDataService, PagesService],
  exports: [PagesService],
})
export class OpenDataModule {}

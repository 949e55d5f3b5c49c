import {
  BuiltOnDatasetDto,
  ChallengeBuiltOnDto,
  DataPackageDto,
  DataPackageImportInput,
  DataPackageImportResultDto,
  HackathonJsonDto,
  OrganizationBuiltOnDto,
} from '@hackboard/contracts';
import { Controller, Get, Post, Req, Res } from '@nestjs/common';
import { ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { CurrentEvent, CurrentUser } from '../access/access.decorators.js';
import { Allow, type EventAccess } from '../access/access.rules.js';
import type { AuthUser } from '../auth/auth.tokens.js';
import { ApiZodBody, ApiZodResponse, UuidParam, ZodBody } from '../common/zod.js';
import { WriteBudget } from '../rate-limit/write-budget.guard.js';
import { catalogQuads, toJsonLd, toTurtle } from './catalog.js';
import type { ResourceName } from './data-package.js';
import { OpenDataService } from './open-data.service.js';

@ApiTags('open data')
@Controller('events/:event')
export class EventOpenDataController {
  constructor(private readonly openData: OpenDataService) {}

  @Allow('anyone')
  @Get('hackathon.json')
  @ApiZodResponse(
    HackathonJsonDto,
    'The public event as one document: challenges, data sets, projects, published results',
  )
  hackathon(@CurrentEvent() access: EventAccess) {
    return this.openData.hackathon(access);
  }

  @Allow('anyone')
  @Get('datapackage.json')
  @ApiZodResponse(DataPackageDto, 'The published results as a Frictionless Data Package (409 before publication)')
  dataPackage(@CurrentEvent() access: EventAccess) {
    return this.openData.dataPackage(access);
  }

  @Allow('anyone')
  @Get('datapackage/challenges.csv')
  @ApiProduces('text/csv')
  challenges(@CurrentEvent() access: EventAccess, @Res({ passthrough: true }) response: Response) {
    return this.csv(access, response, 'challenges');
  }

  @Allow('anyone')
  @Get('datapackage/datasets.csv')
  @ApiProduces('text/csv')
  datasets(@CurrentEvent() access: EventAccess, @Res({ passthrough: true }) response: Response) {
    return this.csv(access, response, 'datasets');
  }

  @Allow('anyone')
  @Get('datapackage/projects.csv')
  @ApiProduces('text/csv')
  projects(@CurrentEvent() access: EventAccess, @Res({ passthrough: true }) response: Response) {
    return this.csv(access, response, 'projects');
  }

  @Allow('anyone')
  @Get('datapackage/project-datasets.csv')
  @ApiProduces('text/csv')
  projectDatasets(@CurrentEvent() access: EventAccess, @Res({ passthrough: true }) response: Response) {
    return this.csv(access, response, 'project-datasets');
  }

  @Allow('anyone')
  @Get('datapackage/results.csv')
  @ApiProduces('text/csv')
  results(@CurrentEvent() access: EventAccess, @Res({ passthrough: true }) response: Response) {
    return this.csv(access, response, 'results');
  }

  @Allow('organizer')
  @WriteBudget('writes')
  @Post('datapackage/import')
  @ApiZodBody(DataPackageImportInput)
  @ApiZodResponse(
    DataPackageImportResultDto,
    'Imported into this event, which had no challenges or teams (409 otherwise)',
  )
  import(
    @CurrentEvent() access: EventAccess,
    @CurrentUser() user: AuthUser,
    @ZodBody(DataPackageImportInput) input: DataPackageImportInput,
  ) {
    return this.openData.importPackage(access, user, input);
  }

  @Allow('anyone')
  @Get('challenges/:challengeId/built-on')
  @ApiZodResponse(ChallengeBuiltOnDto, "The challenge's data sets and the projects of public events built on them")
  challengeBuiltOn(@CurrentEvent() access: EventAccess, @UuidParam('challengeId') challengeId: string) {
    return this.openData.challengeBuiltOn(access, challengeId);
  }

  private async csv(access: EventAccess, response: Response, name: ResourceName): Promise<string> {
    const text = await this.openData.resourceCsv(access, name);
    response.setHeader('Content-Type', 'text/csv; charset=utf-8');
    return text;
  }
}

@ApiTags('open data')
@Controller()
export class CatalogController {
  constructor(private readonly openData: OpenDataService) {}

  @Allow('anyone')
  @Get('catalog')
  @ApiProduces('text/turtle', 'application/ld+json')
  async catalog(@Req() request: Request, @Res({ passthrough: true }) response: Response): Promise<string | object> {
    const quads = catalogQuads({
      baseUrl: this.openData.baseUrl,
      contactEmail: this.openData.contactEmail,
      events: await this.openData.publishedEventsData(),
    });
    response.setHeader('Vary', 'Accept');
    if (request.accepts(['text/turtle', 'application/ld+json', 'application/json']) === 'text/turtle') {
      response.setHeader('Content-Type', 'text/turtle; charset=utf-8');
      return toTurtle(quads);
    }
    response.setHeader('Content-Type', 'application/ld+json; charset=utf-8');
    return JSON.stringify(await toJsonLd(quads));
  }

  @Allow('anyone')
  @Get('datasets/:datasetId/built-on')
  @ApiZodResponse(BuiltOnDatasetDto, 'A data set of a public event and every project built on it, across events')
  dataset(@UuidParam('datasetId') datasetId: string) {
    return this.openData.datasetBuiltOn(datasetId);
  }

  @Allow('anyone')
  @Get('organizations/:organizationId/built-on')
  @ApiZodResponse(OrganizationBuiltOnDto, "An organization's data sets in public events and what was built on them")
  organization(@UuidParam('organizationId') organizationId: string) {
    return this.openData.organizationBuiltOn(organizationId);
  }
}

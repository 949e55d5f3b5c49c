import type { PictureKind } from '@hackboard/contracts';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { EntityManager, Repository } from 'typeorm';
import { TeamEntity } from '../teams/team.entity.js';
import { PictureEntity } from './picture.entity.js';

@Injectable()
export class PicturesRepository {
  constructor(@InjectRepository(PictureEntity) private readonly pictures: Repository<PictureEntity>) {}

  find(kind: PictureKind, ownerId: string): Promise<PictureEntity | null> {
    return this.pictures.findOneBy({ kind, ownerId });
  }

  findById(id: string): Promise<PictureEntity | null> {
    return this.pictures.findOneBy({ id });
  }

  /** The team, if it belongs to the event. */
  team(eventId: string, teamId: string): Promise<TeamEntity | null> {
    return this.pictures.manager.findOneBy(TeamEntity, { id: teamId, eventId });
  }

  /** Replaces the owner's picture: the old row goes, so the unique key holds one per owner. */
  async replace(manager: EntityManager, row: Omit<PictureEntity, 'id'>): Promise<PictureEntity> {
    await manager.delete(PictureEntity, { kind: row.kind, ownerId: row.ownerId });
    return manager.save(PictureEntity, manager.create(PictureEntity, row));
  }

  async delete(manager: EntityManager, kind: PictureKind, ownerId: string): Promise<boolean> {
    const result = await manager.delete(PictureEntity, { kind, ownerId });
    return (result.affected ?? 0) > 0;
  }
}

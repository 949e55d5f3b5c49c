import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { EntityManager, Repository } from 'typeorm';
import { SubmissionImageEntity } from './submission-image.entity.js';

@Injectable()
export class UploadsRepository {
  constructor(@InjectRepository(SubmissionImageEntity) private readonly images: Repository<SubmissionImageEntity>) {}

  count(submissionId: string): Promise<number> {
    return this.images.countBy({ submissionId });
  }

  list(submissionId: string): Promise<SubmissionImageEntity[]> {
    return this.images.find({ where: { submissionId }, order: { position: 'ASC', id: 'ASC' } });
  }

  find(submissionId: string, id: string): Promise<SubmissionImageEntity | null> {
    return this.images.findOne({ where: { submissionId, id } });
  }

  async nextPosition(manager: EntityManager, submissionId: string): Promise<number> {
    return manager.countBy(SubmissionImageEntity, { submissionId });
  }

  insert(manager: EntityManager, row: Omit<SubmissionImageEntity, 'id'>): Promise<SubmissionImageEntity> {
    return manager.save(SubmissionImageEntity, manager.create(SubmissionImageEntity, row));
  }

  async delete(manager: EntityManager, submissionId: string, id: string): Promise<boolean> {
    const result = await manager.delete(SubmissionImageEntity, { submissionId, id });
    return (result.affected ?? 0) > 0;
  }
}

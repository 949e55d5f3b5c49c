import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { type EntityManager, In, type Repository } from 'typeorm';
import { ChallengeEntity } from './challenge.entity.js';
import { DatasetEntity } from './dataset.entity.js';

@Injectable()
export class ChallengesRepository {
  constructor(
    @InjectRepository(ChallengeEntity) private readonly challenges: Repository<ChallengeEntity>,
    @InjectRepository(DatasetEntity) private readonly datasets: Repository<DatasetEntity>,
  ) {}

  /** Always by event and id together, so an id from another event is simply not found. */
  findInEvent(
    eventId: string,
    id: string,
    manager: EntityManager = this.challenges.manager,
  ): Promise<ChallengeEntity | null> {
    return manager.findOne(ChallengeEntity, { where: { eventId, id } });
  }

  listByEvent(eventId: string): Promise<ChallengeEntity[]> {
    return this.challenges.find({ where: { eventId } });
  }

  /** The data sets of these challenges, each challenge's in its own order. */
  datasetsOf(challengeIds: string[], manager: EntityManager = this.datasets.manager): Promise<DatasetEntity[]> {
    if (challengeIds.length === 0) return Promise.resolve([]);
    return manager.find(DatasetEntity, {
      where: { challengeId: In([...new Set(challengeIds)]) },
      order: { position: 'ASC', id: 'ASC' },
    });
  }

  catalogueByIds(eventId: string, datasetIds: string[]): Promise<DatasetEntity[]> {
    if (datasetIds.length === 0) return Promise.resolve([]);
    return this.datasets
      .createQueryBuilder('dataset')
      .innerJoin(ChallengeEntity, 'challenge', 'challenge.id = dataset.challenge_id')
      .where('challenge.event_id = :eventId', { eventId })
      .andWhere('dataset.id IN (:...ids)', { ids: [...new Set(datasetIds)] })
      .getMany();
  }

  insert(manager: EntityManager, challenge: Partial<ChallengeEntity>): Promise<ChallengeEntity> {
    return manager.save(ChallengeEntity, manager.create(ChallengeEntity, challenge));
  }

  /** Also moves `updated_at` when only the data sets changed. */
  async update(manager: EntityManager, id: string, changes: Partial<ChallengeEntity>): Promise<void> {
    await manager
      .createQueryBuilder()
      .update(ChallengeEntity)
      .set({ ...changes, updatedAt: () => 'CURRENT_TIMESTAMP' })
      .where('id = :id', { id })
      .execute();
  }

  async delete(manager: EntityManager, id: string): Promise<void> {
    await manager.delete(DatasetEntity, { challengeId: id });
    await manager.delete(ChallengeEntity, { id });
  }

  async insertDatasets(manager: EntityManager, datasets: Partial<DatasetEntity>[]): Promise<void> {
    if (datasets.length === 0) return;
    await manager.save(
      DatasetEntity,
      datasets.map((dataset) => manager.create(DatasetEntity, dataset)),
    );
  }

  async updateDataset(manager: EntityManager, id: string, changes: Partial<DatasetEntity>): Promise<void> {
    await manager.update(DatasetEntity, { id }, changes);
  }

  async deleteDatasets(manager: EntityManager, ids: string[]): Promise<void> {
    if (ids.length === 0) return;
    await manager.delete(DatasetEntity, { id: In(ids) });
  }

  /**
   * Whether any submission names this challenge. The submissions table refuses the challenge's
   * deletion anyway (ON DELETE RESTRICT); asking first gives a clear answer instead.
   */
  async hasSubmissions(manager: EntityManager, challengeId: string): Promise<boolean> {
    const row = await manager
      .createQueryBuilder()
      .select('1', 'found')
      .from('submissions', 'submission')
      .where('submission.challenge_id = :challengeId', { challengeId })
      .limit(1)
      .getRawOne<{ found: number }>();
    return row !== undefined;
  }
}

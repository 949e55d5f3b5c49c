import { Injectable, Logger } from '@nestjs/common';
import { PairwiseRepository } from './pairwise.repository.js';
import { type ModelItem, type PairwiseRecord, RoundModel } from './round-model.js';

/**
 * One CrowdBT model per round in this process, kept in step with the stored votes and skips.
 * Work on a round's model runs one at a time, so records are applied strictly in sequence order
 * even when votes commit concurrently. Before each use the model applies whatever the store holds
 * past what it has applied, which is how votes taken by other instances reach it.
 */
@Injectable()
export class RoundModels {
  private readonly logger = new Logger('RoundModels');
  private readonly models = new Map<string, RoundModel>();
  private readonly queues = new Map<string, Promise<void>>();

  constructor(private readonly pairwise: PairwiseRepository) {}

  /**
   * The round's model with every stored record applied and these projects known. A model built
   * with other excluded jurors than the store now holds (an organizer changed them, maybe on
   * another instance) is rebuilt from the first record.
   */
  current(roundId: string, items: readonly ModelItem[]): Promise<RoundModel> {
    return this.exclusive(roundId, async () => {
      const excluded = await this.pairwise.excludedJurors(roundId);
      const cached = this.models.get(roundId);
      const model =
        cached && cached.excluded.size === excluded.length && excluded.every((id) => cached.excluded.has(id))
          ? cached
          : new RoundModel(roundId, excluded);
      model.addItems(items);
      await this.catchUp(model);
      this.models.set(roundId, model);
      return model;
    });
  }

  /**
   * After a record committed: the next in sequence is applied at once (no query); one further ahead
   * means other records committed in between, which are read first. A failure is only logged: the
   * record is stored, and the next `current` reads it.
   */
  async committed(record: PairwiseRecord): Promise<void> {
    try {
      await this.exclusive(record.roundId, async () => {
        const model = this.models.get(record.roundId);
        if (!model) return;
        if (record.sequence === model.applied + 1) model.apply(record);
        else if (record.sequence > model.applied) await this.catchUp(model);
      });
    } catch (error) {
      this.logger.warn(`round ${record.roundId}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  /** Drops a round's model (or all): the next use rebuilds it by replaying the store. */
  forget(roundId?: string): void {
    if (roundId) this.models.delete(roundId);
    else this.models.clear();
  }

  private async catchUp(model: RoundModel): Promise<void> {
    for (const row of await this.pairwise.recordsAfter(model.roundId, model.applied)) model.apply(row);
  }

  private exclusive<T>(roundId: string, work: () => Promise<T>): Promise<T> {
    const previous = this.queues.get(roundId) ?? Promise.resolve();
    const result = previous.then(work);
    const settled = result.then(
      () => undefined,
      () => undefined,
    );
    this.queues.set(roundId, settled);
    void settled.then(() => {
      if (this.queues.get(roundId) === settled) this.queues.delete(roundId);
    });
    return result;
  }
}

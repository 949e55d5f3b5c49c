import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AppConfig } from '../config/app-config.js';
import { Clock } from '../common/clock.js';
import { EventEntity } from '../events/event.entity.js';
import { demoEvent } from './demo-event.js';

/** Fills an empty embedded database with the demo event, so a fresh start has something to show. */
@Injectable()
export class DemoSeedService implements OnApplicationBootstrap {
  private readonly logger = new Logger('DemoSeed');

  constructor(
    private readonly dataSource: DataSource,
    private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!this.config.seedDemo) return;
    const seeded = await this.seedIfEmpty();
    if (seeded) this.logger.log(`Seeded the demo event "${seeded}"`);
  }

  /** Returns the seeded event's name, or null when the database already held data. */
  async seedIfEmpty(): Promise<string | null> {
    return this.dataSource.transaction(async (manager) => {
      if ((await manager.count(EventEntity)) > 0) return null;
      const event = await manager.save(EventEntity, manager.create(EventEntity, demoEvent(this.clock.now())));
      return event.name;
    });
  }
}

import { EventEntity } from '../events/event.entity.js';

/** Every TypeORM entity of the API; features add theirs here. */
export const ENTITIES = [EventEntity];

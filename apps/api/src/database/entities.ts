import { EventRoleEntity } from '../access/event-role.entity.js';
import { AuditEntryEntity } from '../audit/audit-entry.entity.js';
import { SessionEntity } from '../auth/session.entity.js';
import { EventEntity } from '../events/event.entity.js';
import { UserEntity } from '../users/user.entity.js';

/** Every TypeORM entity of the API; features add theirs here. */
export const ENTITIES = [EventEntity, UserEntity, SessionEntity, EventRoleEntity, AuditEntryEntity];

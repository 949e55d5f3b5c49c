export * from './audit.js';
export * from './auth.js';
export * from './errors.js';
export * from './pagination.js';
export * from './events.js';
export * from './health.js';
export * from './realtime.js';

import { esmTsJest } from '../../jest.preset.mjs';

export default esmTsJest(import.meta.dirname, {
  displayName: 'api',
  testMatch: ['<rootDir>/src/**/*.spec.ts', '<rootDir>/test/**/*.int-spec.ts'],
  // Integration suites share one PostgreSQL server; each creates its own database.
  maxWorkers: 2,
  testTimeout: 30_000,
});

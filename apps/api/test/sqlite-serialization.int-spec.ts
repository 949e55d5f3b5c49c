import { DataSource } from 'typeorm';
import { OrganizationEntity } from '../src/organizations/organization.entity.js';
import { type TestApp, startTestApp } from './support/test-app.js';
import { drivers } from './support/test-databases.js';

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe.each(drivers())('concurrent database work on %s', (driver) => {
  let t: TestApp;
  beforeAll(async () => (t = await startTestApp(driver)));
  afterAll(() => t.close());

  it('keeps a write made during another request’s failing transaction', async () => {
    const dataSource = t.app.get(DataSource);
    const organizations = dataSource.getRepository(OrganizationEntity);
    const failing = dataSource
      .transaction(async (manager) => {
        await manager.save(OrganizationEntity, { name: 'Rolled back', kind: 'other' as const, website: null });
        await pause(50);
        throw new Error('the transaction fails');
      })
      .catch((error: Error) => error.message);
    await pause(10);
    const independent = organizations.save({ name: 'Kept', kind: 'other' as const, website: null });

    expect(await failing).toBe('the transaction fails');
    await independent;
    const names = (await organizations.find()).map((org) => org.name);
    expect(names).toContain('Kept');
    expect(names).not.toContain('Rolled back');
  });

  it('runs two transactions that overlap in time as two separate units', async () => {
    const dataSource = t.app.get(DataSource);
    const transaction = (name: string, fail: boolean) =>
      dataSource
        .transaction(async (manager) => {
          await manager.save(OrganizationEntity, { name, kind: 'other' as const, website: null });
          await pause(30);
          if (fail) throw new Error('fail');
        })
        .catch(() => undefined);
    await Promise.all([
      transaction('First committed', false),
      transaction('Second rolled back', true),
      transaction('Third committed', false),
    ]);
    const names = (await dataSource.getRepository(OrganizationEntity).find()).map((org) => org.name);
    expect(names).toEqual(expect.arrayContaining(['First committed', 'Third committed']));
    expect(names).not.toContain('Second rolled back');
  });
});

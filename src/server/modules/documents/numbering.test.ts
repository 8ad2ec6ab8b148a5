/**
 * The number register (NĐ 30/2020: numbers from 01 each year per type symbol): concurrent issuers
 * never share a number, a rolled-back issue leaves no gap, and years and symbols count separately.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildAgency } from '../../test/factories.js';
import { createTestApp, type TestApp } from '../../test/harness.js';
import { takeNumber } from './service.js';

let t: TestApp;
let agencyId: string;
beforeAll(async () => {
  t = await createTestApp();
  agencyId = (await buildAgency(t.db)).id;
});
afterAll(() => t.close());

describe('takeNumber', () => {
  it('starts at 1 and counts per year and per type symbol', async () => {
    const take = (year: number, code: string) =>
      t.db.transaction((tx) => takeNumber(tx, agencyId, year, code));
    expect(await take(2024, 'KH')).toBe(1);
    expect(await take(2024, 'KH')).toBe(2);
    expect(await take(2024, 'BB')).toBe(1);
    expect(await take(2025, 'KH')).toBe(1);
    const other = await buildAgency(t.db, { name: 'Sở Khác' });
    expect(await t.db.transaction((tx) => takeNumber(tx, other.id, 2024, 'KH'))).toBe(1);
  });

  it('gives 40 concurrent issuers 40 different numbers with no gap', async () => {
    const numbers = await Promise.all(
      Array.from({ length: 40 }, () => t.db.transaction((tx) => takeNumber(tx, agencyId, 2024, 'TB'))),
    );
    expect([...numbers].sort((a, b) => a - b)).toEqual(Array.from({ length: 40 }, (_, i) => i + 1));
  });

  it('returns the number of a rolled-back issue, so the register has no gap', async () => {
    await expect(
      t.db.transaction(async (tx) => {
        await takeNumber(tx, agencyId, 2024, 'QĐ');
        throw new Error('lưu văn bản thất bại');
      }),
    ).rejects.toThrow('lưu văn bản thất bại');
    expect(await t.db.transaction((tx) => takeNumber(tx, agencyId, 2024, 'QĐ'))).toBe(1);
  });
});

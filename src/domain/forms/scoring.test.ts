import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LEVELS, levelRank } from '../rules/types.js';
import { formDefinition } from './catalogue.js';
import {
  bandFor,
  bandRangeText,
  formatPoints,
  scoreTotals,
  suggestedLevelFromScores,
  validateScores,
} from './scoring.js';
import { SCORE_COLUMNS, type ScoreBand, type Scores, type ScoreTable } from './types.js';

function qd366(): ScoreTable {
  const t = formDefinition('2025', 'HD43_2B')?.scoreTable;
  if (!t) throw new Error('HD43_2B has a table');
  return t;
}

/** Hải Phòng QĐ 212/2025, non-leaders (rules.md §6): > 90, > 80, ≥ 50, < 50. */
const haiPhong: ScoreTable = {
  scheme: 'HP-212-2025',
  groups: [
    {
      key: 'chung',
      label: 'Tiêu chí chung',
      max: 20,
      items: [
        { key: 'ct', label: 'Chính trị tư tưởng', max: 5 },
        { key: 'dd', label: 'Đạo đức, lối sống', max: 5 },
        { key: 'tp', label: 'Tác phong, lề lối làm việc', max: 5 },
        { key: 'kl', label: 'Ý thức tổ chức kỷ luật', max: 5 },
      ],
    },
    {
      key: 'kpi',
      label: 'Kết quả thực hiện nhiệm vụ',
      max: 80,
      items: [
        { key: 'sl', label: 'Số lượng', max: 25 },
        { key: 'cl', label: 'Chất lượng', max: 30 },
        { key: 'td', label: 'Tiến độ', max: 25 },
      ],
    },
  ],
  // Deliberately not in order: bandFor must not depend on it.
  bands: [
    { level: 'HTNV', min: 50, inclusive: true },
    { level: 'HTXSNV', min: 90, inclusive: false },
    { level: 'KHTNV', min: 0, inclusive: true },
    { level: 'HTTNV', min: 80, inclusive: false },
  ],
  max: 100,
  source: 'Quyết định 212/2025/QĐ-UBND Hải Phòng (rules.md §6)',
  verified: true,
};

describe('bandFor', () => {
  it.each([
    [100, 'HTXSNV'],
    [90, 'HTXSNV'],
    [89.99, 'HTTNV'],
    [70, 'HTTNV'],
    [69.99, 'HTNV'],
    [50, 'HTNV'],
    [49.99, 'KHTNV'],
    [0, 'KHTNV'],
  ] as const)('QĐ 366 (bounds inclusive): %d → %s', (total, level) => {
    expect(bandFor(qd366(), total)).toBe(level);
  });

  it.each([
    [100, 'HTXSNV'],
    [90.01, 'HTXSNV'],
    [90, 'HTTNV'],
    [80.01, 'HTTNV'],
    [80, 'HTNV'],
    [50, 'HTNV'],
    [49.99, 'KHTNV'],
  ] as const)('Hải Phòng (> 90, > 80 exclusive; ≥ 50): %d → %s', (total, level) => {
    expect(bandFor(haiPhong, total)).toBe(level);
  });

  it('is not fooled by floating point sums (29,99 + 60,01 is 90)', () => {
    const { total } = scoreTotals(qd366(), {
      tieu_chi_chung: { self: 29.99 },
      ket_qua_nhiem_vu: { self: 60.01 },
    });
    expect(total.self).toBe(90);
    expect(bandFor(qd366(), total.self ?? 0)).toBe('HTXSNV');
  });

  it('a total below every band is KHTNV', () => {
    const t: ScoreTable = { ...qd366(), bands: [{ level: 'HTNV', min: 50, inclusive: true }] };
    expect(bandFor(t, 10)).toBe('KHTNV');
  });
});

describe('bandRangeText', () => {
  it('describes inclusive and exclusive bounds', () => {
    const [x, t, , k] = qd366().bands as [ScoreBand, ScoreBand, ScoreBand, ScoreBand];
    expect(bandRangeText(qd366(), x)).toBe('từ 90 điểm trở lên');
    expect(bandRangeText(qd366(), t)).toBe('từ 70 đến dưới 90 điểm');
    expect(bandRangeText(qd366(), k)).toBe('từ 0 đến dưới 50 điểm');
    const hp = (level: string) => haiPhong.bands.find((b) => b.level === level) as ScoreBand;
    expect(bandRangeText(haiPhong, hp('HTXSNV'))).toBe('trên 90 điểm');
    expect(bandRangeText(haiPhong, hp('HTTNV'))).toBe('trên 80 đến 90 điểm');
    expect(bandRangeText(haiPhong, hp('HTNV'))).toBe('từ 50 đến 80 điểm');
  });
});

describe('formatPoints', () => {
  it.each([
    [90, '90'],
    [89.99, '89,99'],
    [89.5, '89,5'],
    [0.1, '0,1'],
  ] as const)('%d → %s', (n, s) => expect(formatPoints(n)).toBe(s));
});

describe('scoreTotals', () => {
  it('sums per group and column; a column without scores is null', () => {
    const r = scoreTotals(haiPhong, {
      ct: { self: 5, manager: 4.5 },
      dd: { self: 4.25 },
      sl: { self: 20 },
    });
    expect(r.perGroup.chung).toEqual({ self: 9.25, manager: 4.5, authority: null });
    expect(r.perGroup.kpi).toEqual({ self: 20, manager: null, authority: null });
    expect(r.total).toEqual({ self: 29.25, manager: 4.5, authority: null });
  });

  it('ignores items that are not in the table', () => {
    expect(scoreTotals(haiPhong, { zz: { self: 50 } }).total.self).toBeNull();
  });
});

describe('validateScores', () => {
  it('accepts valid scores, including 0 and decimals like 0,1', () => {
    expect(
      validateScores(haiPhong, { ct: { self: 0, manager: 0.1, authority: 5 }, cl: { self: 29.99 } }),
    ).toEqual([]);
  });

  it.each([
    [{ xx: { self: 1 } }, 'xx', /không có trong bảng điểm/],
    [{ ct: { self: -1 } }, 'ct.self', /không được âm/],
    [{ ct: { manager: 5.01 } }, 'ct.manager', /vượt quá điểm tối đa 5/],
    [{ ct: { authority: 1.005 } }, 'ct.authority', /tối đa 2 chữ số thập phân/],
    [{ ct: { self: Number.NaN } }, 'ct.self', /không phải là số/],
    [{ ct: { boss: 1 } as never }, 'ct.boss', /cột “boss”/],
  ] as [Scores, string, RegExp][])('%j → %s', (scores, path, message) => {
    const problems = validateScores(haiPhong, scores);
    expect(problems).toHaveLength(1);
    expect(problems[0]?.path).toBe(path);
    expect(problems[0]?.message).toMatch(message);
  });
});

describe('suggestedLevelFromScores', () => {
  const full = (column: 'self' | 'manager' | 'authority', chung: number, kq: number): Scores => ({
    tieu_chi_chung: { [column]: chung },
    ket_qua_nhiem_vu: { [column]: kq },
  });
  const merge = (...s: Scores[]): Scores => {
    const out: Scores = {};
    for (const x of s) for (const [k, v] of Object.entries(x)) out[k] = { ...out[k], ...v };
    return out;
  };

  it('uses the authority column when it is complete', () => {
    const r = suggestedLevelFromScores(qd366(), merge(full('self', 30, 70), full('authority', 25, 50)));
    expect(r).toMatchObject({ level: 'HTTNV', column: 'authority' });
    expect(r.reason).toMatch(/tổng 75\/100 điểm, thuộc khoảng từ 70 đến dưới 90 điểm/);
    expect(r.reason).toMatch(/Hoàn thành tốt nhiệm vụ/);
  });

  it('falls back to the manager when the authority column is partial', () => {
    const r = suggestedLevelFromScores(
      qd366(),
      merge(full('self', 30, 70), full('manager', 28, 62), { tieu_chi_chung: { authority: 10 } }),
    );
    expect(r).toMatchObject({ level: 'HTXSNV', column: 'manager' });
  });

  it('skips a column with an invalid score', () => {
    const r = suggestedLevelFromScores(qd366(), merge(full('self', 20, 40), full('authority', 31, 70)));
    expect(r).toMatchObject({ level: 'HTNV', column: 'self' });
  });

  it('gives no level when no column is complete', () => {
    const r = suggestedLevelFromScores(qd366(), { tieu_chi_chung: { self: 30 } });
    expect(r).toMatchObject({ level: null, column: null });
    expect(r.reason).toMatch(/cả 2 tiêu chí/);
  });

  it('says when the table is an unverified default', () => {
    const hd25 = formDefinition('2024', 'HD25_02A')?.scoreTable;
    if (!hd25) throw new Error('HD25_02A has a table');
    expect(suggestedLevelFromScores(hd25, full('self', 30, 70)).reason).toMatch(/chưa đối chiếu/);
  });
});

/** A random table: groups of items with maxima in hundredths, and bands with random bounds. */
const tableArb: fc.Arbitrary<ScoreTable> = fc
  .record({
    groups: fc.array(fc.array(fc.integer({ min: 1, max: 5000 }), { minLength: 1, maxLength: 4 }), {
      minLength: 1,
      maxLength: 4,
    }),
    mins: fc.uniqueArray(fc.integer({ min: 0, max: 10_000 }), { minLength: 1, maxLength: 4 }),
    inclusive: fc.array(fc.boolean(), { minLength: 4, maxLength: 4 }),
  })
  .map(({ groups, mins, inclusive }) => {
    const sorted = [...mins].sort((a, b) => b - a);
    return {
      scheme: 'random',
      groups: groups.map((items, g) => ({
        key: `g${g}`,
        label: `Nhóm ${g}`,
        max: items.reduce((s, m) => s + m, 0) / 100,
        items: items.map((m, i) => ({ key: `g${g}i${i}`, label: `Tiêu chí ${i}`, max: m / 100 })),
      })),
      bands: sorted.map((min, i) => ({
        level: LEVELS[i] ?? 'KHTNV',
        min: min / 100,
        inclusive: inclusive[i] ?? true,
      })),
      source: 'thử nghiệm',
      verified: false,
    };
  });

/** A table and valid scores for it (each a multiple of 0,01 within the item's maximum), some missing. */
const tableWithScores = tableArb.chain((table) => {
  const items = table.groups.flatMap((g) => g.items);
  const cell = (max: number) =>
    fc.option(
      fc.integer({ min: 0, max: Math.round(max * 100) }).map((h) => h / 100),
      { nil: undefined },
    );
  return fc
    .tuple(
      ...items.map((i) => fc.record({ self: cell(i.max), manager: cell(i.max), authority: cell(i.max) })),
    )
    .map((rows) => {
      const scores: Scores = {};
      items.forEach((item, k) => {
        const row = rows[k] ?? {};
        const clean = Object.fromEntries(Object.entries(row).filter(([, v]) => v !== undefined));
        scores[item.key] = clean;
      });
      return { table, scores };
    });
});

describe('properties', () => {
  it('valid scores pass validation and never total more than the table maximum', () => {
    fc.assert(
      fc.property(tableWithScores, ({ table, scores }) => {
        expect(validateScores(table, scores)).toEqual([]);
        const max = table.groups.reduce((s, g) => s + Math.round(g.max * 100), 0) / 100;
        const { total, perGroup } = scoreTotals(table, scores);
        for (const c of SCORE_COLUMNS) {
          expect(total[c] ?? 0).toBeLessThanOrEqual(max);
          for (const g of table.groups) expect(perGroup[g.key]?.[c] ?? 0).toBeLessThanOrEqual(g.max);
        }
      }),
    );
  });

  it('raising any score never lowers the band', () => {
    fc.assert(
      fc.property(
        tableWithScores,
        fc.nat(),
        fc.constantFrom(...SCORE_COLUMNS),
        fc.double({ min: 0, max: 1, noNaN: true }),
        ({ table, scores }, pick, column, fraction) => {
          const items = table.groups.flatMap((g) => g.items);
          const item = items[pick % items.length];
          if (!item) return;
          const before = scores[item.key]?.[column] ?? 0;
          const raised = before + Math.floor((item.max - before) * fraction * 100) / 100;
          const after: Scores = { ...scores, [item.key]: { ...scores[item.key], [column]: raised } };
          expect(validateScores(table, after)).toEqual([]);
          const t0 = scoreTotals(table, scores).total[column] ?? 0;
          const t1 = scoreTotals(table, after).total[column] ?? 0;
          expect(t1).toBeGreaterThanOrEqual(t0);
          expect(levelRank(bandFor(table, t1))).toBeGreaterThanOrEqual(levelRank(bandFor(table, t0)));
        },
      ),
    );
  });

  it('bandFor is monotonic in the total for any bands', () => {
    fc.assert(
      fc.property(
        tableArb,
        fc.integer({ min: 0, max: 20_000 }),
        fc.integer({ min: 0, max: 20_000 }),
        (t, a, b) => {
          const [lo, hi] = a <= b ? [a / 100, b / 100] : [b / 100, a / 100];
          expect(levelRank(bandFor(t, hi))).toBeGreaterThanOrEqual(levelRank(bandFor(t, lo)));
        },
      ),
    );
  });
});

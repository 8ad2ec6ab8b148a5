import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addYears,
  DEADLINE_STATES,
  type DeadlineState,
  deadlineState,
  dependencyProblems,
  isWeekend,
  moveStepsToNextYear,
  planTemplate,
  REGIME_LABELS,
  REGIMES,
  type Regime,
  regimeForYear,
  type StepDefinition,
} from './cycle.js';

const DAY_MS = 86_400_000;
const pad = (n: number) => String(n).padStart(2, '0');
const iso = (y: number, m: number, d: number) => `${y}-${pad(m)}-${pad(d)}`;
const isLeap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
const daysBetween = (from: string, to: string) =>
  (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS;

/** Day of week by Sakamoto's method (0 = Sunday), independent of `Date`. */
function dayOfWeek(isoDate: string): number {
  const [yy, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  const t = [0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4] as const;
  const y = m < 3 ? yy - 1 : yy;
  return (y + Math.floor(y / 4) - Math.floor(y / 100) + Math.floor(y / 400) + (t[m - 1] as number) + d) % 7;
}

/** Any real calendar day 1900–2200 as an ISO date. */
const isoDay = fc
  .integer({ min: Date.UTC(1900, 0, 1) / DAY_MS, max: Date.UTC(2200, 11, 31) / DAY_MS })
  .map((days) => new Date(days * DAY_MS).toISOString().slice(0, 10));
/** 29 February of a leap year 1904–2196. */
const leapDay = fc
  .integer({ min: 1901, max: 2196 })
  .filter(isLeap)
  .map((y) => iso(y, 2, 29));
/** Calendar days with 29/02 over-represented. */
const anyDay = fc.oneof({ arbitrary: isoDay, weight: 4 }, { arbitrary: leapDay, weight: 1 });
const year = fc.integer({ min: 1900, max: 2200 });

const byCode = <T extends StepDefinition>(steps: readonly T[]) => new Map(steps.map((s) => [s.code, s]));

function step(code: string, o: Partial<StepDefinition> = {}): StepDefinition {
  return {
    code,
    sectionRef: '',
    title: code,
    description: '',
    responsible: '',
    participants: '',
    scope: 'agency',
    deadline: null,
    deadlineEnd: null,
    outputs: [],
    dependsOn: [],
    ...o,
  };
}

/** Every step reachable through dependsOn from `code` (not including it unless on a cycle). */
function transitiveDeps(steps: readonly StepDefinition[], code: string): Set<string> {
  const map = byCode(steps);
  const seen = new Set<string>();
  const stack = [...(map.get(code)?.dependsOn ?? [])];
  while (stack.length > 0) {
    const c = stack.pop() as string;
    if (seen.has(c)) continue;
    seen.add(c);
    stack.push(...(map.get(c)?.dependsOn ?? []));
  }
  return seen;
}

// ---------------------------------------------------------------------------------------------
describe('regimeForYear (rules.md §0.1)', () => {
  it.each<[number, Regime]>([
    [1990, '2024'],
    [2020, '2024'],
    [2023, '2024'],
    [2024, '2024'],
    [2025, '2025'],
    [2026, '2026'],
    [2027, '2026'],
    [2030, '2026'],
    [2100, '2026'],
  ])('%i → regime %s', (y, regime) => {
    expect(regimeForYear(y)).toBe(regime);
  });

  it('every regime has a label naming its decrees', () => {
    expect(Object.keys(REGIME_LABELS).sort()).toEqual([...REGIMES].sort());
    expect(REGIME_LABELS['2024']).toContain('QĐ 124-QĐ/TW');
    expect(REGIME_LABELS['2024']).toContain('NĐ 98/2023');
    expect(REGIME_LABELS['2025']).toContain('QĐ 366-QĐ/TW');
    expect(REGIME_LABELS['2025']).toContain('NĐ 152/2025');
    expect(REGIME_LABELS['2026']).toContain('NĐ 335/2025');
  });

  it('property: always a known regime, and never goes back as the year grows', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1000, max: 9999 }), fc.integer({ min: 0, max: 100 }), (y, k) => {
        const a = regimeForYear(y);
        const b = regimeForYear(y + k);
        expect(REGIMES).toContain(a);
        expect(REGIMES.indexOf(b)).toBeGreaterThanOrEqual(REGIMES.indexOf(a));
      }),
    );
  });
});

// ---------------------------------------------------------------------------------------------
describe('planTemplate(2024) reproduces plan.md "Steps and deadlines of the 2024 cycle"', () => {
  const steps = planTemplate(2024);
  const map = byCode(steps);

  it.each<[string, string | null, string | null]>([
    // plan.md #1, #2, #2b, #3: 25/10
    ['goi-y', '2024-10-25', null],
    ['tu-kiem-diem', '2024-10-25', null],
    ['kiem-diem-3-nam', '2024-10-25', null],
    ['bao-cao-tap-the', '2024-10-25', null],
    // #4: 28/10
    ['so-lieu-bao-cao', '2024-10-28', null],
    // #5, #6, #8: 05/11
    ['hop-don-vi', '2024-11-05', null],
    ['ho-so-don-vi', '2024-11-05', null],
    ['bao-cao-van-phong', '2024-11-05', null],
    // #9, #10: 08/11
    ['bieu-quyet-co-quan', '2024-11-08', null],
    ['kiem-diem-lanh-dao', '2024-11-08', null],
    // #11: 12/11
    ['tham-van', '2024-11-12', null],
    // #12, #13: 15/11
    ['hoi-dong-sang-kien', '2024-11-15', null],
    ['ho-so-so-noi-vu', '2024-11-15', null],
    // #14: 20/11
    ['hoi-dong-thi-dua', '2024-11-20', null],
    // #15: 12/12–15/12
    ['ho-so-khen-thuong', '2024-12-12', '2024-12-15'],
    // #16: 31/01/2025
    ['ho-so-ban-to-chuc', '2025-01-31', null],
    // #17: 24/12
    ['tai-lieu-hoi-nghi', '2024-12-24', null],
    // #18: 27/12
    ['hoi-nghi', '2024-12-27', null],
    // #19: after review, no fixed date
    ['khac-phuc', null, null],
  ])('%s: %s – %s', (code, deadline, deadlineEnd) => {
    const s = map.get(code);
    expect(s, code).toBeDefined();
    expect(s?.deadline).toBe(deadline);
    expect(s?.deadlineEnd).toBe(deadlineEnd);
  });

  it('contains exactly the plan steps with a date or "after review" (19 steps)', () => {
    expect(steps).toHaveLength(19);
  });

  it('the set of deadlines is exactly the set of plan.md deadlines', () => {
    const dates = new Set(steps.flatMap((s) => [s.deadline, s.deadlineEnd]).filter((x) => x !== null));
    expect([...dates].sort()).toEqual(
      [
        '2024-10-25',
        '2024-10-28',
        '2024-11-05',
        '2024-11-08',
        '2024-11-12',
        '2024-11-15',
        '2024-11-20',
        '2024-12-12',
        '2024-12-15',
        '2024-12-24',
        '2024-12-27',
        '2025-01-31',
      ].sort(),
    );
  });

  it('year-dependent texts name the right years (3-year review 2022–2024, remedies of 2023, figures to 10/11)', () => {
    expect(map.get('kiem-diem-3-nam')?.description).toContain('2022, 2023, 2024');
    expect(map.get('bao-cao-tap-the')?.description).toContain('năm 2023');
    expect(map.get('so-lieu-bao-cao')?.description).toContain('10/11/2024');
  });

  it('the unit dossier lists the five parts of II.2.d', () => {
    const desc = map.get('ho-so-don-vi')?.description ?? '';
    for (const part of ['(1)', '(2)', '(3)', '(4)', '(5)']) expect(desc).toContain(part);
  });

  it('CBCCVC evaluation (tham-van) ends before 15 December (rules.md §1.7)', () => {
    const thamVan = map.get('tham-van')?.deadline ?? '9999-12-31';
    expect(thamVan < '2024-12-15').toBe(true);
    expect(thamVan < (map.get('hoi-dong-thi-dua')?.deadline ?? '')).toBe(true);
  });
});

describe('planTemplate: structure for any year', () => {
  it('codes are unique (2024)', () => {
    const codes = planTemplate(2024).map((s) => s.code);
    expect(new Set(codes).size).toBe(codes.length);
  });

  it('every dependsOn names an existing step and there is no loop (2024)', () => {
    const steps = planTemplate(2024);
    const codes = new Set(steps.map((s) => s.code));
    for (const s of steps) for (const dep of s.dependsOn) expect(codes, `${s.code} → ${dep}`).toContain(dep);
    expect(dependencyProblems(steps)).toEqual([]);
  });

  it('CBCCVC evaluation before emulation: hoi-dong-thi-dua depends on tham-van (rules.md §1.7)', () => {
    const steps = planTemplate(2024);
    expect(byCode(steps).get('hoi-dong-thi-dua')?.dependsOn).toContain('tham-van');
    expect(transitiveDeps(steps, 'hoi-dong-thi-dua')).toContain('hop-don-vi');
    expect(transitiveDeps(steps, 'tham-van')).not.toContain('hoi-dong-thi-dua');
  });

  it('unit meetings before the agency vote: bieu-quyet-co-quan depends transitively on hop-don-vi', () => {
    const steps = planTemplate(2024);
    expect(byCode(steps).get('bieu-quyet-co-quan')?.dependsOn).not.toContain('hop-don-vi');
    expect(transitiveDeps(steps, 'bieu-quyet-co-quan')).toContain('hop-don-vi');
    expect(transitiveDeps(steps, 'bieu-quyet-co-quan')).toContain('ho-so-don-vi');
  });

  it.each([
    ['hop-don-vi', ['goi-y', 'tu-kiem-diem', 'bao-cao-tap-the']],
    ['ho-so-so-noi-vu', ['bieu-quyet-co-quan', 'kiem-diem-lanh-dao', 'tham-van']],
    ['ho-so-khen-thuong', ['hoi-dong-thi-dua', 'tham-van', 'hoi-dong-sang-kien']],
    ['ho-so-ban-to-chuc', ['kiem-diem-3-nam', 'tham-van']],
    ['hoi-nghi', ['tai-lieu-hoi-nghi']],
    ['khac-phuc', ['hop-don-vi']],
  ])('%s comes after %j', (code, deps) => {
    const all = transitiveDeps(planTemplate(2024), code);
    for (const dep of deps) expect(all).toContain(dep);
  });

  it('property: for any year, codes unique, no dependency problem, no step depends on itself', () => {
    fc.assert(
      fc.property(year, (y) => {
        const steps = planTemplate(y);
        const codes = steps.map((s) => s.code);
        expect(new Set(codes).size).toBe(codes.length);
        expect(dependencyProblems(steps)).toEqual([]);
        for (const s of steps) expect(transitiveDeps(steps, s.code)).not.toContain(s.code);
      }),
    );
  });

  it('property: for any year, a dependency is never due after the step that depends on it', () => {
    fc.assert(
      fc.property(year, (y) => {
        const steps = planTemplate(y);
        const map = byCode(steps);
        for (const s of steps) {
          if (!s.deadline) continue;
          for (const dep of s.dependsOn) {
            const dl = map.get(dep)?.deadline;
            if (dl) expect(dl <= s.deadline, `${dep} (${dl}) before ${s.code} (${s.deadline})`).toBe(true);
          }
        }
      }),
    );
  });

  it('property: for any year, the same codes and day/month as 2024, the January step in the next year', () => {
    const base = planTemplate(2024);
    fc.assert(
      fc.property(year, (y) => {
        const steps = planTemplate(y);
        expect(steps.map((s) => s.code)).toEqual(base.map((s) => s.code));
        steps.forEach((s, i) => {
          const b = base[i] as StepDefinition;
          for (const key of ['deadline', 'deadlineEnd'] as const) {
            const v = s[key];
            const bv = b[key];
            if (bv === null) {
              expect(v).toBeNull();
              continue;
            }
            expect(v?.slice(4)).toBe(bv.slice(4));
            expect(Number(v?.slice(0, 4))).toBe(y + (Number(bv.slice(0, 4)) - 2024));
          }
          if (s.deadline && s.deadlineEnd) expect(s.deadline < s.deadlineEnd).toBe(true);
        });
      }),
    );
  });

  it('returns fresh objects every call (mutating one result does not affect the next)', () => {
    const a = planTemplate(2024);
    (a[0] as StepDefinition).dependsOn.push('x');
    (a[0] as StepDefinition).outputs.push('x');
    const b = planTemplate(2024);
    expect(b[0]?.dependsOn).toEqual([]);
    expect(b[0]?.outputs).toEqual(['Gợi ý kiểm điểm']);
  });
});

// ---------------------------------------------------------------------------------------------
describe('addYears', () => {
  it.each<[string, number, string]>([
    ['2024-02-29', 1, '2025-02-28'],
    ['2024-02-29', 4, '2028-02-29'],
    ['2024-02-29', -1, '2023-02-28'],
    ['2024-02-29', 76, '2100-02-28'], // 2100 is not a leap year
    ['2024-02-29', -24, '2000-02-29'], // 2000 is
    ['2024-02-28', 1, '2025-02-28'],
    ['2023-02-28', 1, '2024-02-28'],
    ['2024-03-01', 1, '2025-03-01'],
    ['2024-10-25', 1, '2025-10-25'],
    ['2024-12-31', 1, '2025-12-31'],
    ['2025-01-01', 1, '2026-01-01'],
    ['2025-01-31', 1, '2026-01-31'],
    ['2024-11-05', 0, '2024-11-05'],
    ['2024-11-05', -1, '2023-11-05'],
    ['2024-11-05', 10, '2034-11-05'],
  ])('addYears(%s, %i) = %s', (from, n, to) => {
    expect(addYears(from, n)).toBe(to);
  });

  it('property: year shifts by n; month and day preserved, except 29/02 into a common year → 28/02', () => {
    fc.assert(
      fc.property(anyDay, fc.integer({ min: -200, max: 200 }), (from, n) => {
        const [y, m, d] = from.split('-').map(Number) as [number, number, number];
        const out = addYears(from, n);
        expect(out).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        const [y2, m2, d2] = out.split('-').map(Number) as [number, number, number];
        expect(y2).toBe(y + n);
        expect(m2).toBe(m);
        if (m === 2 && d === 29 && !isLeap(y + n)) expect(d2).toBe(28);
        else expect(d2).toBe(d);
        // a real calendar day
        expect(new Date(`${out}T00:00:00Z`).toISOString().slice(0, 10)).toBe(out);
      }),
    );
  });

  it('property: adding then subtracting gives back the date, except 29/02', () => {
    fc.assert(
      fc.property(anyDay, fc.integer({ min: -200, max: 200 }), (from, n) => {
        fc.pre(!from.endsWith('-02-29'));
        expect(addYears(addYears(from, n), -n)).toBe(from);
      }),
    );
  });

  it('property: adding 1 twice equals adding 2 (a leap year is never followed by a leap year)', () => {
    fc.assert(
      fc.property(anyDay, (from) => {
        expect(addYears(addYears(from, 1), 1)).toBe(addYears(from, 2));
      }),
    );
  });
});

// ---------------------------------------------------------------------------------------------
describe('isWeekend', () => {
  it.each<[string, boolean]>([
    ['2025-10-25', true], // Saturday
    ['2025-10-26', true], // Sunday
    ['2025-10-27', false], // Monday
    ['2025-10-24', false], // Friday
    ['2025-11-05', false], // Wednesday
    ['2025-11-08', true], // Saturday
    ['2025-12-12', false], // Friday
    ['2025-12-15', false], // Monday
    ['2026-01-31', true], // Saturday
    ['2024-10-25', false], // Friday
    ['2024-02-29', false], // Thursday
    ['2000-01-01', true], // Saturday
    ['1970-01-01', false], // Thursday
  ])('%s → %s', (day, expected) => {
    expect(isWeekend(day)).toBe(expected);
  });

  it('property: agrees with an independent day-of-week computation', () => {
    fc.assert(
      fc.property(anyDay, (day) => {
        const wd = dayOfWeek(day);
        expect(isWeekend(day)).toBe(wd === 0 || wd === 6);
      }),
    );
  });

  it('property: exactly two weekend days in any 7 consecutive days', () => {
    fc.assert(
      fc.property(isoDay, (day) => {
        const start = Date.parse(`${day}T00:00:00Z`);
        let count = 0;
        for (let i = 0; i < 7; i++)
          if (isWeekend(new Date(start + i * DAY_MS).toISOString().slice(0, 10))) count++;
        expect(count).toBe(2);
      }),
    );
  });
});

// ---------------------------------------------------------------------------------------------
describe('moveStepsToNextYear', () => {
  it.each<[string, string | null, string | null, string | null]>([
    ['goi-y', '2025-10-25', null, 'Thứ Bảy'],
    ['tu-kiem-diem', '2025-10-25', null, 'Thứ Bảy'],
    ['kiem-diem-3-nam', '2025-10-25', null, 'Thứ Bảy'],
    ['bao-cao-tap-the', '2025-10-25', null, 'Thứ Bảy'],
    ['so-lieu-bao-cao', '2025-10-28', null, null],
    ['hop-don-vi', '2025-11-05', null, null],
    ['ho-so-don-vi', '2025-11-05', null, null],
    ['bao-cao-van-phong', '2025-11-05', null, null],
    ['bieu-quyet-co-quan', '2025-11-08', null, 'Thứ Bảy'],
    ['kiem-diem-lanh-dao', '2025-11-08', null, 'Thứ Bảy'],
    ['tham-van', '2025-11-12', null, null],
    ['hoi-dong-sang-kien', '2025-11-15', null, 'Thứ Bảy'],
    ['ho-so-so-noi-vu', '2025-11-15', null, 'Thứ Bảy'],
    ['hoi-dong-thi-dua', '2025-11-20', null, null],
    ['ho-so-khen-thuong', '2025-12-12', '2025-12-15', null],
    ['ho-so-ban-to-chuc', '2026-01-31', null, 'Thứ Bảy'],
    ['tai-lieu-hoi-nghi', '2025-12-24', null, null],
    ['hoi-nghi', '2025-12-27', null, 'Thứ Bảy'],
    ['khac-phuc', null, null, null],
  ])('2024 → 2025: %s on %s – %s, review: %s', (code, deadline, deadlineEnd, reason) => {
    const moved = moveStepsToNextYear(planTemplate(2024)).find((s) => s.code === code);
    expect(moved).toBeDefined();
    expect(moved?.deadline).toBe(deadline);
    expect(moved?.deadlineEnd).toBe(deadlineEnd);
    expect(moved?.reviewReason).toBe(reason);
  });

  it('2025 → 2026: Sundays are flagged "Chủ nhật", a range starting on Saturday is flagged', () => {
    const twice = byCode(moveStepsToNextYear(moveStepsToNextYear(planTemplate(2024))));
    expect(twice.get('goi-y')).toMatchObject({ deadline: '2026-10-25', reviewReason: 'Chủ nhật' });
    expect(twice.get('ho-so-khen-thuong')).toMatchObject({
      deadline: '2026-12-12',
      deadlineEnd: '2026-12-15',
      reviewReason: 'Thứ Bảy',
    });
    expect(twice.get('ho-so-ban-to-chuc')).toMatchObject({
      deadline: '2027-01-31',
      reviewReason: 'Chủ nhật',
    });
    expect(twice.get('tham-van')).toMatchObject({ deadline: '2026-11-12', reviewReason: null });
  });

  it('configured holidays are flagged "Ngày nghỉ lễ", on the start or the end of a range', () => {
    const moved = byCode(moveStepsToNextYear(planTemplate(2024), ['2025-11-20', '2025-12-15', '2025-10-25']));
    expect(moved.get('hoi-dong-thi-dua')?.reviewReason).toBe('Ngày nghỉ lễ');
    expect(moved.get('ho-so-khen-thuong')?.reviewReason).toBe('Ngày nghỉ lễ');
    // a holiday on a Saturday is reported as the holiday
    expect(moved.get('goi-y')?.reviewReason).toBe('Ngày nghỉ lễ');
    // other dates unaffected
    expect(moved.get('tham-van')?.reviewReason).toBeNull();
    expect(moved.get('hoi-nghi')?.reviewReason).toBe('Thứ Bảy');
    expect(moved.get('khac-phuc')?.reviewReason).toBeNull();
  });

  it('a holiday of the old year does not flag the new date', () => {
    const moved = byCode(moveStepsToNextYear(planTemplate(2024), ['2024-11-20']));
    expect(moved.get('hoi-dong-thi-dua')?.reviewReason).toBeNull();
  });

  it('keeps everything but the dates, and does not modify its input', () => {
    const steps = planTemplate(2024);
    const snapshot = structuredClone(steps);
    const moved = moveStepsToNextYear(steps);
    expect(steps).toEqual(snapshot);
    expect(moved).toHaveLength(steps.length);
    moved.forEach((m, i) => {
      const { deadline: _d, deadlineEnd: _e, reviewReason: _r, ...rest } = m;
      const { deadline: _d0, deadlineEnd: _e0, ...orig } = steps[i] as StepDefinition;
      expect(rest).toEqual(orig);
    });
    expect(dependencyProblems(moved)).toEqual([]);
  });

  it('29/02 becomes 28/02', () => {
    const [m] = moveStepsToNextYear([step('x', { deadline: '2024-02-29', deadlineEnd: '2024-02-29' })]);
    expect(m).toMatchObject({ deadline: '2025-02-28', deadlineEnd: '2025-02-28', reviewReason: null });
  });

  it('an empty plan stays empty', () => {
    expect(moveStepsToNextYear([])).toEqual([]);
  });

  it('property: moving planTemplate(y) twice gives the dates of planTemplate(y + 2)', () => {
    fc.assert(
      fc.property(year, (y) => {
        const twice = moveStepsToNextYear(moveStepsToNextYear(planTemplate(y)));
        const expected = planTemplate(y + 2);
        expect(twice.map((s) => [s.code, s.deadline, s.deadlineEnd])).toEqual(
          expected.map((s) => [s.code, s.deadline, s.deadlineEnd]),
        );
      }),
    );
  });

  it('property: moving planTemplate(y) once gives the dates of planTemplate(y + 1)', () => {
    fc.assert(
      fc.property(year, (y) => {
        const once = moveStepsToNextYear(planTemplate(y));
        expect(once.map((s) => [s.deadline, s.deadlineEnd])).toEqual(
          planTemplate(y + 1).map((s) => [s.deadline, s.deadlineEnd]),
        );
      }),
    );
  });

  const anySteps = fc.array(
    fc.record({ deadline: fc.option(anyDay, { nil: null }), deadlineEnd: fc.option(anyDay, { nil: null }) }),
    { maxLength: 20 },
  );
  const holidayList = fc.array(isoDay, { maxLength: 10 });

  it('property: arbitrary steps, moved twice = two years later (29/02 → 28/02), nulls stay null', () => {
    fc.assert(
      fc.property(anySteps, (dates) => {
        const steps = dates.map((d, i) => step(`s${i}`, d));
        const twice = moveStepsToNextYear(moveStepsToNextYear(steps));
        twice.forEach((m, i) => {
          const s = steps[i] as StepDefinition;
          for (const key of ['deadline', 'deadlineEnd'] as const) {
            const v = s[key];
            if (v === null) expect(m[key]).toBeNull();
            else if (!v.endsWith('-02-29')) expect(m[key]).toBe(`${Number(v.slice(0, 4)) + 2}${v.slice(4)}`);
            else expect(m[key]).toBe(`${Number(v.slice(0, 4)) + 2}-02-28`);
          }
        });
      }),
    );
  });

  it('property: reviewReason is the holiday, else the weekday, of the start date, else of the end date', () => {
    const reasonOf = (day: string | null, holidays: readonly string[]): string | null => {
      if (day === null) return null;
      if (holidays.includes(day)) return 'Ngày nghỉ lễ';
      const wd = dayOfWeek(day);
      return wd === 6 ? 'Thứ Bảy' : wd === 0 ? 'Chủ nhật' : null;
    };
    fc.assert(
      fc.property(anySteps, holidayList, (dates, holidays) => {
        const steps = dates.map((d, i) => step(`s${i}`, d));
        // make some holidays coincide with moved dates
        const hs = [
          ...holidays,
          ...steps.flatMap((s, i) => (i % 3 === 0 && s.deadlineEnd ? [addYears(s.deadlineEnd, 1)] : [])),
          ...steps.flatMap((s, i) => (i % 5 === 0 && s.deadline ? [addYears(s.deadline, 1)] : [])),
        ];
        const moved = moveStepsToNextYear(steps, hs);
        for (const m of moved) {
          expect(m.reviewReason).toBe(reasonOf(m.deadline, hs) ?? reasonOf(m.deadlineEnd, hs));
          if (m.deadline === null && m.deadlineEnd === null) expect(m.reviewReason).toBeNull();
        }
      }),
    );
  });
});

// ---------------------------------------------------------------------------------------------
describe('deadlineState', () => {
  const single = { deadline: '2025-11-05', deadlineEnd: null };
  const range = { deadline: '2025-12-12', deadlineEnd: '2025-12-15' };
  const none = { deadline: null, deadlineEnd: null };

  it.each<
    [string, { deadline: string | null; deadlineEnd?: string | null }, string | null, string, DeadlineState]
  >([
    // done on or before the deadline
    ['done early', single, '2025-10-30', '2025-12-01', 'done'],
    ['done on the day', single, '2025-11-05', '2025-12-01', 'done'],
    ['done a day late', single, '2025-11-06', '2025-12-01', 'done_late'],
    ['done late, seen the same day', single, '2025-11-20', '2025-11-20', 'done_late'],
    ['done early, seen before the deadline', single, '2025-11-01', '2025-11-02', 'done'],
    // range steps use deadlineEnd
    ['range: done on the first day', range, '2025-12-12', '2026-01-10', 'done'],
    ['range: done inside the range', range, '2025-12-14', '2026-01-10', 'done'],
    ['range: done on the last day', range, '2025-12-15', '2026-01-10', 'done'],
    ['range: done the day after', range, '2025-12-16', '2026-01-10', 'done_late'],
    ['range: inside the range, not done', range, null, '2025-12-13', 'due_soon'],
    ['range: last day, not done', range, null, '2025-12-15', 'due_soon'],
    ['range: after the end', range, null, '2025-12-16', 'overdue'],
    ['range: 3 days before the end', range, null, '2025-12-12', 'due_soon'],
    ['range: 4 days before the end', range, null, '2025-12-11', 'not_started'],
    // unfinished
    ['one day overdue', single, null, '2025-11-06', 'overdue'],
    ['long overdue', single, null, '2026-03-01', 'overdue'],
    ['deadline today', single, null, '2025-11-05', 'due_soon'],
    ['1 day left', single, null, '2025-11-04', 'due_soon'],
    ['3 days left (inclusive)', single, null, '2025-11-02', 'due_soon'],
    ['4 days left', single, null, '2025-11-01', 'not_started'],
    ['weeks left', single, null, '2025-10-01', 'not_started'],
    // across month, year and leap-day boundaries
    ['3 days across the new year', { deadline: '2026-01-02' }, null, '2025-12-30', 'due_soon'],
    ['4 days across the new year', { deadline: '2026-01-02' }, null, '2025-12-29', 'not_started'],
    ['3 days across 29/02', { deadline: '2024-03-01' }, null, '2024-02-27', 'due_soon'],
    ['4 days across 29/02', { deadline: '2024-03-01' }, null, '2024-02-26', 'not_started'],
    ['3 days across 28/02 of a common year', { deadline: '2025-03-01' }, null, '2025-02-26', 'due_soon'],
    ['4 days across 28/02 of a common year', { deadline: '2025-03-01' }, null, '2025-02-25', 'not_started'],
    // no deadline
    ['no deadline, not done', none, null, '2025-11-05', 'no_deadline'],
    ['no deadline, deadlineEnd omitted', { deadline: null }, null, '2025-11-05', 'no_deadline'],
    ['no deadline, done', none, '2025-11-05', '2025-11-05', 'done'],
    ['deadlineEnd omitted', { deadline: '2025-11-05' }, '2025-11-06', '2025-11-10', 'done_late'],
  ])('%s', (_name, s, doneOn, today, expected) => {
    expect(deadlineState(s, doneOn, today)).toBe(expected);
  });

  it.each<[number, string, DeadlineState]>([
    [0, '2025-11-05', 'due_soon'],
    [0, '2025-11-04', 'not_started'],
    [7, '2025-10-29', 'due_soon'],
    [7, '2025-10-28', 'not_started'],
  ])('soonDays = %i, today %s → %s', (soon, today, expected) => {
    expect(deadlineState(single, null, today, soon)).toBe(expected);
  });

  const stepArb = fc.oneof(
    fc.record({ deadline: anyDay, deadlineEnd: fc.constant(null) }),
    fc.tuple(anyDay, fc.integer({ min: 0, max: 10 })).map(([start, n]) => ({
      deadline: start,
      deadlineEnd: new Date(Date.parse(`${start}T00:00:00Z`) + n * DAY_MS).toISOString().slice(0, 10),
    })),
    fc.constant({ deadline: null, deadlineEnd: null }),
  );

  it('property: a done step is never overdue; done_late exactly when finished after the due day', () => {
    fc.assert(
      fc.property(stepArb, anyDay, anyDay, fc.integer({ min: 0, max: 30 }), (s, doneOn, today, soon) => {
        const state = deadlineState(s, doneOn, today, soon);
        expect(state).not.toBe('overdue');
        const due = s.deadlineEnd ?? s.deadline;
        expect(state).toBe(due !== null && doneOn > due ? 'done_late' : 'done');
      }),
    );
  });

  it('property: an unfinished step past its due day is always overdue, otherwise due_soon/not_started by days left', () => {
    fc.assert(
      fc.property(stepArb, anyDay, fc.integer({ min: 0, max: 30 }), (s, today, soon) => {
        const state = deadlineState(s, null, today, soon);
        expect(DEADLINE_STATES).toContain(state);
        const due = s.deadlineEnd ?? s.deadline;
        if (due === null) expect(state).toBe('no_deadline');
        else if (today > due) expect(state).toBe('overdue');
        else expect(state).toBe(daysBetween(today, due) <= soon ? 'due_soon' : 'not_started');
      }),
    );
  });

  it('property: near the due day (±40 days), the state follows the day offset', () => {
    fc.assert(
      fc.property(anyDay, fc.integer({ min: -40, max: 40 }), (due, offset) => {
        const today = new Date(Date.parse(`${due}T00:00:00Z`) - offset * DAY_MS).toISOString().slice(0, 10);
        const expected: DeadlineState = offset < 0 ? 'overdue' : offset <= 3 ? 'due_soon' : 'not_started';
        expect(deadlineState({ deadline: due }, null, today)).toBe(expected);
      }),
    );
  });
});

// ---------------------------------------------------------------------------------------------
describe('dependencyProblems', () => {
  const s = (code: string, dependsOn: string[] = []) => ({ code, dependsOn });

  it('no steps, no problems', () => {
    expect(dependencyProblems([])).toEqual([]);
  });

  it('a valid chain and diamond have no problems', () => {
    expect(dependencyProblems([s('a'), s('b', ['a']), s('c', ['a']), s('d', ['b', 'c'])])).toEqual([]);
    // order in the list does not matter
    expect(dependencyProblems([s('d', ['b', 'c']), s('c', ['a']), s('b', ['a']), s('a')])).toEqual([]);
  });

  it('detects a missing dependency', () => {
    expect(dependencyProblems([s('a'), s('b', ['a', 'x'])])).toEqual([
      'Bước "b" phụ thuộc vào bước không tồn tại "x".',
    ]);
  });

  it('reports each missing dependency', () => {
    expect(dependencyProblems([s('a', ['x']), s('b', ['y', 'z'])])).toEqual([
      'Bước "a" phụ thuộc vào bước không tồn tại "x".',
      'Bước "b" phụ thuộc vào bước không tồn tại "y".',
      'Bước "b" phụ thuộc vào bước không tồn tại "z".',
    ]);
  });

  it('detects a self-dependency', () => {
    const problems = dependencyProblems([s('a', ['a']), s('b')]);
    expect(problems).toContain('Bước "a" không thể phụ thuộc vào chính nó.');
    expect(problems.some((p) => p.includes('không tồn tại'))).toBe(false);
  });

  it('detects a cycle a → b → a', () => {
    const problems = dependencyProblems([s('a', ['b']), s('b', ['a'])]);
    expect(problems).toEqual(['Các bước phụ thuộc vòng tròn: a → b → a.']);
  });

  it('detects a longer cycle behind valid steps', () => {
    const problems = dependencyProblems([s('x'), s('a', ['x', 'c']), s('b', ['a']), s('c', ['b'])]);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^Các bước phụ thuộc vòng tròn: /);
    for (const code of ['a', 'b', 'c']) expect(problems[0]).toContain(code);
    expect(problems[0]).not.toContain('x');
  });

  it('reports a missing dependency and a cycle together', () => {
    const problems = dependencyProblems([s('a', ['b', 'ghost']), s('b', ['a'])]);
    expect(problems).toContain('Bước "a" phụ thuộc vào bước không tồn tại "ghost".');
    expect(problems).toContain('Các bước phụ thuộc vòng tròn: a → b → a.');
  });

  it('detects a cycle introduced into the plan template', () => {
    const steps = planTemplate(2024).map((st) =>
      st.code === 'hop-don-vi' ? { ...st, dependsOn: [...st.dependsOn, 'hoi-dong-thi-dua'] } : st,
    );
    const problems = dependencyProblems(steps);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^Các bước phụ thuộc vòng tròn: .*hop-don-vi.*hoi-dong-thi-dua/);
  });

  /** A random DAG: step i may depend only on steps before it; listed in a random order. */
  const dag = fc
    .integer({ min: 1, max: 15 })
    .chain((n) =>
      fc.tuple(
        fc.tuple(...Array.from({ length: n }, (_, i) => fc.subarray(Array.from({ length: i }, (_, j) => j)))),
        fc.shuffledSubarray(
          Array.from({ length: n }, (_, i) => i),
          { minLength: n, maxLength: n },
        ),
      ),
    )
    .map(([deps, order]) =>
      order.map((i) =>
        s(
          `s${i}`,
          (deps[i] ?? []).map((j) => `s${j}`),
        ),
      ),
    );

  it('property: an acyclic graph with existing dependencies has no problems, in any order', () => {
    fc.assert(
      fc.property(dag, (steps) => {
        expect(dependencyProblems(steps)).toEqual([]);
      }),
    );
  });

  it('property: a dependency on an unknown code is reported once, naming both steps', () => {
    fc.assert(
      fc.property(dag, fc.nat(), (steps, pick) => {
        const victim = steps[pick % steps.length] as { code: string; dependsOn: string[] };
        const broken = steps.map((st) =>
          st === victim ? { ...st, dependsOn: [...st.dependsOn, 'ghost'] } : st,
        );
        expect(dependencyProblems(broken)).toEqual([
          `Bước "${victim.code}" phụ thuộc vào bước không tồn tại "ghost".`,
        ]);
      }),
    );
  });

  it('property: a ring of any length is reported as a cycle listing every member', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 12 }), fc.nat(), (n, rot) => {
        const ring = Array.from({ length: n }, (_, i) => s(`r${i}`, [`r${(i + 1) % n}`]));
        const listed = [...ring.slice(rot % n), ...ring.slice(0, rot % n)];
        const problems = dependencyProblems(listed);
        expect(problems).toHaveLength(1);
        expect(problems[0]).toMatch(/^Các bước phụ thuộc vòng tròn: .+\.$/);
        const path = (problems[0] as string)
          .replace(/^Các bước phụ thuộc vòng tròn: /, '')
          .replace(/\.$/, '');
        const members = path.split(' → ');
        expect(members).toHaveLength(n + 1);
        expect(members[0]).toBe(members[n]);
        expect(new Set(members)).toEqual(new Set(ring.map((r) => r.code)));
      }),
    );
  });

  it('property: a self-dependency is always reported', () => {
    fc.assert(
      fc.property(dag, fc.nat(), (steps, pick) => {
        const victim = steps[pick % steps.length] as { code: string; dependsOn: string[] };
        const broken = steps.map((st) =>
          st === victim ? { ...st, dependsOn: [...st.dependsOn, st.code] } : st,
        );
        expect(dependencyProblems(broken)).toContain(
          `Bước "${victim.code}" không thể phụ thuộc vào chính nó.`,
        );
      }),
    );
  });
});

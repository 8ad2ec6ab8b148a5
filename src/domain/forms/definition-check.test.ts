import { describe, expect, it } from 'vitest';
import { formDefinition } from './catalogue.js';
import { definitionProblems, MAX_FIELDS } from './definition-check.js';
import type { FormDefinition } from './types.js';
import { allFields } from './walk.js';

/** A fresh, valid copy of HD 43 Mẫu 2B (it has sections, fields and a point table). */
function base(): FormDefinition {
  const d = formDefinition('2025', 'HD43_2B');
  if (!d) throw new Error('HD43_2B');
  return d;
}

function edited(edit: (d: FormDefinition) => void): string[] {
  const d = base();
  edit(d);
  return definitionProblems(d);
}

describe('definitionProblems', () => {
  it('accepts the catalogue copy', () => {
    expect(definitionProblems(base())).toEqual([]);
  });

  it.each<[string, (d: FormDefinition) => void, RegExp]>([
    [
      'empty title',
      (d) => {
        d.title = ' ';
      },
      /chưa có tiêu đề/,
    ],
    [
      'duplicate section key',
      (d) => {
        const a = d.sections[1];
        if (a?.sections?.[1]) a.sections[1].key = 'a_i';
      },
      /Mã mục “a_i” bị trùng/,
    ],
    [
      'duplicate field key across sections',
      (d) => {
        const f = d.sections[1]?.sections?.[5]?.fields[0];
        if (f) f.key = 'han_che';
      },
      /Mã trường “han_che” bị trùng/,
    ],
    [
      'blank heading',
      (d) => {
        const s = d.sections[1]?.sections?.[0];
        if (s) s.heading = '';
      },
      /Mục “a_i” chưa có tiêu đề/,
    ],
    [
      'blank label',
      (d) => {
        const f = d.sections[0]?.fields[0];
        if (f) f.label = '  ';
      },
      /Trường “ho_ten” chưa có nhãn/,
    ],
    [
      'group max differs from its items',
      (d) => {
        const g = d.scoreTable?.groups[0];
        if (g) g.max = 25;
      },
      /điểm tối đa 25 khác tổng điểm tối đa các tiêu chí \(30\)/,
    ],
    [
      'total max differs from the groups',
      (d) => {
        if (d.scoreTable) d.scoreTable.max = 90;
      },
      /Tổng điểm tối đa 90 khác tổng điểm tối đa các nhóm \(100\)/,
    ],
    [
      'bands not strictly descending (equal minimum)',
      (d) => {
        const b = d.scoreTable?.bands[1];
        if (b) b.min = 90;
      },
      /giảm dần: mức HTTNV \(90\) đứng sau mức HTXSNV \(90\)/,
    ],
    ['bands in ascending order', (d) => d.scoreTable?.bands.reverse(), /giảm dần/],
    [
      'band above the total',
      (d) => {
        const b = d.scoreTable?.bands[0];
        if (b) b.min = 101;
      },
      /điểm sàn 101 lớn hơn tổng điểm tối đa/,
    ],
    [
      'duplicate item key across groups',
      (d) => {
        const i = d.scoreTable?.groups[1]?.items[0];
        if (i) i.key = 'tieu_chi_chung';
      },
      /Mã tiêu chí “tieu_chi_chung” bị trùng/,
    ],
    [
      'a field others fill marked required',
      (d) => {
        d.sections[0]?.fields.push({
          key: 'y_kien',
          label: 'Ý kiến',
          type: 'text',
          required: true,
          filledBy: 'manager',
        });
      },
      /do người khác ghi/,
    ],
    [
      'a section prints a table the form does not have',
      (d) => {
        delete d.scoreTable;
      },
      /chưa có bảng điểm/,
    ],
    [
      'no bands',
      (d) => {
        if (d.scoreTable) d.scoreTable.bands = [];
      },
      /chưa có khoảng điểm/,
    ],
  ])('%s', (_name, edit, message) => {
    const problems = edited(edit);
    expect(problems.length).toBeGreaterThan(0);
    expect(problems.join('\n')).toMatch(message);
  });

  it(`accepts ${MAX_FIELDS} fields and refuses one more`, () => {
    const withFields = (n: number) =>
      edited((d) => {
        const existing = allFields(d).length;
        d.sections.push({
          key: 'extra',
          heading: 'Mục thêm',
          fields: Array.from({ length: n - existing }, (_, i) => ({
            key: `them_${i}`,
            label: `Nội dung thêm ${i}`,
            type: 'text' as const,
            required: false,
          })),
        });
      });
    expect(withFields(MAX_FIELDS)).toEqual([]);
    expect(withFields(MAX_FIELDS + 1)).toEqual([
      `Mẫu có ${MAX_FIELDS + 1} trường; tối đa ${MAX_FIELDS} trường.`,
    ]);
  });

  it('accepts Hải Phòng-style exclusive bands and decimal item maxima', () => {
    const problems = edited((d) => {
      if (!d.scoreTable) return;
      d.scoreTable.groups = [
        {
          key: 'chung',
          label: 'Tiêu chí chung',
          max: 5,
          items: [1, 2, 3, 4].map((n) => ({ key: `c${n}`, label: `Tiêu chí ${n}`, max: 1.25 })),
        },
        { key: 'kpi', label: 'Kết quả', max: 95, items: [{ key: 'kq', label: 'Kết quả', max: 95 }] },
      ];
      d.scoreTable.bands = [
        { level: 'HTXSNV', min: 90, inclusive: false },
        { level: 'HTTNV', min: 80, inclusive: false },
        { level: 'HTNV', min: 50, inclusive: true },
        { level: 'KHTNV', min: 0, inclusive: true },
      ];
    });
    expect(problems).toEqual([]);
  });
});

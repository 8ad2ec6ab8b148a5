import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { REGIMES } from '../cycle.js';
import { MAX_TEXT_LENGTH, missingAnswers, validateAnswers } from './answers.js';
import { formDefinition, formDefinitions } from './catalogue.js';
import type { FieldType, FormAnswers, FormCode, FormDefinition } from './types.js';
import { allFields, filledByPerson } from './walk.js';

function def(code: FormCode): FormDefinition {
  for (const r of REGIMES) {
    const d = formDefinition(r, code);
    if (d) return d;
  }
  throw new Error(code);
}

/** A complete set of answers for a form. */
function filled(d: FormDefinition): FormAnswers {
  const value: Record<FieldType, unknown> = {
    text: 'Nội dung đầy đủ.',
    line: 'Nguyễn Văn A',
    level: 'HTTNV',
    remediation: [{ weakness: 'Chậm báo cáo', status: 'resolved' }],
    suggestions: [{ suggestion: 'Làm rõ việc chậm tiến độ', answer: 'Đã giải trình.' }],
    prior_results: [
      { year: 2022, level: 'HTTNV' },
      { year: 2023, level: 'HTXSNV' },
      { year: 2024, level: null, note: 'Nghỉ thai sản' },
    ],
  };
  return Object.fromEntries(allFields(d).map(({ field }) => [field.key, value[field.type]]));
}

describe('missingAnswers', () => {
  it('lists every required field of an empty HD 43 Mẫu 2B, in print order, with its section', () => {
    const missing = missingAnswers(def('HD43_2B'), {});
    expect(missing.map((m) => m.key)).toEqual([
      'ho_ten',
      'ngay_sinh',
      'don_vi',
      'chi_bo',
      'pham_chat',
      'thuc_hien_nhiem_vu',
      'cam_ket',
      'han_che',
      'nguyen_nhan',
      'phuong_huong',
      'de_xuat_xep_loai',
    ]);
    expect(missing.find((m) => m.key === 'han_che')).toEqual({
      key: 'han_che',
      label: '1. Hạn chế, khuyết điểm',
      sectionHeading: 'II. Hạn chế, khuyết điểm và nguyên nhân',
    });
  });

  it('is empty for a complete form', () => {
    for (const d of REGIMES.flatMap((r) => formDefinitions(r))) {
      expect(missingAnswers(d, filled(d), { suggestionsOpen: 1, leader: true })).toEqual([]);
    }
  });

  it('treats blank text as missing', () => {
    const d = def('HD43_2B');
    expect(missingAnswers(d, { ...filled(d), han_che: '   \n ' }).map((m) => m.key)).toEqual(['han_che']);
  });

  it('requires answers to open suggestions only', () => {
    const d = def('HD43_2B');
    const answers = { ...filled(d), giai_trinh_goi_y: [{ suggestion: 'Gợi ý 1', answer: 'Đã làm rõ.' }] };
    expect(missingAnswers(d, { ...answers, giai_trinh_goi_y: undefined })).toEqual([]);
    expect(missingAnswers(d, answers, { suggestionsOpen: 1 })).toEqual([]);
    expect(missingAnswers(d, answers, { suggestionsOpen: 2 }).map((m) => m.key)).toEqual([
      'giai_trinh_goi_y',
    ]);
    const blankAnswer = { ...answers, giai_trinh_goi_y: [{ suggestion: 'Gợi ý 1', answer: ' ' }] };
    expect(missingAnswers(d, blankAnswer, { suggestionsOpen: 1 }).map((m) => m.key)).toEqual([
      'giai_trinh_goi_y',
    ]);
  });

  it('requires a status on every carried-over weakness; none carried over is fine', () => {
    const d = def('HD43_2A');
    const base = filled(d);
    expect(missingAnswers(d, { ...base, khac_phuc: undefined })).toEqual([]);
    expect(missingAnswers(d, { ...base, khac_phuc: [] })).toEqual([]);
    const noStatus = {
      ...base,
      khac_phuc: [{ weakness: 'Chậm tiến độ' }, { weakness: 'X', status: 'resolved' }],
    };
    expect(missingAnswers(d, noStatus).map((m) => m.key)).toEqual(['khac_phuc']);
  });

  it('skips the fields the manager and the authority fill', () => {
    const d = def('ND90_M03');
    const keys = missingAnswers(d, {}, { leader: true }).map((m) => m.key);
    expect(keys).not.toContain('nhan_xet_quan_ly');
    expect(keys).not.toContain('xep_loai_tham_quyen');
  });

  it('asks only leaders for the leaders’ section', () => {
    const d = def('ND90_M03');
    const answers = { ...filled(d), ket_qua_don_vi: '', nang_luc_lanh_dao: '', nang_luc_doan_ket: '' };
    expect(missingAnswers(d, answers)).toEqual([]);
    expect(missingAnswers(d, answers, { leader: true }).map((m) => m.key)).toEqual([
      'ket_qua_don_vi',
      'nang_luc_lanh_dao',
      'nang_luc_doan_ket',
    ]);
  });

  it('wants at least one year of prior results, each with a level or null', () => {
    const d = def('CV2397_M01');
    const base = filled(d);
    expect(missingAnswers(d, { ...base, ket_qua_cac_nam: [] }).map((m) => m.key)).toEqual([
      'ket_qua_cac_nam',
    ]);
    expect(missingAnswers(d, { ...base, ket_qua_cac_nam: [{ year: 2024 }] }).map((m) => m.key)).toEqual([
      'ket_qua_cac_nam',
    ]);
  });
});

describe('validateAnswers', () => {
  const d = def('HD43_2B');

  it('accepts complete, well-formed answers and empty ones', () => {
    expect(validateAnswers(d, filled(d))).toEqual([]);
    expect(validateAnswers(d, {})).toEqual([]);
    expect(validateAnswers(d, { han_che: null, de_xuat_xep_loai: undefined })).toEqual([]);
  });

  it.each([
    [{ khong_co: 'x' }, 'khong_co', /không có trong mẫu HD43_2B/],
    [{ han_che: 12 }, 'han_che', /phải là văn bản/],
    [{ de_xuat_xep_loai: 'Xuất sắc' }, 'de_xuat_xep_loai', /không phải mã mức xếp loại/],
    [{ khac_phuc: 'đã khắc phục' }, 'khac_phuc', /phải là một danh sách/],
    [{ khac_phuc: [{ weakness: 'A', status: 'done' }] }, 'khac_phuc[0].status', /tình trạng/],
    [
      { khac_phuc: [{ weakness: 'A', status: 'in_progress', percent: 120 }] },
      'khac_phuc[0].percent',
      /0 đến 100/,
    ],
    [
      { khac_phuc: [{ weakness: 'A', status: 'in_progress', percent: -1 }] },
      'khac_phuc[0].percent',
      /0 đến 100/,
    ],
    [{ khac_phuc: [{ status: 'resolved' }] }, 'khac_phuc[0].weakness', /phải là văn bản/],
    [{ khac_phuc: ['x'] }, 'khac_phuc[0]', /không hợp lệ/],
    [{ giai_trinh_goi_y: [{ suggestion: 'A', answer: 3 }] }, 'giai_trinh_goi_y[0].answer', /phải là văn bản/],
    [{ han_che: 'a'.repeat(MAX_TEXT_LENGTH + 1) }, 'han_che', /tối đa 20000 ký tự/],
  ] as [FormAnswers, string, RegExp][])('%#: problem at %s', (answers, path, message) => {
    const problems = validateAnswers(d, answers);
    expect(problems).toHaveLength(1);
    expect(problems[0]?.path).toBe(path);
    expect(problems[0]?.message).toMatch(message);
  });

  it('allows text of exactly the maximum length and percent 0 and 100', () => {
    expect(validateAnswers(d, { han_che: 'a'.repeat(MAX_TEXT_LENGTH) })).toEqual([]);
    expect(
      validateAnswers(d, {
        khac_phuc: [
          { weakness: 'A', status: 'in_progress', percent: 0 },
          { weakness: 'B', status: 'in_progress', percent: 100 },
        ],
      }),
    ).toEqual([]);
  });

  it('checks prior results: year, level, duplicates', () => {
    const m01 = def('CV2397_M01');
    const problems = validateAnswers(m01, {
      ket_qua_cac_nam: [
        { year: 2023, level: 'HTTNV' },
        { year: 2023, level: 'TOT' },
        { year: 23.5, level: null },
      ],
    });
    expect(problems.map((p) => p.path)).toEqual([
      'ket_qua_cac_nam[1].level',
      'ket_qua_cac_nam[2].year',
      'ket_qua_cac_nam',
    ]);
  });

  it('rejects answers that are not an object', () => {
    expect(validateAnswers(d, [] as unknown as FormAnswers)).toHaveLength(1);
  });
});

describe('property: missingAnswers is empty iff every required person field is filled', () => {
  const forms = REGIMES.flatMap((r) => formDefinitions(r));
  const empties: Record<FieldType, unknown[]> = {
    text: [undefined, '', '  ', null],
    line: [undefined, '', '\t'],
    level: [undefined, '', 'XS'],
    remediation: [[{ weakness: 'A' }], [{ weakness: ' ', status: 'resolved' }], 'x'],
    suggestions: [undefined, [], [{ suggestion: 'A', answer: '' }]],
    prior_results: [undefined, [], [{ year: 2024 }]],
  };

  it('holds for every catalogue form', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...forms),
        fc.boolean(),
        fc.array(fc.tuple(fc.boolean(), fc.nat()), { minLength: 40, maxLength: 40 }),
        (d, leader, choices) => {
          const complete = filled(d);
          const answers: FormAnswers = {};
          const expected: string[] = [];
          allFields(d).forEach(({ field, leadersOnly }, i) => {
            const [fill, pick] = choices[i % choices.length] ?? [true, 0];
            const options = empties[field.type];
            answers[field.key] = fill ? complete[field.key] : options[pick % options.length];
            const applies = filledByPerson(field) && (!leadersOnly || leader);
            // One open suggestion: the suggestions field counts as required.
            const required = field.type === 'suggestions' || field.required;
            if (!fill && applies && required) expected.push(field.key);
          });
          const missing = missingAnswers(d, answers, { suggestionsOpen: 1, leader }).map((m) => m.key);
          expect(missing).toEqual(expected);
          expect(missing.length === 0).toBe(expected.length === 0);
        },
      ),
    );
  });
});

describe('a person not classified this year', () => {
  it('is not asked for a level but still for everything else', () => {
    const def = formDefinition('2024', 'VP_M01');
    if (!def) throw new Error('VP_M01');
    const asked = missingAnswers(def, {}, {});
    const notClassified = missingAnswers(def, {}, { classified: false });
    const levelKeys = asked.filter((m) => !notClassified.some((n) => n.key === m.key)).map((m) => m.key);
    expect(levelKeys.length).toBeGreaterThan(0);
    expect(notClassified.length).toBeGreaterThan(0);
  });
});

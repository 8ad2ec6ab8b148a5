import { describe, expect, it } from 'vitest';
import { REGIMES, type Regime } from '../cycle.js';
import { FORM_LABELS, formDefinition, formDefinitions } from './catalogue.js';
import { definitionProblems } from './definition-check.js';
import { FORM_CODES, type FormCode, type FormDefinition } from './types.js';
import { allFields, allSections } from './walk.js';

const ALL: FormDefinition[] = REGIMES.flatMap((r) => formDefinitions(r));
const byCode = new Map(ALL.map((d) => [d.code, d]));
const def = (code: FormCode): FormDefinition => {
  const d = byCode.get(code);
  if (!d) throw new Error(`missing ${code}`);
  return d;
};
const headings = (d: FormDefinition) => allSections(d).map((s) => s.heading);
const field = (d: FormDefinition, key: string) => allFields(d).find((p) => p.field.key === key)?.field;
/** Vietnamese letters outside ASCII: a label without any is almost surely typed without diacritics. */
const VIETNAMESE = /[À-ỹĐđ]/u;

describe('formDefinitions', () => {
  const expected: Record<Regime, FormCode[]> = {
    '2024': ['VP_M01', 'HD25_02A', 'HD25_02B', 'ND90_M03', 'CV2397_M01', 'CV2397_M02', 'TAP_THE_M01'],
    '2025': [
      'VP_M01',
      'HD43_2A',
      'HD43_2B',
      'HD43_2C',
      'ND90_M03',
      'CV2397_M01',
      'CV2397_M02',
      'TAP_THE_M01',
    ],
    '2026': [
      'VP_M01',
      'HD43_2A',
      'HD43_2B',
      'HD43_2C',
      'ND90_M03',
      'CV2397_M01',
      'CV2397_M02',
      'TAP_THE_M01',
    ],
  };
  it.each(REGIMES)('regime %s has the forms of its guide', (regime) => {
    expect(formDefinitions(regime).map((d) => d.code)).toEqual(expected[regime]);
  });

  it('formDefinition returns null for a form of another regime', () => {
    expect(formDefinition('2024', 'HD43_2A')).toBeNull();
    expect(formDefinition('2025', 'HD25_02B')).toBeNull();
    expect(formDefinition('2025', 'HD43_2B')?.code).toBe('HD43_2B');
  });

  it('returns copies: editing one does not change the catalogue', () => {
    const copy = formDefinition('2025', 'HD43_2B');
    const group = copy?.scoreTable?.groups[0];
    if (!copy || !group) throw new Error('expected a table');
    copy.title = 'X';
    group.max = 1;
    expect(formDefinition('2025', 'HD43_2B')?.title).toBe('BẢN KIỂM ĐIỂM, TỰ ĐÁNH GIÁ, XẾP LOẠI CÁ NHÂN');
    expect(formDefinition('2025', 'HD43_2B')?.scoreTable?.groups[0]?.max).toBe(30);
  });

  it('covers every form code in some regime, with a label', () => {
    expect(new Set(ALL.map((d) => d.code))).toEqual(new Set(FORM_CODES));
    for (const code of FORM_CODES) expect(FORM_LABELS[code]).toMatch(VIETNAMESE);
  });
});

describe.each(FORM_CODES)('%s', (code) => {
  const d = def(code);
  it('passes definitionProblems', () => {
    expect(definitionProblems(d)).toEqual([]);
  });
  it('has unique section keys and field keys', () => {
    const sections = allSections(d).map((s) => s.key);
    const fields = allFields(d).map((p) => p.field.key);
    expect(new Set(sections).size).toBe(sections.length);
    expect(new Set(fields).size).toBe(fields.length);
  });
  it('is written in Vietnamese with diacritics', () => {
    expect(d.title).toMatch(VIETNAMESE);
    for (const h of headings(d)) expect(h).toMatch(VIETNAMESE);
    for (const { field: f } of allFields(d)) expect(f.label).toMatch(VIETNAMESE);
  });
  it('cites its source and says what is not verified', () => {
    expect(d.source).toMatch(/rules\.md|Kế hoạch/);
    if (!d.verified) expect(d.source).toMatch(/\[R\]|CHƯA ĐỐI CHIẾU|KHÔNG/);
  });
  it('only fields the person fills are required', () => {
    for (const { field: f } of allFields(d))
      if (f.filledBy && f.filledBy !== 'person') expect(f.required).toBe(false);
  });
});

describe('party forms (rules.md §2.1–2.2)', () => {
  const partA = [
    'A. NỘI DUNG KIỂM ĐIỂM',
    'I. Ưu điểm, kết quả đạt được',
    'II. Hạn chế, khuyết điểm và nguyên nhân',
    'III. Kết quả khắc phục những hạn chế, khuyết điểm đã được cấp có thẩm quyền kết luận hoặc được chỉ ra ở các kỳ kiểm điểm trước',
    'IV. Giải trình những vấn đề được gợi ý kiểm điểm (nếu có)',
    'V. Làm rõ trách nhiệm của cá nhân đối với những hạn chế, khuyết điểm của tập thể (nếu có)',
    'VI. Phương hướng, biện pháp khắc phục hạn chế, khuyết điểm',
  ];

  it.each(['HD43_2A', 'HD43_2B', 'HD43_2C'] as const)(
    '%s prints A.I–VI and B with the 30/70 table',
    (code) => {
      const d = def(code);
      expect(d.frame).toBe('party');
      expect(headings(d)).toEqual([
        'Thông tin cá nhân',
        ...partA,
        'B. NỘI DUNG TỰ ĐÁNH GIÁ, XẾP LOẠI',
        'I. Đánh giá theo các nhóm tiêu chí',
        'II. Đề xuất xếp loại mức chất lượng',
      ]);
      expect(field(d, 'khac_phuc')?.type).toBe('remediation');
      expect(field(d, 'giai_trinh_goi_y')?.type).toBe('suggestions');
      expect(field(d, 'de_xuat_xep_loai')?.type).toBe('level');
      expect(d.scoreTable?.groups.map((g) => g.max)).toEqual([30, 70]);
      expect(d.scoreTable?.verified).toBe(true);
    },
  );

  it('the letters swap: 2A is for leaders in HD 43, 02B in HD 25', () => {
    expect(def('HD43_2A').audience).toBe('(Cá nhân giữ chức vụ lãnh đạo, quản lý)');
    expect(def('HD43_2B').audience).toBe('(Cá nhân không giữ chức vụ lãnh đạo, quản lý)');
    expect(def('HD25_02B').audience).toBe('(Cá nhân giữ chức lãnh đạo, quản lý)');
    expect(def('HD25_02A').audience).toMatch(/không giữ/);
    expect(FORM_LABELS.HD25_02B).toMatch(/đảng viên giữ chức vụ/);
    expect(FORM_LABELS.HD43_2A).toMatch(/đảng viên giữ chức vụ/);
    expect(FORM_LABELS.HD43_2B).toMatch(/không giữ/);
  });

  it('2A adds the QĐ 366 Điều 6 leadership content to the 2B fields', () => {
    const keys2B = allFields(def('HD43_2B')).map((p) => p.field.key);
    const keys2A = allFields(def('HD43_2A')).map((p) => p.field.key);
    for (const k of keys2B) expect(keys2A).toContain(k);
    expect(keys2A).toEqual(expect.arrayContaining(['lanh_dao_chi_dao', 'trach_nhiem_doi_moi', 'neu_guong']));
    expect(def('HD43_2A').verified).toBe(false);
  });

  it('2C reads the party member duties assigned by the cell', () => {
    expect(field(def('HD43_2C'), 'thuc_hien_nhiem_vu')?.label).toMatch(
      /^2\. Việc thực hiện quyền và nghĩa vụ/,
    );
  });

  it.each(['HD25_02A', 'HD25_02B'] as const)(
    '%s self-rates twice and scores on the Mẫu 12/HDDG default',
    (code) => {
      const d = def(code);
      expect(d.verified).toBe(false);
      expect(headings(d)).toContain('B. TỰ NHẬN MỨC XẾP LOẠI CHẤT LƯỢNG');
      const levels = allFields(d).filter((p) => p.field.type === 'level');
      expect(levels.map((p) => p.field.key)).toEqual(['xep_loai_cbccvc', 'xep_loai_dang_vien']);
      expect(d.scoreTable?.scheme).toBe('MAU12-HDDG-2024');
      expect(d.scoreTable?.verified).toBe(false);
      expect(d.scoreTable?.source).toMatch(/Mẫu 12\/HDDG.*KHÔNG TÌM THẤY/);
      expect(d.scoreTable?.source).toMatch(/366-QĐ\/TW/);
    },
  );
});

describe('state, nominee and collective forms', () => {
  it('VP_M01 asks leaders for item 6 only', () => {
    const placed = allFields(def('VP_M01'));
    const six = placed.find((p) => p.field.key === 'ket_qua_don_vi');
    expect(six?.field.label).toBe('6. Kết quả hoạt động của cơ quan, đơn vị được giao lãnh đạo, quản lý');
    expect(six?.leadersOnly).toBe(true);
    expect(placed.filter((p) => !p.leadersOnly).map((p) => p.field.label)).toEqual(
      expect.arrayContaining([
        '1. Chính trị tư tưởng',
        '2. Đạo đức, lối sống',
        '3. Tác phong, lề lối làm việc',
        '4. Ý thức tổ chức kỷ luật',
        '5. Kết quả thực hiện chức trách, nhiệm vụ được giao',
        '1. Tự nhận xét ưu, nhược điểm',
        '2. Tự xếp loại chất lượng',
      ]),
    );
  });

  it('ND90_M03 leaves the manager and authority sections to them', () => {
    const d = def('ND90_M03');
    expect(d.frame).toBe('state');
    const others = allFields(d).filter((p) => p.field.filledBy && p.field.filledBy !== 'person');
    expect(others.map((p) => [p.field.key, p.field.filledBy])).toEqual([
      ['nhan_xet_quan_ly', 'manager'],
      ['nhan_xet_tham_quyen', 'authority'],
      ['xep_loai_tham_quyen', 'authority'],
    ]);
    expect(headings(d)).toContain('III. Ý KIẾN NHẬN XÉT CỦA NGƯỜI QUẢN LÝ TRỰC TIẾP');
  });

  it('CV2397_M01 lists prior results; M02 is the responsibility self-check', () => {
    expect(allFields(def('CV2397_M01')).some((p) => p.field.type === 'prior_results')).toBe(true);
    expect(headings(def('CV2397_M02')).join(' ')).toMatch(/thanh tra, kiểm tra, kiểm toán, điều tra/);
    expect(def('CV2397_M01').verified).toBe(false);
    expect(def('CV2397_M02').verified).toBe(false);
  });

  it('TAP_THE_M01 is a collective report with remediation, suggestions and a proposed level', () => {
    const d = def('TAP_THE_M01');
    expect(d.subject).toBe('collective');
    const types = allFields(d).map((p) => p.field.type);
    expect(types).toEqual(expect.arrayContaining(['remediation', 'suggestions', 'level']));
  });

  it('only the collective form is collective', () => {
    expect(ALL.filter((d) => d.subject === 'collective').map((d) => d.code)).toEqual(
      expect.arrayContaining(['TAP_THE_M01']),
    );
    expect(new Set(ALL.filter((d) => d.subject === 'collective').map((d) => d.code))).toEqual(
      new Set(['TAP_THE_M01']),
    );
  });
});

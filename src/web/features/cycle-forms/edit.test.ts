import { describe, expect, it } from 'vitest';
import { formDefinition } from '../../../domain/forms/catalogue.js';
import { definitionProblems } from '../../../domain/forms/definition-check.js';
import type { FormDefinition } from '../../../domain/forms/types.js';
import { allFields, allSections } from '../../../domain/forms/walk.js';
import {
  addBand,
  addField,
  addGroup,
  addScoreItem,
  addSection,
  bandLevelChoices,
  editorProblems,
  fieldCount,
  finalizeKeys,
  groupsTotal,
  humanizeProblem,
  isTempKey,
  itemsTotal,
  moveField,
  moveItem,
  moveScoreItem,
  moveSection,
  patchField,
  placeOfPath,
  removeBand,
  removeField,
  removeGroup,
  removeScoreItem,
  removeSection,
  sameDefinition,
  sectionAt,
  serverProblems,
  setTableMax,
  slugKey,
  uniqueKey,
  updateBand,
  updateField,
  updateGroup,
  updateScoreItem,
  updateSection,
} from './edit.js';

const hd43 = (): FormDefinition => {
  const def = formDefinition('2025', 'HD43_2B');
  if (!def) throw new Error('HD43_2B is a 2025 form');
  return def;
};

/** Path of the section with this key. */
function pathOf(def: FormDefinition, key: string): number[] {
  const find = (list: FormDefinition['sections'], prefix: number[]): number[] | null => {
    for (const [i, s] of list.entries()) {
      if (s.key === key) return [...prefix, i];
      const deeper = find(s.sections ?? [], [...prefix, i]);
      if (deeper) return deeper;
    }
    return null;
  };
  const p = find(def.sections, []);
  if (!p) throw new Error(`no section ${key}`);
  return p;
}

describe('keys', () => {
  it('makes a key from a Vietnamese label, without its numbering, cut at a word', () => {
    expect(slugKey('Ý kiến của chi bộ')).toBe('y_kien_cua_chi_bo');
    expect(slugKey('4. Đánh giá việc thực hiện nhiệm vụ được giao')).toBe(
      'danh_gia_viec_thuc_hien_nhiem_vu_duoc',
    );
    expect(slugKey('IV. Giải trình')).toBe('giai_trinh');
    expect(slugKey('a) Kết quả')).toBe('ket_qua');
    expect(slugKey('  …  ')).toBe('');
    expect(slugKey('Thành phần tham gia ').length).toBeLessThanOrEqual(40);
  });

  it('adds a counter when the key is taken', () => {
    expect(uniqueKey('han_che', new Set())).toBe('han_che');
    expect(uniqueKey('han_che', new Set(['han_che', 'han_che_2']))).toBe('han_che_3');
  });

  it('gives new elements temporary keys, then readable unique keys from their labels on save', () => {
    const def = hd43();
    const a = pathOf(def, 'a_ii');
    let { definition: d } = addField(def, a);
    ({ definition: d } = addField(d, a));
    const fields = sectionAt(d, a)?.fields ?? [];
    const [first, second] = fields.slice(-2);
    expect(first?.key).not.toBe(second?.key);
    expect(isTempKey(first?.key ?? '')).toBe(true);
    d = updateField(d, a, fields.length - 2, { label: '3. Hạn chế' });
    // The second new field repeats an existing key's words ("han_che" is taken) and is left unlabelled.
    d = updateField(d, a, fields.length - 1, { label: '' });
    const { definition: d2, key: sectionKey } = addSection(d, []);
    expect(isTempKey(sectionKey)).toBe(true);
    const saved = finalizeKeys(
      updateSection(d2, [d2.sections.length - 1], { heading: 'C. Ý kiến của chi bộ' }),
    );
    const keys = allFields(saved).map((p) => p.field.key);
    expect(keys.some(isTempKey)).toBe(false);
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys).toContain('han_che_2');
    expect(keys).toContain('truong');
    expect(saved.sections.at(-1)?.key).toBe('y_kien_cua_chi_bo');
    // Existing keys never change.
    expect(
      allFields(saved)
        .slice(0, 5)
        .map((p) => p.field.key),
    ).toEqual(
      allFields(def)
        .slice(0, 5)
        .map((p) => p.field.key),
    );
    // The keys pass the server's rule.
    for (const k of [...keys, ...allSections(saved).map((s) => s.key)])
      expect(k).toMatch(/^[a-zA-Z0-9_.-]{1,60}$/);
  });

  it('names new point table groups and items from their labels', () => {
    let { definition: d } = addGroup(hd43());
    d = updateGroup(d, 2, { label: '3. Nhóm tiêu chí bổ sung', max: 5 });
    d = updateScoreItem(d, 2, 0, { label: 'Ý thức tổ chức kỷ luật', max: 5 });
    ({ definition: d } = addScoreItem(d, 0));
    const saved = finalizeKeys(d);
    expect(saved.scoreTable?.groups[2]?.key).toBe('nhom_tieu_chi_bo_sung');
    expect(saved.scoreTable?.groups[2]?.items[0]?.key).toBe('y_thuc_to_chuc_ky_luat');
    expect(saved.scoreTable?.groups[0]?.items[1]?.key).toBe('tieu_chi');
  });
});

describe('sections', () => {
  it('adds, updates, moves and removes without touching the input', () => {
    const def = hd43();
    const before = JSON.stringify(def);
    const a = pathOf(def, 'a');
    const { definition: added, path } = addSection(def, a);
    expect(path).toEqual([...a, 6]);
    expect(sectionAt(added, path)?.heading).toBe('');
    const renamed = updateSection(added, path, { heading: 'VII. Cam kết', leadersOnly: true });
    expect(sectionAt(renamed, path)).toMatchObject({ heading: 'VII. Cam kết', leadersOnly: true });
    expect(
      'leadersOnly' in (sectionAt(updateSection(renamed, path, { leadersOnly: false }), path) ?? {}),
    ).toBe(false);
    const moved = moveSection(renamed, path, -1);
    expect(sectionAt(moved, [...a, 5])?.heading).toBe('VII. Cam kết');
    expect(sectionAt(moved, [...a, 6])?.key).toBe('a_vi');
    expect(sectionAt(removeSection(moved, [...a, 5]), [...a, 5])?.key).toBe('a_vi');
    expect(JSON.stringify(def)).toBe(before);
  });

  it('moves the top-level sections and keeps a move past either end a no-op', () => {
    const def = hd43();
    const keys = (d: FormDefinition) => d.sections.map((s) => s.key);
    expect(keys(moveSection(def, [2], -1))).toEqual(['thong_tin', 'b', 'a']);
    expect(keys(moveSection(def, [0], -1))).toEqual(keys(def));
    expect(keys(moveSection(def, [2], 1))).toEqual(keys(def));
  });

  it('drops an emptied list of subsections, so the form compares equal to the original again', () => {
    const def = hd43();
    const info = pathOf(def, 'thong_tin');
    const { definition: added, path } = addSection(def, info);
    expect(sameDefinition(added, def)).toBe(false);
    const removed = removeSection(added, path);
    expect(sectionAt(removed, info)?.sections).toBeUndefined();
    expect(sameDefinition(removed, def)).toBe(true);
  });

  it('counts the fields of a section and its subsections', () => {
    const def = hd43();
    expect(fieldCount(sectionAt(def, pathOf(def, 'a_ii')) ?? { key: '', heading: '', fields: [] })).toBe(2);
    expect(fieldCount(def.sections[1] ?? { key: '', heading: '', fields: [] })).toBe(9);
  });
});

describe('fields', () => {
  it('adds a required text field, updates, moves and removes it', () => {
    const def = hd43();
    const s = pathOf(def, 'a_ii');
    const { definition: d1, key } = addField(def, s);
    expect(sectionAt(d1, s)?.fields[2]).toEqual({ key, label: '', type: 'text', required: true });
    const d2 = updateField(d1, s, 2, { label: '3. Trách nhiệm', type: 'line', hint: 'Ghi ngắn gọn' });
    expect(sectionAt(d2, s)?.fields[2]).toMatchObject({
      label: '3. Trách nhiệm',
      type: 'line',
      hint: 'Ghi ngắn gọn',
    });
    const d3 = moveField(d2, s, 2, -2);
    expect(sectionAt(d3, s)?.fields.map((f) => f.key)).toEqual([key, 'han_che', 'nguyen_nhan']);
    expect(sectionAt(removeField(d3, s, 0), s)?.fields.map((f) => f.key)).toEqual(['han_che', 'nguyen_nhan']);
  });

  it('keeps a field as the catalogue writes it: someone else’s field is never required, no empty hint', () => {
    const f = { key: 'x', label: 'X', type: 'text' as const, required: true, hint: 'h' };
    expect(patchField(f, { filledBy: 'manager' })).toEqual({ ...f, filledBy: 'manager', required: false });
    expect(patchField({ ...f, filledBy: 'manager', required: false }, { filledBy: 'person' })).toEqual({
      ...f,
      required: false,
    });
    expect(patchField(f, { hint: '  ' })).toEqual({ key: 'x', label: 'X', type: 'text', required: true });
  });
});

describe('point table', () => {
  it('edits items and groups; totals follow; the mismatch is a problem until fixed', () => {
    const def = hd43();
    let d = updateScoreItem(def, 0, 0, { max: 25 });
    const group = d.scoreTable?.groups[0];
    if (!group) throw new Error('no group');
    expect(itemsTotal(group)).toBe(25);
    const problems = editorProblems(d);
    expect(problems).toContain(
      'Nhóm “1. Nhóm tiêu chí chung”: điểm tối đa 30 khác tổng điểm tối đa các tiêu chí (25).',
    );
    const added = addScoreItem(d, 0);
    d = updateScoreItem(added.definition, 0, 1, { label: 'Ý thức tổ chức kỷ luật', max: 5 });
    expect(editorProblems(d)).toEqual([]);
    d = moveScoreItem(d, 0, 1, -1);
    expect(d.scoreTable?.groups[0]?.items.map((i) => i.label)).toEqual([
      'Ý thức tổ chức kỷ luật',
      'Nhóm tiêu chí chung',
    ]);
    d = removeScoreItem(d, 0, 0);
    expect(d.scoreTable?.groups[0]?.items).toHaveLength(1);
  });

  it('keeps the groups adding up to the printed total', () => {
    const def = hd43();
    const table = def.scoreTable;
    if (!table) throw new Error('no table');
    expect(groupsTotal(table)).toBe(100);
    const d = removeGroup(def, 1);
    expect(editorProblems(d)).toContain('Tổng điểm tối đa 100 khác tổng điểm tối đa các nhóm (30).');
    expect(editorProblems(setTableMax(d, 30)).some((p) => p.startsWith('Tổng điểm tối đa'))).toBe(false);
    expect('max' in (setTableMax(d, undefined).scoreTable ?? {})).toBe(false);
  });

  it('edits bands: a level only once, strictly descending', () => {
    const def = hd43();
    const table = def.scoreTable;
    if (!table) throw new Error('no table');
    expect(bandLevelChoices(table, 0)).toEqual(['HTXSNV']);
    let d = removeBand(def, 3);
    expect(bandLevelChoices(d.scoreTable as NonNullable<FormDefinition['scoreTable']>, 0)).toEqual([
      'HTXSNV',
      'KHTNV',
    ]);
    d = addBand(d);
    expect(d.scoreTable?.bands.at(-1)).toEqual({ level: 'KHTNV', min: 0, inclusive: true });
    expect(addBand(d).scoreTable?.bands).toHaveLength(4);
    d = updateBand(d, 0, { min: 90, inclusive: false });
    expect(d.scoreTable?.bands[0]).toEqual({ level: 'HTXSNV', min: 90, inclusive: false });
    const wrong = updateBand(d, 1, { min: 95 });
    expect(
      editorProblems(wrong).some((p) => p.startsWith('Các khoảng điểm phải xếp theo điểm sàn giảm dần')),
    ).toBe(true);
  });
});

describe('problems worded without keys', () => {
  it('names an unlabelled field, section or criterion by its place', () => {
    let d = hd43();
    const s = pathOf(d, 'a_ii');
    ({ definition: d } = addField(d, s));
    ({ definition: d } = addSection(d, []));
    ({ definition: d } = addScoreItem(d, 1));
    const problems = editorProblems(d);
    expect(problems).toContain(
      'Trường thứ 3 trong mục “II. Hạn chế, khuyết điểm và nguyên nhân” chưa có nhãn.',
    );
    expect(problems).toContain('Mục thứ 4 của mẫu chưa có tiêu đề.');
    expect(problems).toContain(
      'Tiêu chí thứ 2 trong nhóm “2. Nhóm tiêu chí về kết quả thực hiện nhiệm vụ” chưa có tên.',
    );
    expect(problems.join(' ')).not.toMatch(/moi\./);
    // The domain check itself quotes the keys.
    expect(definitionProblems(d).join(' ')).toMatch(/moi\./);
  });

  it('names a labelled criterion by its label', () => {
    const d = updateScoreItem(hd43(), 0, 0, { max: 0 });
    expect(humanizeProblem(d, 'Tiêu chí “tieu_chi_chung”: điểm tối đa phải là số lớn hơn 0.')).toBe(
      'Tiêu chí “Nhóm tiêu chí chung”: điểm tối đa phải là số lớn hơn 0.',
    );
  });

  it('places the server’s details in the form', () => {
    const d = hd43();
    expect(placeOfPath(d, 'body.definition.sections.1.sections.1.fields.0.label')).toBe(
      'Mục “A. NỘI DUNG KIỂM ĐIỂM”, mục “II. Hạn chế, khuyết điểm và nguyên nhân”, trường “1. Hạn chế, khuyết điểm”',
    );
    expect(placeOfPath(d, 'body.definition.scoreTable.groups.0.items.0.max')).toBe(
      'Bảng điểm, nhóm “1. Nhóm tiêu chí chung”, tiêu chí “Nhóm tiêu chí chung”',
    );
    expect(placeOfPath(d, 'body.definition')).toBeNull();
    expect(
      serverProblems(d, [
        { path: 'body.definition.title', message: 'Không được để trống.' },
        { path: 'body.definition', message: 'Mẫu chưa có tiêu đề.' },
      ]),
    ).toEqual(['Tiêu đề: Không được để trống.', 'Mẫu chưa có tiêu đề.']);
  });
});

describe('moveItem', () => {
  it('moves within bounds only', () => {
    expect(moveItem([1, 2, 3], 0, 1)).toEqual([2, 1, 3]);
    expect(moveItem([1, 2, 3], 2, 1)).toEqual([1, 2, 3]);
  });
});

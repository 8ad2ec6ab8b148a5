import { describe, expect, it } from 'vitest';
import {
  type AutosaveAction,
  type AutosaveState,
  autosaveReducer,
  autosaveStatus,
  autosaveText,
  hasUnsaved,
  initialAutosave,
  shouldAutosave,
} from './autosave.js';

const run = (actions: AutosaveAction[], from: AutosaveState = initialAutosave(3)) =>
  actions.reduce(autosaveReducer, from);

const AT = '2024-10-20T07:05:00.000Z'; // 14:05 in Vietnam

describe('autosave', () => {
  it('starts idle with the version it read', () => {
    const s = initialAutosave(3);
    expect(autosaveStatus(s)).toBe('idle');
    expect(autosaveText(s)).toBe('Chưa có thay đổi');
    expect(shouldAutosave(s)).toBe(false);
  });

  it('goes dirty on an edit, saving on start, saved with the new version on success', () => {
    const dirty = run([{ type: 'edit' }, { type: 'edit' }]);
    expect(autosaveStatus(dirty)).toBe('dirty');
    expect(shouldAutosave(dirty)).toBe(true);
    const saving = run([{ type: 'start', seq: 2 }], dirty);
    expect(autosaveText(saving)).toBe('Đang lưu…');
    expect(shouldAutosave(saving)).toBe(false);
    const saved = run([{ type: 'success', seq: 2, version: 4, at: AT }], saving);
    expect(saved).toMatchObject({ version: 4, savedSeq: 2, inFlight: null });
    expect(autosaveText(saved)).toBe('Đã lưu lúc 14:05');
    expect(hasUnsaved(saved)).toBe(false);
  });

  it('stays unsaved when the writer typed while a save was on the way, and saves again', () => {
    const s = run([
      { type: 'edit' },
      { type: 'start', seq: 1 },
      { type: 'edit' },
      { type: 'success', seq: 1, version: 4, at: AT },
    ]);
    expect(autosaveStatus(s)).toBe('dirty');
    expect(shouldAutosave(s)).toBe(true);
    expect(s.version).toBe(4);
  });

  it('reports an ordinary failure and retries after the next edit', () => {
    const failed = run([
      { type: 'edit' },
      { type: 'start', seq: 1 },
      { type: 'failure', seq: 1, message: 'Điểm vượt quá điểm tối đa.', stale: false },
    ]);
    expect(autosaveStatus(failed)).toBe('error');
    expect(autosaveText(failed)).toBe('Chưa lưu được: Điểm vượt quá điểm tối đa.');
    expect(shouldAutosave(failed)).toBe(false);
    const again = run([{ type: 'edit' }], failed);
    expect(autosaveStatus(again)).toBe('dirty');
    expect(shouldAutosave(again)).toBe(true);
  });

  it('stops for good on a stale version, even after more edits, until reset', () => {
    const stale = run([
      { type: 'edit' },
      { type: 'start', seq: 1 },
      { type: 'failure', seq: 1, message: 'Dữ liệu đã thay đổi.', stale: true },
      { type: 'edit' },
    ]);
    expect(autosaveStatus(stale)).toBe('stale');
    expect(shouldAutosave(stale)).toBe(false);
    expect(autosaveText(stale)).toMatch(/thay đổi ở nơi khác/);
    const reset = run([{ type: 'reset', version: 9 }], stale);
    expect(reset).toMatchObject({ version: 9, seq: 0, savedSeq: 0, error: null });
    expect(autosaveStatus(reset)).toBe('idle');
  });

  it('keeps the last saved time across a submit', () => {
    const s = run([
      { type: 'edit' },
      { type: 'start', seq: 1 },
      { type: 'success', seq: 1, version: 4, at: AT },
      { type: 'reset', version: 5 },
    ]);
    expect(autosaveStatus(s)).toBe('saved');
    expect(s.version).toBe(5);
  });
});

/**
 * The autosave state of an open review, as a pure reducer. Each edit bumps `seq`; a save records the
 * `seq` it sent, so edits typed while it was on the way keep the draft "unsaved" and lead to the
 * next save. A 409 (someone else saved) stops autosaving until the writer reloads: nothing is ever
 * overwritten silently.
 */
import { clockTime } from './format.js';

export interface AutosaveState {
  /** The version the next save names (the server's, as last read or saved). */
  version: number;
  /** Edits so far. */
  seq: number;
  /** The `seq` the last successful save carried. */
  savedSeq: number;
  /** The `seq` of the save on the way, or null. */
  inFlight: number | null;
  /** When the last save succeeded (ISO instant). */
  savedAt: string | null;
  /** The last save's failure; `stale` for 409 stale_version. */
  error: { message: string; stale: boolean } | null;
}

export type AutosaveAction =
  | { type: 'edit' }
  | { type: 'start'; seq: number }
  | { type: 'success'; seq: number; version: number; at: string }
  | { type: 'failure'; seq: number; message: string; stale: boolean }
  /** After a reload or a move (submit, finalise): the server's version, nothing pending. */
  | { type: 'reset'; version: number };

export type AutosaveStatus = 'idle' | 'dirty' | 'saving' | 'saved' | 'error' | 'stale';

export function initialAutosave(version: number): AutosaveState {
  return { version, seq: 0, savedSeq: 0, inFlight: null, savedAt: null, error: null };
}

export function autosaveReducer(state: AutosaveState, action: AutosaveAction): AutosaveState {
  switch (action.type) {
    case 'edit':
      // A new edit retries after an ordinary failure; a stale draft stays stopped.
      return { ...state, seq: state.seq + 1, error: state.error?.stale ? state.error : null };
    case 'start':
      return { ...state, inFlight: action.seq };
    case 'success':
      return {
        ...state,
        version: action.version,
        savedSeq: Math.max(state.savedSeq, action.seq),
        inFlight: null,
        savedAt: action.at,
        error: null,
      };
    case 'failure':
      return { ...state, inFlight: null, error: { message: action.message, stale: action.stale } };
    case 'reset':
      return { ...initialAutosave(action.version), savedAt: state.savedAt };
  }
}

export function autosaveStatus(state: AutosaveState): AutosaveStatus {
  if (state.error?.stale) return 'stale';
  if (state.inFlight !== null) return 'saving';
  if (state.error) return 'error';
  if (state.seq > state.savedSeq) return 'dirty';
  if (state.savedAt) return 'saved';
  return 'idle';
}

/** Edits not yet saved (typed after the last successful save). */
export const hasUnsaved = (state: AutosaveState) => state.seq > state.savedSeq;

/** Whether the debounce should lead to a save now. */
export const shouldAutosave = (state: AutosaveState) =>
  hasUnsaved(state) && state.inFlight === null && state.error === null;

/** The line next to the "Lưu" button. */
export function autosaveText(state: AutosaveState): string {
  switch (autosaveStatus(state)) {
    case 'stale':
      return 'Không lưu được: bản kiểm điểm vừa được thay đổi ở nơi khác';
    case 'saving':
      return 'Đang lưu…';
    case 'error':
      return `Chưa lưu được: ${state.error?.message ?? ''}`.trim();
    case 'dirty':
      return 'Có thay đổi chưa lưu';
    case 'saved':
      return `Đã lưu lúc ${clockTime(state.savedAt ?? '')}`;
    case 'idle':
      return 'Chưa có thay đổi';
  }
}

/**
 * The open review's draft: answers and the writer's own scores as typed, saved 2 s after the last
 * change (and on "Lưu"), one save at a time, each naming the version it read. A 409 stops saving
 * until the writer reloads; a 400 places its details on the fields.
 */
import { useCallback, useEffect, useMemo, useReducer, useRef, useState } from 'react';
import type { FormAnswers } from '../../../domain/forms/types.js';
import { isApiError } from '../../app/api.js';
import { saveReview, useInvalidateReviewLists } from './api.js';
import { autosaveReducer, hasUnsaved, initialAutosave, shouldAutosave } from './autosave.js';
import {
  type FieldErrors,
  fieldErrorsOf,
  NO_FIELD_ERRORS,
  prefillAnswers,
  proposedLevelOf,
  selfScoresBody,
  selfScoresOf,
} from './format.js';
import type { ReviewDetail, SaveReviewBody } from './types.js';

/** Autosave waits this long after the last change. */
export const AUTOSAVE_MS = 2000;

export function useReviewDraft(data: ReviewDetail) {
  const id = data.review.id;
  const def = data.definition;
  const editable = data.can.edit;
  const invalidateLists = useInvalidateReviewLists();

  const [answers, setAnswers] = useState<FormAnswers>(() =>
    editable
      ? prefillAnswers(def, data.review.answers, {
          fullName: data.person?.fullName,
          unitName: data.unit?.name,
          positionTitle: data.person?.positionTitle,
        })
      : data.review.answers,
  );
  const [self, setSelf] = useState<Record<string, number | null>>(() => selfScoresOf(data.review.scores));
  const [state, dispatch] = useReducer(autosaveReducer, data.review.version, initialAutosave);
  const [errors, setErrors] = useState<FieldErrors>(NO_FIELD_ERRORS);

  // Read inside async saves, which outlive the render that started them.
  const latest = useRef({ answers, self, state });
  latest.current = { answers, self, state };
  const version = useRef(data.review.version);
  const lastSent = useRef<string | null>(null);
  const chain = useRef<Promise<boolean>>(Promise.resolve(true));
  const ruling = data.ruling;

  const body = useCallback(
    (a: FormAnswers, s: Record<string, number | null>): Omit<SaveReviewBody, 'version'> => ({
      answers: a,
      ...(def.scoreTable ? { selfScores: selfScoresBody(s) } : {}),
      proposedLevel: proposedLevelOf(def, a, ruling),
    }),
    [def, ruling],
  );

  const perform = useCallback(async (): Promise<boolean> => {
    const { answers: a, self: s, state: st } = latest.current;
    if (st.error?.stale) return false;
    const payload = body(a, s);
    const json = JSON.stringify(payload);
    if (json === lastSent.current && !hasUnsaved(st)) return true;
    const seq = st.seq;
    dispatch({ type: 'start', seq });
    try {
      const res = await saveReview(id, { ...payload, version: version.current });
      version.current = res.version;
      lastSent.current = json;
      dispatch({ type: 'success', seq, version: res.version, at: new Date().toISOString() });
      setErrors(NO_FIELD_ERRORS);
      void invalidateLists();
      return true;
    } catch (e) {
      const stale = isApiError(e) && e.code === 'stale_version';
      if (isApiError(e) && e.status === 400) setErrors(fieldErrorsOf(e.details));
      dispatch({
        type: 'failure',
        seq,
        stale,
        message: e instanceof Error ? e.message : 'Đã xảy ra lỗi không mong muốn.',
      });
      return false;
    }
  }, [body, id, invalidateLists]);

  /** Saves now, after any save on the way; true when everything typed is stored. */
  const saveNow = useCallback((): Promise<boolean> => {
    const run = chain.current.then(perform, perform);
    chain.current = run.catch(() => false);
    return run;
  }, [perform]);

  useEffect(() => {
    if (!editable || !shouldAutosave(state)) return;
    const t = setTimeout(() => void saveNow(), AUTOSAVE_MS);
    return () => clearTimeout(t);
  }, [editable, state, saveNow]);

  // Leaving the page with unsaved edits asks first.
  const unsaved = hasUnsaved(state) || state.inFlight !== null;
  useEffect(() => {
    if (!unsaved) return;
    const warn = (e: BeforeUnloadEvent) => e.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [unsaved]);

  const setAnswer = useCallback((key: string, value: unknown) => {
    setAnswers((prev) => ({ ...prev, [key]: value }));
    setErrors((prev) => {
      if (!prev.answers[key] && prev.level.length === 0) return prev;
      const { [key]: _drop, ...rest } = prev.answers;
      return { ...prev, answers: rest, level: [] };
    });
    dispatch({ type: 'edit' });
  }, []);

  const setScore = useCallback((item: string, value: number | null) => {
    setSelf((prev) => ({ ...prev, [item]: value }));
    setErrors((prev) => {
      if (!prev.scores[item]) return prev;
      const { [item]: _drop, ...rest } = prev.scores;
      return { ...prev, scores: rest };
    });
    dispatch({ type: 'edit' });
  }, []);

  /** After a move (submit, finalise) answered with a new version. */
  const moved = useCallback((next: number) => {
    version.current = next;
    dispatch({ type: 'reset', version: next });
  }, []);

  const markStale = useCallback((message: string) => {
    dispatch({ type: 'failure', seq: latest.current.state.seq, message, stale: true });
  }, []);

  return useMemo(
    () => ({
      answers,
      self,
      state,
      errors,
      setErrors,
      setAnswer,
      setScore,
      saveNow,
      moved,
      markStale,
      version: () => version.current,
      /** Edits not yet stored (typed, or on the way). */
      unsaved,
    }),
    [answers, self, state, errors, setAnswer, setScore, saveNow, moved, markStale, unsaved],
  );
}

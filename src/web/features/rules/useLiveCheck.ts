/**
 * Live checking: the form's values, debounced, become a request; while fields are missing nothing is
 * sent and the missing fields are marked; otherwise the server computes, and a 400's field messages
 * are placed next to their fields (the rest are listed above the result).
 */
import type { FormInstance } from 'antd';
import { useEffect, useMemo, useRef } from 'react';
import { isApiError } from '../../app/api.js';
import { type FieldProblem, type NamePath, placeProblems, type Request } from './facts.js';
import { useRulesComputation } from './useRules.js';

const key = (name: NamePath) => name.join('.');

export function useLiveCheck<B, R>(path: string, request: Request<B> | null, form: FormInstance) {
  const body = request && request.missing.length === 0 ? request.body : null;
  const query = useRulesComputation<B, R>(path, body);
  const error = query.error;

  const { problems, other } = useMemo(() => {
    if (!request) return { problems: [] as FieldProblem[], other: [] as string[] };
    if (request.missing.length > 0) return { problems: request.missing, other: [] };
    if (isApiError(error)) {
      const placed = placeProblems(error.details, request.rows);
      const other =
        placed.other.length > 0 || placed.fields.length === 0 ? [error.message, ...placed.other] : [];
      return { problems: placed.fields, other: [...new Set(other)] };
    }
    if (error) return { problems: [], other: [error instanceof Error ? error.message : 'Không tính được.'] };
    return { problems: [], other: [] };
  }, [request, error]);

  const marked = useRef<NamePath[]>([]);
  useEffect(() => {
    const now = new Set(problems.map((p) => key(p.name)));
    form.setFields([
      ...marked.current.filter((n) => !now.has(key(n))).map((name) => ({ name, errors: [] })),
      ...problems.map((p) => ({ name: p.name, errors: [p.message] })),
    ]);
    marked.current = problems.map((p) => p.name);
  }, [form, problems]);

  return {
    /** The latest result (the previous one while the next is computed); none after an error. */
    result: error ? undefined : query.data,
    computing: query.isFetching,
    waiting: request !== null && request.missing.length > 0,
    other,
  };
}

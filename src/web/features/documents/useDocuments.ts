/** Queries and actions of the documents page. */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiGet, apiPost } from '../../app/api.js';
import { fetchFile, saveBlob } from './download.js';
import { zipFileName } from './format.js';
import type {
  CreatedDocument,
  DocumentDetail,
  DocumentFilter,
  DocumentKindsResponse,
  DocumentsResponse,
  IssueResult,
  RegenerateResult,
} from './types.js';

export const DOCUMENTS_QUERY_KEY = ['documents'] as const;

export function useDocumentKinds() {
  return useQuery({
    queryKey: ['document-kinds'],
    queryFn: ({ signal }) => apiGet<DocumentKindsResponse>('/api/documents/kinds', undefined, signal),
    staleTime: Number.POSITIVE_INFINITY,
  });
}

export function useDocuments(filter: DocumentFilter) {
  return useQuery({
    queryKey: [...DOCUMENTS_QUERY_KEY, 'list', filter],
    queryFn: ({ signal }) => apiGet<DocumentsResponse>('/api/documents', { ...filter }, signal),
  });
}

export function useDocument(id: string | null) {
  return useQuery({
    queryKey: [...DOCUMENTS_QUERY_KEY, 'detail', id],
    queryFn: ({ signal }) => apiGet<DocumentDetail>(`/api/documents/${id}`, undefined, signal),
    enabled: id !== null,
  });
}

export function useIssueDocument() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, date }: { id: string; date?: string }) =>
      apiPost<IssueResult>(`/api/documents/${id}/issue`, date ? { date } : {}),
    onSettled: () => queryClient.invalidateQueries({ queryKey: DOCUMENTS_QUERY_KEY }),
  });
}

export function useRegenerateDocument() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => apiPost<RegenerateResult>(`/api/documents/${id}/regenerate`, {}),
    onSettled: () => queryClient.invalidateQueries({ queryKey: DOCUMENTS_QUERY_KEY }),
  });
}

export function useCreatePeopleList() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (unitId: string | null) => apiPost<CreatedDocument>('/api/documents/people-list', { unitId }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: DOCUMENTS_QUERY_KEY }),
  });
}

export interface BundleRequest {
  ids: string[];
  name: string;
  includePdf: boolean;
}

/** Builds the ZIP on the server and saves it. */
export function useBundleDocuments() {
  return useMutation({
    mutationFn: async (req: BundleRequest) => {
      const { blob, fileName } = await fetchFile('/api/documents/bundle', {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/zip, application/json' },
        body: JSON.stringify({ ...req, name: req.name.trim() }),
      });
      saveBlob(blob, fileName ?? zipFileName(req.name));
    },
  });
}

import type { AgencyInput } from './types.js';

export const AGENCY_FIELDS = [
  'name',
  'shortName',
  'issuingBodyName',
  'parentBodyName',
  'documentCode',
  'placeName',
] as const satisfies readonly (keyof AgencyInput)[];

export const AGENCY_FIELD_LABELS: Record<keyof AgencyInput, string> = {
  name: 'Tên cơ quan',
  shortName: 'Tên viết tắt',
  issuingBodyName: 'Tên cơ quan ban hành văn bản (in hoa)',
  parentBodyName: 'Cơ quan chủ quản (in hoa)',
  documentCode: 'Chữ viết tắt trong số, ký hiệu văn bản (ví dụ VP)',
  placeName: 'Địa danh ghi trên văn bản (ví dụ Quảng Ngãi)',
};

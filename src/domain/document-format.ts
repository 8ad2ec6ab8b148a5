/**
 * Text of the header block of an administrative document (Nghị định 30/2020/NĐ-CP, Phụ lục I):
 * the place and date line, the number and symbol. Pure; shared by the document engine and the web.
 */

export interface CalendarDate {
  year: number;
  /** 1–12 */
  month: number;
  day: number;
}

/**
 * "ngày 05 tháng 11 năm 2024". The decree writes a leading zero for days below 10 and for
 * months 1 and 2 only ("tháng 02", but "tháng 3").
 */
export function documentDate({ year, month, day }: CalendarDate): string {
  const dd = day < 10 ? `0${day}` : String(day);
  const mm = month <= 2 ? `0${month}` : String(month);
  return `ngày ${dd} tháng ${mm} năm ${year}`;
}

/** "Quảng Ngãi, ngày 05 tháng 11 năm 2024"; without a place name only the date part. */
export function placeDateLine(placeName: string, date: CalendarDate): string {
  const place = placeName.trim();
  const line = documentDate(date);
  return place ? `${place}, ${line}` : line.charAt(0).toUpperCase() + line.slice(1);
}

/** A sample number and symbol for a plan (KH) of the agency: "Số: 01/KH-VP". */
export function sampleDocumentNumber(documentCode: string): string {
  const code = documentCode.trim();
  return code ? `Số: 01/KH-${code}` : 'Số: 01/KH';
}

const vnDate = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Asia/Ho_Chi_Minh',
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
});

/** Today's date in Vietnam. */
export function todayInVietnam(now: Date = new Date()): CalendarDate {
  const p = Object.fromEntries(vnDate.formatToParts(now).map((x) => [x.type, x.value]));
  return { year: Number(p.year), month: Number(p.month), day: Number(p.day) };
}

/** Names in the header are printed in capitals; Vietnamese letters keep their marks. */
export const toCapitals = (s: string) => s.toLocaleUpperCase('vi-VN');

/** ISO `YYYY-MM-DD` → CalendarDate. */
export function calendarDate(iso: string): CalendarDate {
  const [y, m, d] = iso.split('-').map(Number);
  return { year: y ?? 0, month: m ?? 0, day: d ?? 0 };
}

/**
 * Number and symbol of a state document with a type name (NĐ 30/2020 Phụ lục I mục II.3):
 * numbers from 01 each year, a leading zero below 10: "05/BB-VP". A draft has no number yet.
 */
export function stateNumberText(n: number | null, typeCode: string, issuerCode: string): string {
  const num = n === null ? '\u00a0\u00a0\u00a0\u00a0\u00a0' : n < 10 ? `0${n}` : String(n);
  return `Số: ${num}/${typeCode}-${issuerCode}`;
}

/** Party documents (HD 36-HD/VPTW 2018): "Số 12-BB/ĐU", no colon, a hyphen before the type. */
export function partyNumberText(n: number | null, typeCode: string, issuerCode: string): string {
  const num = n === null ? '\u00a0\u00a0\u00a0\u00a0\u00a0' : n < 10 ? `0${n}` : String(n);
  return `Số ${num}-${typeCode}/${issuerCode}`;
}

/** Conversions between ISO dates from the API, dayjs values in date pickers and text shown to users. */
import dayjs, { type Dayjs } from 'dayjs';

export { formatVnDate } from '../../domain/dates.js';

/** What users type and see: dd/mm/yyyy first; the others are accepted while typing. */
export const DATE_FORMATS = ['DD/MM/YYYY', 'D/M/YYYY', 'DD-MM-YYYY', 'DDMMYYYY'];

export function isoToDayjs(iso: string | null | undefined): Dayjs | null {
  if (!iso) return null;
  const d = dayjs(iso.slice(0, 10), 'YYYY-MM-DD');
  return d.isValid() ? d : null;
}

export function dayjsToIso(d: Dayjs | null | undefined): string | null {
  return d?.isValid() ? d.format('YYYY-MM-DD') : null;
}

const vnDateTime = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Asia/Ho_Chi_Minh',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

/** An ISO instant as dd/mm/yyyy HH:mm:ss in Vietnam time. */
export function formatVnDateTime(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const parts = Object.fromEntries(vnDateTime.formatToParts(d).map((p) => [p.type, p.value]));
  return `${parts.day}/${parts.month}/${parts.year} ${parts.hour}:${parts.minute}:${parts.second}`;
}

/** The zod schema for ISO calendar dates, shared by every request schema that takes a date. */
import { z } from 'zod';

/** ISO calendar date, `YYYY-MM-DD`, validated as a real date. */
export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'Ngày phải có dạng YYYY-MM-DD.' })
  .refine(
    (s) => {
      const d = new Date(`${s}T00:00:00Z`);
      return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
    },
    { message: 'Ngày không hợp lệ.' },
  );

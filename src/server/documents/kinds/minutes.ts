/**
 * Biên bản (BB), NĐ 30/2020 Mẫu 1.9: time, place, who attended (with the absentees and their
 * reasons, and a list of the members), guests, chair and secretary, the proceedings in order,
 * the closing time; THƯ KÝ signs on the left and CHỦ TỌA on the right.
 */
import type { Paragraph, ParagraphChild, Table } from 'docx';
import { z } from 'zod';
import { bodyParagraph, buildDocument, contentWidth, dataTable, textRun } from '../frame.js';
import {
  baseSpec,
  comrade,
  dateTimeText,
  isoDateTime,
  labelled,
  optionalText,
  recipientsSchema,
  text,
  timeText,
} from './common.js';
import type { DocumentKind } from './types.js';

const person = z.object({ fullName: text('họ và tên'), title: text('chức vụ') });

const attendee = person.extend({
  present: z.boolean(),
  absenceReason: optionalText(),
});

const entry = z.object({ speaker: optionalText(), text: text('nội dung phát biểu') });

export const minutesInput = z
  .object({
    subject: text('trích yếu'),
    startedAt: isoDateTime('Thời gian bắt đầu'),
    place: text('địa điểm'),
    chair: person,
    secretary: person,
    attendees: z.array(attendee).min(1, 'Vui lòng nhập thành phần tham dự.'),
    guests: z.array(person).default([]),
    items: z
      .array(z.object({ heading: text('tiêu đề nội dung'), entries: z.array(entry).default([]) }))
      .min(1, 'Biên bản cần ít nhất một nội dung.'),
    endedAt: isoDateTime('Thời gian kết thúc'),
    recipients: recipientsSchema.optional(),
  })
  .refine((m) => m.endedAt.slice(0, 16) > m.startedAt.slice(0, 16), {
    path: ['endedAt'],
    message: 'Thời gian kết thúc phải sau thời gian bắt đầu.',
  });

export type MinutesInput = z.output<typeof minutesInput>;
export type MinutesInputIn = z.input<typeof minutesInput>;

const who = (p: { fullName: string; title: string }) => `${comrade(p.fullName)} - ${p.title}`;

/** "Có mặt: 10/12; vắng: 2 (đồng chí A, lý do: nghỉ phép; đồng chí B)." */
export function attendanceText(attendees: MinutesInput['attendees']): string {
  const present = attendees.filter((a) => a.present).length;
  const absent = attendees.filter((a) => !a.present);
  const total = attendees.length;
  const head = `Tổng số ${total} người; có mặt: ${present}/${total}; vắng: ${absent.length}`;
  if (absent.length === 0) return `${head}.`;
  const names = absent.map(
    (a) => `${comrade(a.fullName)}${a.absenceReason ? `, lý do: ${a.absenceReason}` : ''}`,
  );
  return `${head} (${names.join('; ')}).`;
}

/** "Cuộc họp kết thúc vào 11 giờ 30 cùng ngày." or with the date when it ends another day. */
export function closingSentence(startedAt: string, endedAt: string): string {
  const sameDay = startedAt.slice(0, 10) === endedAt.slice(0, 10);
  return sameDay
    ? `Cuộc họp kết thúc vào ${timeText(endedAt)} cùng ngày.`
    : `Cuộc họp kết thúc vào ${dateTimeText(endedAt)}.`;
}

function attendeeTable(attendees: MinutesInput['attendees']): Table {
  return dataTable(
    [
      { title: 'STT', width: 6, align: 'center' },
      { title: 'Họ và tên', width: 28 },
      { title: 'Chức vụ', width: 28 },
      { title: 'Tham dự', width: 14, align: 'center' },
      { title: 'Ghi chú', width: 24 },
    ],
    attendees.map((a, i) => [
      String(i + 1),
      a.fullName,
      a.title,
      a.present ? 'Có mặt' : 'Vắng',
      a.present ? '' : (a.absenceReason ?? ''),
    ]),
    contentWidth(false),
  );
}

function proceedings(items: MinutesInput['items']): Paragraph[] {
  const out: Paragraph[] = [];
  for (const item of items) {
    out.push(bodyParagraph(item.heading, { bold: true }));
    for (const e of item.entries) {
      const runs: ParagraphChild[] = e.speaker
        ? [textRun(`${comrade(e.speaker)}: `, { bold: true, size: 14 }), textRun(e.text, { size: 14 })]
        : [textRun(e.text, { size: 14 })];
      out.push(bodyParagraph(runs));
    }
  }
  return out;
}

export const minutes: DocumentKind<MinutesInput> = {
  kind: 'minutes',
  label: 'Biên bản',
  typeCode: 'BB',
  frame: 'state',
  input: minutesInput,
  subject: (input) => input.subject,
  docx(raw, ctx) {
    const m = minutesInput.parse(raw);
    const body: (Paragraph | Table)[] = [
      labelled('Thời gian bắt đầu', dateTimeText(m.startedAt)),
      labelled('Địa điểm', m.place),
      labelled('Thành phần tham dự', attendanceText(m.attendees)),
      attendeeTable(m.attendees),
      bodyParagraph('', { indent: false }),
    ];
    if (m.guests.length) {
      body.push(labelled('Khách mời', ''));
      m.guests.forEach((g, i) => {
        body.push(bodyParagraph(`- ${who(g)}${i === m.guests.length - 1 ? '.' : ';'}`));
      });
    }
    body.push(
      labelled('Chủ trì', who(m.chair)),
      labelled('Thư ký', who(m.secretary)),
      labelled('Nội dung', ''),
      ...proceedings(m.items),
      bodyParagraph(closingSentence(m.startedAt, m.endedAt)),
    );
    return buildDocument(
      baseSpec(ctx, {
        typeName: 'BIÊN BẢN',
        subject: m.subject,
        body,
        signers: [
          { title: 'THƯ KÝ', fullName: m.secretary.fullName },
          { title: 'CHỦ TỌA', fullName: m.chair.fullName },
        ],
        recipients: m.recipients,
      }),
    );
  },
};

/** Pick someone on the meeting's roster (present first); search ignores diacritics. */
import { Select, type SelectProps } from 'antd';
import { matchesSearch } from '../../../../domain/text.js';
import type { MeetingView } from '../types.js';

export function attendeeOptions(attendees: MeetingView['attendees']) {
  const label = (a: MeetingView['attendees'][number]) =>
    `${a.fullName}${a.role === 'guest' ? ' (khách mời)' : ''}${a.present ? '' : ' — chưa có mặt'}`;
  return [...attendees]
    .sort((a, b) => Number(b.present) - Number(a.present))
    .map((a) => ({ value: a.personId, label: label(a) }));
}

export function AttendeeSelect({
  attendees,
  ...props
}: SelectProps<string> & { attendees: MeetingView['attendees'] }) {
  return (
    <Select<string>
      showSearch={{ filterOption: (input, option) => matchesSearch(String(option?.label ?? ''), input) }}
      options={attendeeOptions(attendees)}
      placeholder="Chọn người"
      {...props}
    />
  );
}

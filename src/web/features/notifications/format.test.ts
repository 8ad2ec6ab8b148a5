import { describe, expect, it } from 'vitest';
import {
  appLink,
  bellLabel,
  kindTag,
  markedAllMessage,
  markReadLocally,
  NO_NEW_REMINDERS,
  notificationDateTime,
  notificationTime,
  sweepMessage,
} from './format.js';
import type { AppNotification, NotificationsResponse } from './types.js';

describe('kindTag', () => {
  it('shows due soon in orange and overdue in red', () => {
    expect(kindTag('deadline_due_soon')).toEqual({ label: 'Sắp đến hạn', color: 'orange' });
    expect(kindTag('deadline_overdue')).toEqual({ label: 'Quá hạn', color: 'red' });
  });
  it('has no tag for a kind it does not know', () => {
    expect(kindTag('something_new')).toBeNull();
  });
});

describe('bellLabel', () => {
  it('names the unread count', () => {
    expect(bellLabel(0)).toBe('Thông báo (0 chưa đọc)');
    expect(bellLabel(12)).toBe('Thông báo (12 chưa đọc)');
  });
});

describe('notification times', () => {
  const now = new Date('2024-11-04T03:00:00Z'); // 10:00 in Hà Nội
  it('says how long ago within a day', () => {
    expect(notificationTime('2024-11-04T02:59:30Z', now)).toBe('Vừa xong');
    expect(notificationTime('2024-11-04T02:55:00Z', now)).toBe('5 phút trước');
    expect(notificationTime('2024-11-04T02:00:01Z', now)).toBe('59 phút trước');
    expect(notificationTime('2024-11-04T02:00:00Z', now)).toBe('1 giờ trước');
    expect(notificationTime('2024-11-03T03:00:01Z', now)).toBe('23 giờ trước');
  });
  it('gives the Vietnam date and time for older ones', () => {
    expect(notificationTime('2024-11-03T03:00:00Z', now)).toBe('03/11/2024 10:00');
    // 17:30 UTC is already the next day in Vietnam.
    expect(notificationTime('2024-10-31T17:30:00Z', now)).toBe('01/11/2024 00:30');
  });
  it('tolerates a small clock skew, not a time far ahead', () => {
    expect(notificationTime('2024-11-04T03:00:30Z', now)).toBe('Vừa xong');
    expect(notificationTime('2024-11-04T05:00:00Z', now)).toBe('04/11/2024 12:00');
  });
  it('leaves bad text alone', () => {
    expect(notificationTime('không rõ', now)).toBe('không rõ');
    expect(notificationDateTime('')).toBe('');
    expect(notificationDateTime(null)).toBe('');
    expect(notificationDateTime('2025-12-31T01:30:00Z')).toBe('31/12/2025 08:30');
  });
});

describe('markReadLocally', () => {
  const note = (id: string, readAt: string | null = null): AppNotification => ({
    id,
    kind: 'deadline_overdue',
    title: `Quá hạn: ${id}`,
    body: '',
    link: null,
    readAt,
    createdAt: '2024-11-04T01:00:00Z',
  });
  const data: NotificationsResponse = {
    items: [note('a'), note('b'), note('c', '2024-11-03T00:00:00Z')],
    unread: 5, // more unread than the page holds
  };
  const NOW = '2024-11-04T03:00:00.000Z';

  it('marks the chosen ones and lowers the count by those that were unread', () => {
    const r = markReadLocally(data, { ids: ['a', 'c', 'x'] }, NOW);
    expect(r.items.map((n) => n.readAt)).toEqual([NOW, null, '2024-11-03T00:00:00Z']);
    expect(r.unread).toBe(4);
  });
  it('marks everything and zeroes the count for "all"', () => {
    const r = markReadLocally(data, { all: true }, NOW);
    expect(r.items.every((n) => n.readAt !== null)).toBe(true);
    expect(r.items[2]?.readAt).toBe('2024-11-03T00:00:00Z');
    expect(r.unread).toBe(0);
  });
  it('never goes below zero and leaves the input unchanged', () => {
    expect(markReadLocally({ ...data, unread: 0 }, { ids: ['a', 'b'] }, NOW).unread).toBe(0);
    expect(data.items[0]?.readAt).toBeNull();
    expect(data.unread).toBe(5);
  });
});

describe('appLink', () => {
  it('follows paths inside the app only', () => {
    expect(appLink('/ky-danh-gia/1/tien-do')).toBe('/ky-danh-gia/1/tien-do');
    expect(appLink(null)).toBeNull();
    expect(appLink('')).toBeNull();
    expect(appLink('https://example.com/')).toBeNull();
    expect(appLink('//example.com/x')).toBeNull();
    expect(appLink('/\\example.com')).toBeNull();
    expect(appLink('javascript:alert(1)')).toBeNull();
  });
});

describe('sweepMessage', () => {
  const zero = { reminders: 0, notifications: 0, emails: 0, sent: 0, failed: 0 };
  it('counts what went out', () => {
    expect(sweepMessage({ ...zero, reminders: 12, notifications: 12 })).toEqual({
      type: 'success',
      text: 'Đã gửi 12 nhắc hạn (12 thông báo, 0 thư điện tử).',
    });
  });
  it('says nothing new was due when all are zero', () => {
    expect(sweepMessage(zero)).toEqual({ type: 'info', text: NO_NEW_REMINDERS });
    expect(NO_NEW_REMINDERS).toBe('Không có nhắc hạn mới: các việc sắp đến hạn và quá hạn đã được nhắc.');
  });
  it('warns about e-mails that could not be sent', () => {
    const r = sweepMessage({ ...zero, reminders: 2, notifications: 3, emails: 3, sent: 1, failed: 2 });
    expect(r.type).toBe('warning');
    expect(r.text).toBe(
      'Đã gửi 2 nhắc hạn (3 thông báo, 3 thư điện tử). 2 thư điện tử chưa gửi được; hệ thống sẽ tự gửi lại sau.',
    );
  });
});

describe('markedAllMessage', () => {
  it('counts the ones marked', () => {
    expect(markedAllMessage(3)).toBe('Đã đánh dấu 3 thông báo là đã đọc.');
    expect(markedAllMessage(0)).toBe('Không còn thông báo nào chưa đọc.');
  });
});

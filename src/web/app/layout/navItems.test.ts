import { describe, expect, it } from 'vitest';
import { selectedNavPath } from './navItems.js';

describe('selectedNavPath', () => {
  it.each([
    ['/', '/'],
    ['/ky-danh-gia', '/ky-danh-gia'],
    ['/ky-danh-gia/3f0c', '/ky-danh-gia'],
    ['/nhan-su', '/nhan-su'],
    ['/nhan-su/nhap', '/nhan-su/nhap'],
    ['/nhan-su/3f0c', '/nhan-su'],
    ['/van-ban', '/van-ban'],
    ['/nhat-ky', '/nhat-ky'],
    ['/tai-khoan', ''],
    ['/quan-tri/tai-khoan', '/quan-tri/tai-khoan'],
    ['/quan-tri/co-quan', '/quan-tri/co-quan'],
  ])('%s → %s', (path, key) => {
    expect(selectedNavPath(path)).toBe(key);
  });
});

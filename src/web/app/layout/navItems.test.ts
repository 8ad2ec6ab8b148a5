import { describe, expect, it } from 'vitest';
import type { Permission, Role } from '../../../domain/roles.js';
import { NAV_ITEMS, navItemVisible, selectedNavPath } from './navItems.js';

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
    ['/cuoc-hop', '/cuoc-hop'],
    ['/cuoc-hop/moi', '/cuoc-hop'],
    ['/cuoc-hop/3f0c/thanh-vien', '/cuoc-hop'],
  ])('%s → %s', (path, key) => {
    expect(selectedNavPath(path)).toBe(key);
  });
});

describe('navItemVisible', () => {
  const reviews = NAV_ITEMS.find((i) => i.path === '/ban-kiem-diem');
  const rules = NAV_ITEMS.find((i) => i.path === '/kiem-tra-xep-loai');

  it('shows the reviews overview to the secretary, leadership and unit heads, not to staff', () => {
    if (!reviews) throw new Error('no /ban-kiem-diem item');
    const user = (roles: Role[]) => ({ roles, permissions: ['cycles.view'] as Permission[] });
    expect(navItemVisible(reviews, user(['staff', 'secretary']))).toBe(true);
    expect(navItemVisible(reviews, user(['staff', 'leadership']))).toBe(true);
    expect(navItemVisible(reviews, user(['staff', 'unit_head']))).toBe(true);
    expect(navItemVisible(reviews, user(['staff']))).toBe(false);
    expect(navItemVisible(reviews, { roles: ['secretary'], permissions: [] })).toBe(false);
  });

  it('shows the meetings to every signed-in user', () => {
    const meetings = NAV_ITEMS.find((i) => i.path === '/cuoc-hop');
    if (!meetings) throw new Error('no /cuoc-hop item');
    expect(meetings.label).toBe('Cuộc họp');
    expect(navItemVisible(meetings, { roles: ['staff'], permissions: [] })).toBe(true);
  });

  it('shows the rules check to everyone', () => {
    if (!rules) throw new Error('no /kiem-tra-xep-loai item');
    expect(navItemVisible(rules, { roles: ['staff'], permissions: [] })).toBe(true);
  });
});

/**
 * Who is invited besides the unit (plan II.2: "mời lãnh đạo Văn phòng phụ trách và Trưởng phòng Hành
 * chính - Quản trị"): the HCQT head by default, the Office leaders as one-click suggestions (the
 * system does not know which leader supervises which unit). Pure.
 */
import { foldVietnamese } from '../../../../domain/text.js';

export interface GuestOption {
  id: string;
  fullName: string;
  positionTitle: string;
  unitName: string;
}

export const MAX_GUESTS = 20;

/** The HCQT unit: by its code, else by its name ("Phòng Hành chính - Quản trị"). */
export function findHcqtUnit<U extends { code: string; name: string }>(units: readonly U[]): U | undefined {
  return (
    units.find((u) => u.code.toUpperCase() === 'HCQT') ??
    units.find((u) => {
      const n = foldVietnamese(u.name).toLowerCase();
      return n.includes('hanh chinh') && n.includes('quan tri');
    })
  );
}

/** The default guests: the given people who are not members of the unit meeting, without duplicates. */
export function defaultGuests(
  candidates: readonly GuestOption[],
  memberIds: ReadonlySet<string>,
): GuestOption[] {
  const seen = new Set<string>();
  return candidates.filter((c) => {
    if (memberIds.has(c.id) || seen.has(c.id)) return false;
    seen.add(c.id);
    return true;
  });
}

/** Suggestions not yet invited and not members of the unit. */
export function openSuggestions(
  suggestions: readonly GuestOption[],
  guests: readonly GuestOption[],
  memberIds: ReadonlySet<string>,
): GuestOption[] {
  const invited = new Set(guests.map((g) => g.id));
  return suggestions.filter((s) => !invited.has(s.id) && !memberIds.has(s.id));
}

export function addGuest(guests: readonly GuestOption[], g: GuestOption): GuestOption[] {
  return guests.some((x) => x.id === g.id) || guests.length >= MAX_GUESTS ? [...guests] : [...guests, g];
}

export const removeGuest = (guests: readonly GuestOption[], id: string): GuestOption[] =>
  guests.filter((g) => g.id !== id);

/**
 * Vietnamese personal names: official list order sorts by given name (the last word),
 * then by family + middle name, using the Vietnamese alphabet (a ă â b c d đ e ê …).
 * Pure; runs in Node and in the browser.
 */
import { normalizeText } from './text.js';

const collator = new Intl.Collator('vi');

interface NameKey {
  full: string;
  given: string;
  rest: string;
}

function splitName(fullName: string): NameKey {
  const full = normalizeText(fullName);
  const cut = full.lastIndexOf(' ');
  return cut < 0
    ? { full, given: full, rest: '' }
    : { full, given: full.slice(cut + 1), rest: full.slice(0, cut) };
}

function compareKeys(a: NameKey, b: NameKey): number {
  return (
    collator.compare(a.given, b.given) ||
    collator.compare(a.rest, b.rest) ||
    collator.compare(a.full, b.full) ||
    // Last resort so that only identical (normalised) names compare equal.
    (a.full < b.full ? -1 : a.full > b.full ? 1 : 0)
  );
}

/** The given name (tên): the last word of the full name; '' for an empty name. */
export function givenName(fullName: string): string {
  return splitName(fullName).given;
}

/** Comparator for official Vietnamese list order (given name, then family + middle name, then full name). */
export function compareVietnameseNames(a: string, b: string): number {
  return compareKeys(splitName(a), splitName(b));
}

/** A new array sorted in official Vietnamese list order; stable for equal names. */
export function sortByVietnameseName<T>(items: readonly T[], key: (t: T) => string): T[] {
  return items
    .map((item) => ({ item, name: splitName(key(item)) }))
    .sort((x, y) => compareKeys(x.name, y.name))
    .map((x) => x.item);
}

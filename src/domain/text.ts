/**
 * Text clean-up and Vietnamese diacritic-insensitive matching.
 * Pure; runs in Node and in the browser.
 */

/**
 * Invisible format characters that sneak in through copy-paste and spreadsheets:
 * soft hyphen, zero-width space/non-joiner/joiner, LRM/RLM, word joiner, BOM.
 */
const INVISIBLE = /[\u00AD\u200B-\u200F\u2060\uFEFF]/g;
/** `\s` covers space, tab, CR/LF, NBSP, the U+2000 block, U+3000 and friends. */
const WHITESPACE_RUN = /\s+/g;
const COMBINING_MARKS = /\p{M}/gu;

/**
 * Canonical form for any user-entered text: invisible characters removed, NFC,
 * whitespace runs collapsed to one space, trimmed.
 * Invisibles are removed before NFC so that a stray zero-width char between a letter
 * and its combining accent cannot block composition.
 */
export function normalizeText(s: string): string {
  return s.replace(INVISIBLE, '').normalize('NFC').replace(WHITESPACE_RUN, ' ').trim();
}

/**
 * Search key: lower-case, without diacritics, đ → d. "Nguyễn Văn Hùng" → "nguyen van hung".
 * NFC and NFD input give the same result.
 */
export function foldVietnamese(s: string): string {
  const stripped = normalizeText(s)
    .toLowerCase()
    .normalize('NFD')
    .replace(COMBINING_MARKS, '')
    .replace(/đ/g, 'd');
  // Removing a lone combining mark can leave two spaces side by side; re-normalise.
  return normalizeText(stripped);
}

/** True when every whitespace-separated token of `query` occurs in `haystack`, ignoring case and diacritics. */
export function matchesSearch(haystack: string, query: string): boolean {
  const tokens = foldVietnamese(query)
    .split(' ')
    .filter((t) => t !== '');
  if (tokens.length === 0) return true;
  const folded = foldVietnamese(haystack);
  return tokens.every((t) => folded.includes(t));
}

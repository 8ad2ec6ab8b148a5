/** A LIKE/ILIKE pattern that finds `text` anywhere, with the user's % _ and \\ taken literally. */
export function likePattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

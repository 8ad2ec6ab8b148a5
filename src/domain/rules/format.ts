/** Numbers in reasons, written the Vietnamese way ("," decimals, "." thousands). Pure. */

export function fmtNumber(n: number, maxDecimals = 2): string {
  const rounded = Number(n.toFixed(maxDecimals));
  const [int = '0', dec] = String(Math.abs(rounded)).split('.');
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return `${rounded < 0 ? '-' : ''}${grouped}${dec ? `,${dec}` : ''}`;
}

/** "4/10 (40%)"; "0/0" when there is nothing to count. */
export function fmtShare(part: number, total: number): string {
  if (total === 0) return '0/0';
  return `${part}/${total} (${fmtNumber((part * 100) / total, 1)}%)`;
}

/** part/total ≥ pct%, in exact arithmetic for integer counts. */
export function shareAtLeast(part: number, total: number, pct: number): boolean {
  return part * 100 >= pct * total;
}

/** part/total > pct%. */
export function shareAbove(part: number, total: number, pct: number): boolean {
  return part * 100 > pct * total;
}

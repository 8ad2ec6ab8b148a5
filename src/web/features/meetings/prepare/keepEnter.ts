import type { KeyboardEvent } from 'react';

/** Enter in a date or time field confirms what was typed; it must not submit the form as well. */
export function keepEnter(e: KeyboardEvent): void {
  if (e.key === 'Enter') e.preventDefault();
}

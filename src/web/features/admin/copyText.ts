/**
 * Copies text to the clipboard. The Clipboard API needs a secure context (HTTPS or localhost);
 * an office intranet on plain HTTP gets the older execCommand route. `host` is where the helper
 * textarea goes: inside an open modal, so the modal's focus trap does not steal the selection.
 */
export async function copyText(text: string, host: HTMLElement = document.body): Promise<boolean> {
  if (typeof navigator !== 'undefined' && navigator.clipboard && window.isSecureContext) {
    try {
      await navigator.clipboard.writeText(text);
      return true;
    } catch {
      // fall through to the old way
    }
  }
  const area = document.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.style.position = 'fixed';
  area.style.opacity = '0';
  area.style.pointerEvents = 'none';
  host.appendChild(area);
  area.select();
  try {
    return document.execCommand('copy');
  } catch {
    return false;
  } finally {
    area.remove();
  }
}

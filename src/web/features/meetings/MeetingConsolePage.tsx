/** Placeholder while the page is being built in this session. */
export function MeetingConsolePage() {
  return <p>Đang xây dựng.</p>;
}

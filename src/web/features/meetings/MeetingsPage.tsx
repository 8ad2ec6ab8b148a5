/** Placeholder while the page is being built in this session. */
export function MeetingsPage() {
  return <p>Đang xây dựng.</p>;
}

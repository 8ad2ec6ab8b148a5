/** Placeholder while the page is being built in this session. */
export function MeetingProjectorPage() {
  return <p>Đang xây dựng.</p>;
}

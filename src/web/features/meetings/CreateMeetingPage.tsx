/** Placeholder while the page is being built in this session. */
export function CreateMeetingPage() {
  return <p>Đang xây dựng.</p>;
}

/** Placeholder while the page is being built in this session. */
export function MemberMeetingPage() {
  return <p>Đang xây dựng.</p>;
}

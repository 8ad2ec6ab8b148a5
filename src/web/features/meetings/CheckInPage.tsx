/** Placeholder while the page is being built in this session. */
export function CheckInPage() {
  return <p>Đang xây dựng.</p>;
}

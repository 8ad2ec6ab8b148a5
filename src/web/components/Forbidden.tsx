import { Result } from 'antd';
import { NavButton } from './NavButton.js';

/** The 403 page for a route the user may not open. */
export function Forbidden() {
  return (
    <Result
      status="403"
      title="403"
      subTitle="Bạn không có quyền truy cập trang này."
      extra={
        <NavButton to="/" type="primary">
          Về trang chủ
        </NavButton>
      }
    />
  );
}

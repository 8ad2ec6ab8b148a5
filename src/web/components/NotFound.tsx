import { Result } from 'antd';
import { NavButton } from './NavButton.js';

export function NotFound() {
  return (
    <Result
      status="404"
      title="404"
      subTitle="Không tìm thấy trang bạn yêu cầu."
      extra={
        <NavButton to="/" type="primary">
          Về trang chủ
        </NavButton>
      }
    />
  );
}

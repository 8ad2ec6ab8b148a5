/** On the member's phone: the way to the secret ballot while it is open, to its result once closed. */
import { BarChartOutlined, SendOutlined } from '@ant-design/icons';
import { Alert, Typography } from 'antd';
import { NavButton } from '../../../components/NavButton.js';
import { votePath } from '../../ballots/format.js';
import type { MeetingView } from '../types.js';

export function BallotAction({ ballot: b }: { ballot: NonNullable<MeetingView['ballot']> }) {
  if (b.state === 'open') {
    return (
      <Alert
        type="info"
        data-testid="ballot-open"
        title={
          <Typography.Text strong style={{ fontSize: 16 }}>
            Đang bỏ phiếu kín: {b.title}
          </Typography.Text>
        }
        description={
          <NavButton
            to={votePath(b.id)}
            type="primary"
            size="large"
            block
            icon={<SendOutlined />}
            style={{ marginTop: 8, height: 52, fontSize: 18 }}
          >
            Bỏ phiếu
          </NavButton>
        }
      />
    );
  }
  if (b.state === 'closed') {
    return (
      <NavButton
        to={votePath(b.id)}
        size="large"
        block
        icon={<BarChartOutlined />}
        data-testid="ballot-result-link"
      >
        Xem kết quả bỏ phiếu
      </NavButton>
    );
  }
  return <Alert type="info" showIcon title="Đang chuẩn bị bỏ phiếu kín; chờ chủ tọa mở bỏ phiếu." />;
}

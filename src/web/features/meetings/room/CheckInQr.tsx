/** The room's QR code for checking in: only for those who run the meeting (the view then carries the code). */
import { Flex, QRCode, Typography } from 'antd';
import { checkInUrl } from '../api.js';

export function CheckInQr({
  meetingId,
  code,
  size = 300,
}: {
  meetingId: string;
  code: string;
  size?: number;
}) {
  const url = `${window.location.origin}${checkInUrl(meetingId, code)}`;
  return (
    <Flex vertical align="center" gap={12} data-testid="check-in-qr">
      <QRCode value={url} size={size} aria-label="Mã QR điểm danh" />
      <Typography.Text strong style={{ fontSize: 28 }}>
        Quét mã để điểm danh
      </Typography.Text>
      <Typography.Text style={{ fontSize: 20, maxWidth: size + 80, textAlign: 'center' }}>
        Mở camera hoặc ứng dụng quét mã QR trên điện thoại, đăng nhập nếu được hỏi.
      </Typography.Text>
    </Flex>
  );
}

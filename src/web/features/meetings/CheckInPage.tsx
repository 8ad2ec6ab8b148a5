/**
 * /cuoc-hop/:id/diem-danh?ma=CODE — what the phone opens after scanning the QR code in the meeting
 * room: checks the member in once, says so and goes on to the member's page of the meeting; or shows
 * why not (wrong code, not on the roster, meeting ended) in the server's words.
 */
import { LoadingOutlined, ReloadOutlined } from '@ant-design/icons';
import { Button, Flex, Result, Spin, Typography } from 'antd';
import { useEffect, useRef } from 'react';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import { isApiError } from '../../app/api.js';
import { NavButton } from '../../components/NavButton.js';
import { useCheckIn, useMeeting } from './api.js';
import { CHECKED_IN_REDIRECT_MS, memberPath } from './room/format.js';

/** Trying again helps only when the request did not get through (network, server trouble). */
const mayRetry = (e: unknown) => !isApiError(e) || e.status === 0 || e.status >= 500;

export function CheckInPage() {
  const { id = '' } = useParams();
  const [search] = useSearchParams();
  const code = search.get('ma')?.trim() ?? '';
  const checkIn = useCheckIn(id);
  const navigate = useNavigate();
  // The place, for the success line (a failed load only leaves the place out).
  const meeting = useMeeting(id);
  const sent = useRef<string | null>(null);

  // Post once per code, also under StrictMode's double effects.
  useEffect(() => {
    if (!code || sent.current === code) return;
    sent.current = code;
    checkIn.mutate(code);
  }, [code, checkIn.mutate]);

  const done = checkIn.isSuccess;
  useEffect(() => {
    if (!done) return;
    const timer = window.setTimeout(
      () => void navigate(memberPath(id), { replace: true }),
      CHECKED_IN_REDIRECT_MS,
    );
    return () => window.clearTimeout(timer);
  }, [done, id, navigate]);

  const toMeeting = (
    <NavButton key="meeting" to={memberPath(id)} type={done ? 'primary' : 'default'} size="large">
      Vào trang cuộc họp
    </NavButton>
  );

  if (!code) {
    return (
      <Result
        status="warning"
        title="Thiếu mã điểm danh"
        subTitle="Đường dẫn không có mã điểm danh; hãy quét lại mã QR trong phòng họp."
        extra={[toMeeting]}
      />
    );
  }
  if (done) {
    const place = meeting.data?.place;
    return (
      <Result
        status="success"
        data-testid="check-in-result"
        data-result="success"
        title={place ? `Đã điểm danh: có mặt tại ${place}` : 'Đã điểm danh: có mặt'}
        subTitle={
          <Flex vertical gap={4}>
            {meeting.data ? <span>{meeting.data.title}</span> : null}
            <span>Đang chuyển sang trang cuộc họp…</span>
          </Flex>
        }
        extra={[toMeeting]}
      />
    );
  }
  if (checkIn.error) {
    return (
      <Result
        status="error"
        data-testid="check-in-result"
        data-result="error"
        title="Chưa điểm danh được"
        subTitle={
          <Typography.Text type="danger" style={{ fontSize: 16 }} data-testid="check-in-error">
            {checkIn.error.message}
          </Typography.Text>
        }
        extra={[
          ...(mayRetry(checkIn.error)
            ? [
                <Button
                  key="retry"
                  icon={<ReloadOutlined />}
                  size="large"
                  onClick={() => checkIn.mutate(code)}
                >
                  Thử lại
                </Button>,
              ]
            : []),
          toMeeting,
        ]}
      />
    );
  }
  return (
    <Flex vertical align="center" gap={16} style={{ padding: '48px 16px', textAlign: 'center' }}>
      <Spin indicator={<LoadingOutlined style={{ fontSize: 40 }} spin />} />
      <Typography.Title level={1} style={{ fontSize: 20, margin: 0 }}>
        Đang điểm danh…
      </Typography.Title>
    </Flex>
  );
}

/** /tu-kiem-diem: the reviews the user writes in the running cycle (their own; a head's unit report). */
import { Card, Empty, Typography } from 'antd';
import { formatVnDate } from '../../../domain/dates.js';
import { LoadingBlock } from '../../components/LoadingBlock.js';
import { PageHeader } from '../../components/PageHeader.js';
import { QueryError } from '../../components/QueryError.js';
import { useMyReviews, useServerToday } from './api.js';
import { MyReviewsList } from './MyReviewsList.js';

export function MyReviewsPage() {
  const reviews = useMyReviews();
  const today = useServerToday();
  const data = reviews.data;
  return (
    <>
      <PageHeader
        title="Tự kiểm điểm"
        subtitle={
          data?.cycle
            ? `${data.cycle.title}${data.deadline ? ` · Hạn nộp: ${formatVnDate(data.deadline)}` : ''}`
            : undefined
        }
      />
      {reviews.error ? (
        <QueryError error={reviews.error} onRetry={() => reviews.refetch()} />
      ) : !data ? (
        <LoadingBlock />
      ) : !data.cycle ? (
        <Card>
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="Chưa có kỳ đánh giá nào đang diễn ra." />
        </Card>
      ) : data.items.length === 0 ? (
        <Card>
          <Empty
            image={Empty.PRESENTED_IMAGE_SIMPLE}
            description="Bạn không có bản kiểm điểm nào phải viết trong kỳ này."
          />
        </Card>
      ) : (
        <Card data-testid="my-reviews-page">
          <Typography.Paragraph type="secondary">
            Viết bản tự kiểm điểm theo đúng biểu mẫu được giao; bản nháp tự lưu. Nộp trước hạn; sau cuộc họp
            kiểm điểm, tiếp thu kết luận rồi bấm “Hoàn tất”.
          </Typography.Paragraph>
          <MyReviewsList items={data.items} deadline={data.deadline ?? null} today={today} />
        </Card>
      )}
    </>
  );
}

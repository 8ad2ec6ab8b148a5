/** "Bản tự kiểm điểm của tôi" on the home page: the reviews to write in the running cycle. */
import { Card } from 'antd';
import { Link } from 'react-router';
import { QueryError } from '../../components/QueryError.js';
import { useMyReviews, useServerToday } from './api.js';
import { MyReviewsList } from './MyReviewsList.js';

export function MyReviewsCard() {
  const reviews = useMyReviews();
  const today = useServerToday();
  const data = reviews.data;
  if (reviews.error) {
    return (
      <Card title="Bản tự kiểm điểm của tôi">
        <QueryError error={reviews.error} onRetry={() => reviews.refetch()} />
      </Card>
    );
  }
  // Nothing to write (no running cycle, or an account without a person): no card.
  if (!data?.cycle || data.items.length === 0) return null;
  return (
    <Card
      title="Bản tự kiểm điểm của tôi"
      data-testid="my-reviews"
      extra={<Link to="/tu-kiem-diem">{data.cycle.title}</Link>}
    >
      <MyReviewsList items={data.items} deadline={data.deadline ?? null} today={today} />
    </Card>
  );
}

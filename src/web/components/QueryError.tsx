/** Inline report of a failed load: 403 becomes the forbidden page, anything else an Alert with "Thử lại". */
import { Alert, Button } from 'antd';
import { isApiError } from '../app/api.js';
import { Forbidden } from './Forbidden.js';

export function QueryError({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  if (isApiError(error) && error.status === 403) return <Forbidden />;
  const message = error instanceof Error ? error.message : 'Không tải được dữ liệu.';
  return (
    <Alert
      type="error"
      showIcon
      title="Không tải được dữ liệu"
      description={message}
      action={onRetry ? <Button onClick={onRetry}>Thử lại</Button> : undefined}
    />
  );
}

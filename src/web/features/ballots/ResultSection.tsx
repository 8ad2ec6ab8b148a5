/**
 * The result of a closed ballot: per candidate agree / disagree / blank / percentage / passed, the base
 * and the threshold, what does not add up, and the published list with the receipt check.
 */
import { Card, Flex, Typography } from 'antd';
import { LoadingBlock } from '../../components/LoadingBlock.js';
import { QueryError } from '../../components/QueryError.js';
import { useBallotResult } from './api.js';
import { ballotCountsText, baseText, resultWarnings } from './format.js';
import { PublishedList, ReceiptSearch, ResultTable, ResultWarnings } from './parts.js';
import type { BallotView } from './types.js';

export function ResultSection({
  ballot,
  mine,
  poll,
}: {
  ballot: BallotView;
  mine?: string | null;
  /** Refresh every so many ms (the paper count may come in after closing). */
  poll?: number;
}) {
  const result = useBallotResult(ballot.id, ballot.state === 'closed', poll);
  if (result.error && !result.data)
    return <QueryError error={result.error} onRetry={() => result.refetch()} />;
  if (!result.data) return <LoadingBlock text="Đang tải kết quả…" />;
  const r = result.data;
  return (
    <Flex vertical gap={16} data-testid="ballot-result">
      <Card title="Kết quả bỏ phiếu">
        <Flex vertical gap={12}>
          <Typography.Text data-testid="result-base">{baseText(r.tally, ballot.threshold)}</Typography.Text>
          <Typography.Text type="secondary">{ballotCountsText(r.tally, ballot.mode)}</Typography.Text>
          <ResultTable result={r} />
          <ResultWarnings warnings={resultWarnings(r)} />
        </Flex>
      </Card>
      <Card title={`Danh sách phiếu điện tử công bố (${r.published.length})`}>
        <Flex vertical gap={12}>
          <Typography.Text type="secondary">
            Mỗi phiếu chỉ kèm mã biên nhận, không kèm người bỏ; xếp theo mã biên nhận. Ai cũng có thể đếm lại
            từ danh sách này.
          </Typography.Text>
          <ReceiptSearch published={r.published} />
          <PublishedList published={r.published} candidates={ballot.candidates} mine={mine} />
        </Flex>
      </Card>
    </Flex>
  );
}

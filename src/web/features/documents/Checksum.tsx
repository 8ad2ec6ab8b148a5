/** A SHA-256 checksum: shortened in monospace, the full value in a tooltip and in the copy button. */
import { Tooltip, Typography } from 'antd';
import { shortChecksum } from './format.js';

const MONO = 'ui-monospace, SFMono-Regular, Menlo, Consolas, "Liberation Mono", monospace';

export function Checksum({ value }: { value: string }) {
  return (
    <Typography.Text
      code
      style={{ fontFamily: MONO, whiteSpace: 'nowrap' }}
      copyable={{ text: value, tooltips: ['Sao chép mã kiểm tra', 'Đã sao chép'] }}
    >
      <Tooltip title={<span style={{ fontFamily: MONO, wordBreak: 'break-all' }}>{value}</span>}>
        <span>{shortChecksum(value)}</span>
      </Tooltip>
    </Typography.Text>
  );
}

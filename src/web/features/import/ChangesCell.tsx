/** One row's field changes in the preview: "Trường: trước → sau", one per line. */
import { Typography } from 'antd';
import { fieldLabel, formatFieldValue } from '../../components/fieldLabels.js';

export function ChangesCell({
  changes,
  unitNames,
}: {
  changes: Record<string, [unknown, unknown]>;
  unitNames: ReadonlyMap<string, string>;
}) {
  return (
    <ul style={{ margin: 0, paddingInlineStart: 18 }}>
      {Object.entries(changes).map(([key, [before, after]]) => (
        <li key={key}>
          <Typography.Text strong>{fieldLabel(key)}:</Typography.Text>{' '}
          <Typography.Text delete type="secondary">
            {formatFieldValue(key, before, unitNames)}
          </Typography.Text>{' '}
          → {formatFieldValue(key, after, unitNames)}
        </li>
      ))}
    </ul>
  );
}

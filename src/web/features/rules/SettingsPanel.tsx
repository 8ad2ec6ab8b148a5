/**
 * "Giá trị mặc định": every threshold, ratio and rounding the engine uses in the chosen regime, with
 * its source; values not yet checked against the original text are tagged orange.
 */
import { Collapse, Flex, List, Tag, Typography } from 'antd';
import type { Regime } from '../../../domain/cycle.js';
import { QueryError } from '../../components/QueryError.js';
import { formatSettingValue } from './facts.js';
import { useRuleSettings } from './useRules.js';

export function SettingsPanel({ regime }: { regime: Regime }) {
  const settings = useRuleSettings(regime);
  const items = settings.data?.settings ?? [];
  const unverified = items.filter((s) => !s.verified).length;
  return (
    <Collapse
      data-testid="settings-panel"
      items={[
        {
          key: 'settings',
          label: (
            <Flex gap={8} wrap align="center">
              <Typography.Text strong>Giá trị mặc định (giai đoạn {regime})</Typography.Text>
              {settings.data ? (
                <Typography.Text type="secondary">
                  {items.length} giá trị, {unverified} chưa kiểm chứng
                </Typography.Text>
              ) : null}
            </Flex>
          ),
          children: settings.error ? (
            <QueryError error={settings.error} onRetry={() => settings.refetch()} />
          ) : (
            <List
              size="small"
              loading={settings.isLoading}
              dataSource={items}
              renderItem={(s) => (
                <List.Item data-testid="setting-item" data-key={s.key} data-verified={s.verified}>
                  <Flex vertical gap={2} style={{ width: '100%' }}>
                    <Flex gap={8} wrap align="baseline" justify="space-between">
                      <Typography.Text>{s.label}</Typography.Text>
                      <Flex gap={6} wrap align="center">
                        <Typography.Text strong>{formatSettingValue(s.key, s.value)}</Typography.Text>
                        {s.verified ? (
                          <Tag color="green">Đã kiểm chứng</Tag>
                        ) : (
                          <Tag color="orange">Mặc định, chưa kiểm chứng</Tag>
                        )}
                      </Flex>
                    </Flex>
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      Nguồn: {s.source}
                    </Typography.Text>
                  </Flex>
                </List.Item>
              )}
            />
          ),
        },
      ]}
    />
  );
}

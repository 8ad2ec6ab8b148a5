import { Flex, Spin } from 'antd';

/** A centred spinner for a page or a section that is loading. */
export function LoadingBlock({
  fullScreen = false,
  text = 'Đang tải…',
}: {
  fullScreen?: boolean;
  text?: string;
}) {
  return (
    <Flex align="center" justify="center" style={{ minHeight: fullScreen ? '100vh' : 200 }}>
      <Spin description={text} size="large">
        <div style={{ width: 120, height: 60 }} />
      </Spin>
    </Flex>
  );
}

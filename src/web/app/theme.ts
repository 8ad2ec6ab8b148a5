/** antd theme: the default look; no animations under automation so screenshots are stable. */
import type { ThemeConfig } from 'antd';

const automated = typeof navigator !== 'undefined' && navigator.webdriver === true;

export const theme: ThemeConfig = {
  token: {
    motion: !automated,
    colorPrimary: '#1d4ed8',
    borderRadius: 6,
  },
};

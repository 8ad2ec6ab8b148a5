import { Grid } from 'antd';

/** True below antd's `lg` breakpoint (992 px): the side menu becomes a drawer. */
export function useIsNarrow(): boolean {
  const screens = Grid.useBreakpoint();
  return !screens.lg;
}

/** True below `md` (768 px): phones. */
export function useIsPhone(): boolean {
  const screens = Grid.useBreakpoint();
  return !screens.md;
}

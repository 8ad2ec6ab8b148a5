/** antd and dayjs in Vietnamese. */
import type { Locale } from 'antd/es/locale/index.js';
import viVNImport from 'antd/locale/vi_VN.js';
import dayjs from 'dayjs';
import 'dayjs/locale/vi.js';

dayjs.locale('vi');

// antd ships this locale as CommonJS with `exports.default`; depending on the interop the default
// import is the locale itself or the module object around it.
const mod = viVNImport as unknown as Locale | { default: Locale };
export const viVN: Locale = 'default' in mod ? mod.default : mod;

/** The rules engine (issue 5): classification, the HTXSNV quota, individual titles, settings. Pure. */
export { classify } from './classify.js';
export { checkQuota } from './quota.js';
export {
  type PointBand,
  type RuleSettings,
  type RuleSettingValues,
  ruleSettings,
  type Setting,
  type SettingKey,
  type SettingsOverrides,
  settingValues,
} from './settings.js';
export { checkTitles } from './titles.js';
export * from './types.js';

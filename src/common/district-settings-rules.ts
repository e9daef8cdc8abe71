import { invalid } from '../platform/errors.ts';

/** ORG-3: what a district configures instead of code, with the seeds' values as defaults. */
export interface DistrictSettingsInput {
  filingDeadlineWorkingDays: number;
  textPublicationDeadlineWorkingDays: number;
  reminderLeadWorkingDays: number;
  assistanceWorkingDays?: number;
  keySupervisionRaise?: number;
  townsAdjustLists: boolean;
  creditPlatforms: string[];
  leadUnits: Record<string, string>;
}

/** The roles of lead units the seeds name (LS §一–四, ST §一–四). */
export const leadUnitRoles = {
  justice: { zh: '司法行政（清单、规程、备案）', en: 'Justice (lists, rules, filings)' },
  credit: { zh: '信用管理', en: 'Credit management' },
  supervision: { zh: '事中事后监管', en: 'Supervision' },
  data: { zh: '数据共享与核查支撑', en: 'Data sharing for verification' },
} as const;

/** Checks the rules a form schema cannot express; the first failing field is named. */
export function checkDistrictSettings(input: DistrictSettingsInput): void {
  if (input.reminderLeadWorkingDays >= input.filingDeadlineWorkingDays) {
    throw invalid(
      'reminderLeadWorkingDays',
      '提前提醒的工作日数应小于备案期限',
      'Reminders must start fewer working days ahead than the filing deadline',
    );
  }
  const platforms = input.creditPlatforms.map((p) => p.trim());
  if (platforms.some((p) => p === '') || new Set(platforms).size !== platforms.length) {
    throw invalid(
      'creditPlatforms',
      '信用平台名称不能为空或重复',
      'Credit platform names must be non-empty and distinct',
    );
  }
  for (const role of Object.keys(input.leadUnits)) {
    if (!(role in leadUnitRoles)) {
      throw invalid(`leadUnits.${role}`, `未知的牵头职责「${role}」`, `Unknown lead-unit role "${role}"`);
    }
  }
}

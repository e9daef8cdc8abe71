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
  /** What the public site shows at its foot; absent leaves it as it is, null clears it. */
  site?: SiteIdentity | null;
}

/**
 * What a government website names at its foot (《政府网站发展指引》, 国办发〔2017〕47号): who runs it,
 * how to reach them, its registrations and the entrance of 政府网站找错. Configured per district, as
 * every district's portal belongs to its own government.
 */
export interface SiteIdentity {
  /** 主办单位, e.g. 青岛市崂山区人民政府办公室. */
  sponsor: string;
  /** 承办单位, e.g. 崂山区司法局. */
  organiser: string;
  address: string;
  phone: string;
  /** 政务服务便民热线 (12345). */
  hotline: string;
  /** 网站标识码 given by the State Council's office to every government website. */
  siteCode: string;
  /** ICP备案号 (鲁ICP备…号). */
  icpRecord: string;
  /** 公安机关备案号 (鲁公网安备…号). */
  policeRecord: string;
  /** Where visitors report an error of the site (政府网站找错). */
  errorReportUrl: string;
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
  if (input.site && !input.site.sponsor.trim()) {
    throw invalid('site.sponsor', '请填写主办单位', 'The sponsoring body (主办单位) is required');
  }
  for (const role of Object.keys(input.leadUnits)) {
    if (!(role in leadUnitRoles)) {
      throw invalid(`leadUnits.${role}`, `未知的牵头职责「${role}」`, `Unknown lead-unit role "${role}"`);
    }
  }
}

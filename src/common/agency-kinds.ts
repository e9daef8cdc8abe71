/** Kinds of agency the scheme gives duties to (LS §五13, ST §五(一)). */
export const agencyKinds = {
  'government-office': { zh: '政府办公室', en: 'Government office' },
  'justice-bureau': { zh: '司法行政机关', en: 'Justice bureau' },
  'town-justice-office': { zh: '司法所', en: 'Town judicial office' },
  'development-reform': { zh: '发展改革部门', en: 'Development and reform bureau' },
  'market-regulation': { zh: '市场监管部门', en: 'Market regulation bureau' },
  'big-data': { zh: '大数据部门', en: 'Big-data centre' },
  'handling-agency': { zh: '办理单位', en: 'Handling agency' },
  'town-government': { zh: '镇街', en: 'Town or street office' },
} as const;

export type AgencyKind = keyof typeof agencyKinds;
export const agencyKindIds = Object.keys(agencyKinds) as AgencyKind[];

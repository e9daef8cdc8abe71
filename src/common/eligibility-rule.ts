/**
 * CASE-2: the provision a case's eligibility rests on, in the scheme of the case's own district (the
 * seeds: 崂山区方案四12, 山亭区方案四(二)), never another district's. A district without a scheme here
 * rests on the State Council guidance both schemes implement.
 */
const schemes: Record<string, { zh: string; en: string }> = {
  '370212': {
    zh: '《崂山区全面推行证明事项告知承诺制实施方案》（青崂政办字〔2021〕16号）四、12',
    en: 'Laoshan District implementation scheme (Qing Lao Zheng Ban Zi [2021] No. 16), §4.12',
  },
  '370406': {
    zh: '《山亭区全面推行证明事项告知承诺制实施方案》（山政办发〔2021〕8号）四（二）',
    en: 'Shanting District implementation scheme (Shan Zheng Ban Fa [2021] No. 8), §4(2)',
  },
};

const GUIDANCE = {
  zh: '《国务院办公厅关于全面推行证明事项和涉企经营许可事项告知承诺制的指导意见》（国办发〔2020〕42号）',
  en: 'State Council General Office guidance on notification and commitment (Guo Ban Fa [2020] No. 42)',
};

/** The provision of `districtCode`'s scheme (null: no district in view, the national guidance). */
export const eligibilityProvision = (districtCode: string | null) =>
  (districtCode && schemes[districtCode]) || GUIDANCE;

/**
 * The rule as the case quotes it: the exclusion (不适用告知承诺制) only when it applies; otherwise
 * that nothing in the file excludes commitment. Each names the provision of the district's scheme.
 */
export function eligibilityRule(eligible: boolean, districtCode: string | null) {
  const provision = eligibilityProvision(districtCode);
  return eligible
    ? {
        rule: `诚信档案中没有较严重不良信用记录，也没有作出虚假承诺的记录，可以适用告知承诺制（${provision.zh}）`,
        ruleEn: `No serious bad credit record and no false commitment in the integrity file: commitment may be used (${provision.en})`,
      }
    : {
        rule: `申请人有较严重不良信用记录或者存在曾作出虚假承诺等情形的，在信用修复前不适用告知承诺制（${provision.zh}）`,
        ruleEn: `An applicant with a serious bad credit record, or who has made a false commitment, may not use commitment until credit repair (${provision.en})`,
      };
}

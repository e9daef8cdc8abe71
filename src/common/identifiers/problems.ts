/**
 * Shared by both validators so a form can show one kind of message whatever identifier it asks for.
 * Validators return a problem instead of throwing: a wrong ID number is an everyday input mistake.
 */
export type IdentifierProblem =
  | 'length'
  | 'format'
  | 'province'
  | 'region'
  | 'birth-date'
  | 'check-character';

export type IdentifierKind = 'resident-id' | 'credit-code';

/**
 * Province-level prefixes of GB/T 2260 (71 Taiwan, 81 Hong Kong, 82 Macao; 83 is used by residence
 * permits of Taiwan residents). Only the province is checked: county codes are renamed and merged
 * over the years, yet IDs issued under the old codes stay valid for life.
 */
export const PROVINCE_PREFIXES: ReadonlySet<string> = new Set([
  ...['11', '12', '13', '14', '15', '21', '22', '23'],
  ...['31', '32', '33', '34', '35', '36', '37'],
  ...['41', '42', '43', '44', '45', '46', '50', '51', '52', '53', '54'],
  ...['61', '62', '63', '64', '65', '71', '81', '82', '83'],
]);

/** Organisations registered by central authorities carry region code 100000. */
export const CENTRAL_REGION_PREFIX = '10';

const nouns: Record<IdentifierKind, { zh: string; en: string }> = {
  'resident-id': { zh: '身份证号', en: 'ID number' },
  'credit-code': { zh: '统一社会信用代码', en: 'unified social credit code' },
};

/** `kind` defaults to the resident ID, the identifier people type most often. */
export function describeIdentifierProblem(
  reason: IdentifierProblem,
  kind: IdentifierKind = 'resident-id',
): { zh: string; en: string } {
  const { zh, en } = nouns[kind];
  switch (reason) {
    case 'length':
      return { zh: `${zh}应为18位`, en: `The ${en} must have 18 characters` };
    case 'format':
      return kind === 'resident-id'
        ? {
            zh: '身份证号应为17位数字加1位数字或X',
            en: 'The ID number must be 17 digits followed by a digit or X',
          }
        : {
            zh: '统一社会信用代码含有不允许的字符（不使用I、O、Z、S、V）',
            en: 'The unified social credit code contains characters that are not allowed (I, O, Z, S and V are not used)',
          };
    case 'province':
      return { zh: `${zh}的省级行政区划代码不存在`, en: `The ${en} starts with an unknown province code` };
    case 'region':
      return { zh: `${zh}的登记机关行政区划码不正确`, en: `The region code in the ${en} is not valid` };
    case 'birth-date':
      return {
        zh: '身份证号中的出生日期不正确',
        en: 'The date of birth in the ID number is not a valid date',
      };
    case 'check-character':
      return { zh: `${zh}校验位不正确`, en: `The check character of the ${en} is wrong` };
  }
}

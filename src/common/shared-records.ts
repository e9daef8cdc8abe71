/**
 * VER-2: the record types of the province's data-sharing platform (政务数据共享交换平台) and e-license
 * library (电子证照库) that online verification queries, and the facts a commitment may assert about
 * each. The stand-in service answers records of these shapes; the comparison rules read them.
 */
export const recordTypes = {
  household: { zh: '户籍', en: 'Household registration' },
  marriage: { zh: '婚姻登记', en: 'Marriage registration' },
  education: { zh: '学历学位', en: 'Education and degrees' },
  'social-insurance': { zh: '社会保险缴费', en: 'Social insurance contributions' },
  'criminal-record': { zh: '无犯罪记录', en: 'Criminal records' },
  'business-licence': { zh: '营业执照', en: 'Business licence' },
  'real-estate': { zh: '不动产登记', en: 'Real estate registration' },
  qualification: { zh: '执业资格', en: 'Professional qualification' },
} as const;
export type RecordType = keyof typeof recordTypes;
export const recordTypeIds = Object.keys(recordTypes) as RecordType[];

/** 户籍: one person's registration; a cancelled one names why (死亡, 迁出…). */
export interface HouseholdRecord {
  name: string;
  address: string;
  /** The head of household's identifier and the person's relation to them (户主, 配偶, 子女…). */
  headIdentifier: string;
  relationToHead: string;
  status: 'active' | 'cancelled';
  cancelReason: string | null;
  cancelledOn: string | null;
}
/** 婚姻登记: the person's current marital status and the registration behind it. */
export interface MarriageRecord {
  status: '未婚' | '已婚' | '离婚' | '丧偶';
  spouseName: string | null;
  spouseIdentifier: string | null;
  registeredOn: string | null;
}
/** 学历学位: one degree or diploma (学信网 style). */
export interface EducationRecord {
  school: string;
  major: string;
  level: '中专' | '大专' | '本科' | '硕士研究生' | '博士研究生';
  graduationYear: number;
  certificateNo: string;
}
/** 社会保险缴费: contributions by month, with the paying unit. */
export interface SocialInsuranceRecord {
  employer: string;
  /** First month of the spell, `YYYY-MM`, and the last paid month (inclusive). */
  from: string;
  to: string;
}
/** 无犯罪记录: criminal records held; an empty list is a clean record. */
export interface CriminalRecord {
  offence: string;
  judgedOn: string;
  court: string;
}
/** 营业执照: a market entity's licence. */
export interface BusinessLicenceRecord {
  name: string;
  creditCode: string;
  legalRepresentative: string;
  address: string;
  scope: string;
  status: '存续' | '注销' | '吊销';
}
/** 不动产登记: one property right. */
export interface RealEstateRecord {
  certificateNo: string;
  location: string;
  owner: string;
  use: string;
}
/** 执业资格: one professional qualification certificate. */
export interface QualificationRecord {
  qualification: string;
  certificateNo: string;
  validUntil: string | null;
}

export interface RecordsByType {
  household: HouseholdRecord;
  marriage: MarriageRecord;
  education: EducationRecord;
  'social-insurance': SocialInsuranceRecord;
  'criminal-record': CriminalRecord;
  'business-licence': BusinessLicenceRecord;
  'real-estate': RealEstateRecord;
  qualification: QualificationRecord;
}

/** What the service answers for one subject and record type (the signed part of its answer). */
export interface SharedRecordsAnswer<T extends RecordType = RecordType> {
  requestId: string;
  answeredAt: string;
  recordType: T;
  subject: { identifier: string; name: string | null };
  /** False when the service holds nothing of this type for the subject (not the same as "none"). */
  found: boolean;
  records: RecordsByType[T][];
  /** Which register answered (e.g. 省公安厅人口信息库), shown with the evidence. */
  source: string;
}

export type FactType = 'text' | 'integer' | 'year' | 'date' | 'choice' | 'identifier';

/** One fact a commitment may assert about a record type: the applicant fills it when committing. */
export interface FactDefinition {
  key: string;
  label: string;
  labelEn: string;
  type: FactType;
  choices?: string[];
}

/**
 * The facts each record type can carry. A fact of type `identifier` names whose record is asked for
 * (a deceased relative, a spouse); without one the applicant's own record is.
 */
export const factsByRecordType: Record<RecordType, readonly FactDefinition[]> = {
  household: [
    {
      key: 'subjectIdentifier',
      label: '相关人员身份证号',
      labelEn: 'ID number of the person concerned',
      type: 'identifier',
    },
    { key: 'subjectName', label: '相关人员姓名', labelEn: 'Name of the person concerned', type: 'text' },
    {
      key: 'relation',
      label: '与申请人关系',
      labelEn: 'Relation to the applicant',
      type: 'choice',
      choices: ['本人', '配偶', '父母', '子女', '兄弟姐妹', '其他'],
    },
    { key: 'address', label: '户籍地址', labelEn: 'Registered address', type: 'text' },
    { key: 'deceasedOn', label: '死亡日期', labelEn: 'Date of death', type: 'date' },
  ],
  marriage: [
    {
      key: 'status',
      label: '婚姻状况',
      labelEn: 'Marital status',
      type: 'choice',
      choices: ['未婚', '已婚', '离婚', '丧偶'],
    },
    { key: 'spouseName', label: '配偶姓名', labelEn: 'Spouse’s name', type: 'text' },
  ],
  education: [
    { key: 'school', label: '毕业院校', labelEn: 'School', type: 'text' },
    { key: 'major', label: '专业', labelEn: 'Major', type: 'text' },
    { key: 'graduationYear', label: '毕业年份', labelEn: 'Year of graduation', type: 'year' },
    {
      key: 'level',
      label: '学历层次',
      labelEn: 'Level',
      type: 'choice',
      choices: ['中专', '大专', '本科', '硕士研究生', '博士研究生'],
    },
  ],
  'social-insurance': [
    { key: 'employer', label: '参保单位', labelEn: 'Insured through', type: 'text' },
    { key: 'consecutiveMonths', label: '连续缴费月数', labelEn: 'Consecutive months paid', type: 'integer' },
  ],
  'criminal-record': [],
  'business-licence': [
    { key: 'name', label: '名称', labelEn: 'Name', type: 'text' },
    {
      key: 'creditCode',
      label: '统一社会信用代码',
      labelEn: 'Unified social credit code',
      type: 'identifier',
    },
    { key: 'address', label: '住所（经营场所）', labelEn: 'Registered address', type: 'text' },
  ],
  'real-estate': [
    { key: 'certificateNo', label: '不动产权证书号', labelEn: 'Title certificate number', type: 'text' },
    { key: 'location', label: '坐落', labelEn: 'Location', type: 'text' },
  ],
  qualification: [
    { key: 'qualification', label: '资格名称', labelEn: 'Qualification', type: 'text' },
    { key: 'certificateNo', label: '证书编号', labelEn: 'Certificate number', type: 'text' },
  ],
};

/** A fact the certification matter asks for: one of its record type's, with the matter's own bounds. */
export interface MatterFact {
  key: string;
  required: boolean;
  /** For integers: the least value the matter accepts (社会保险 连续缴费月数 ≥ 12). */
  min?: number;
}

/** VER-2: what a certification matter's commitment asserts, and where online verification looks. */
export interface MatterFacts {
  recordType: RecordType;
  facts: MatterFact[];
}

/** The values an applicant committed to, by fact key (integers and years as numbers). */
export type CommittedFacts = Record<string, string | number>;

export const factDefinition = (recordType: RecordType, key: string) =>
  factsByRecordType[recordType].find((f) => f.key === key);

/**
 * For commitments signed before their matter declared facts: the record type that shows what the
 * proof proves, by the proof's name (null: nothing to query online; the verifier picks a method).
 */
export function recordTypeForProof(proofName: string): RecordType | null {
  const byWord: [RegExp, RecordType][] = [
    [/营业执照|个体工商户/, 'business-licence'],
    [/学历|学位|毕业/, 'education'],
    [/社会保险|社保|参保/, 'social-insurance'],
    [/犯罪/, 'criminal-record'],
    [/婚姻|婚育/, 'marriage'],
    [/不动产|房屋|房产|经营场所|住所/, 'real-estate'],
    [/资格|执业|职称/, 'qualification'],
    [/户籍|户口|死亡|亲属|居住/, 'household'],
  ];
  return byWord.find(([word]) => word.test(proofName))?.[1] ?? null;
}

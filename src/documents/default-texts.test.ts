// DOC-2 / DOC-4: the district defaults made from a list item — the written notice and commitment, with
// every required element stated, and the service guide of an administrative matter. (Every item of the
// demo lists is checked through the API in format-texts.api.test.ts.)
import { describe, expect, it } from 'vitest';
import { expectDefaultCommitment, expectDefaultNotice, section } from '../../tests/support/documents.ts';
import type { ListItem, VerificationClass } from '../common/list-item.ts';
import { missingGuideParts } from '../common/service-guide.ts';
import { missingElements } from '../common/text-elements.ts';
import { defaultCommitment, defaultGuide, defaultNotice } from './default-texts.ts';

const item = (over: Partial<ListItem> = {}): ListItem => ({
  key: '00000000-0000-4000-8000-000000000001',
  name: '婚姻状况证明',
  proves: '申请人的婚姻状况',
  field: '户籍管理',
  administrativeMatter: '最低生活保障审批',
  administrativeMatterKind: '行政给付',
  handlingAgency: '崂山区民政局',
  issuingBody: '民政部门婚姻登记机关',
  legalBasis: '《社会救助暂行办法》（国务院令第649号）',
  verification: 'online',
  assistingAgency: null,
  timeLimitWorkingDays: 5,
  standard: '申请人婚姻状况与婚姻登记信息一致',
  method: '通过婚姻登记信息系统核查',
  disclosure: false,
  remarks: '',
  ...over,
});
const laoshan = {
  districtName: '崂山区',
  creditPlatforms: ['公共信用信息平台', '国家企业信用信息公示系统（山东）'],
};

const byClass: Record<VerificationClass, ListItem> = {
  online: item(),
  'on-site': item({ verification: 'on-site', method: '到申请人住所实地查看', timeLimitWorkingDays: 10 }),
  assistance: item({
    verification: 'assistance',
    assistingAgency: '青岛市公安局崂山分局',
    method: '提请公安机关核查户籍信息',
    timeLimitWorkingDays: 7,
  }),
  exempt: item({ verification: 'exempt', timeLimitWorkingDays: 0, method: '' }),
};

describe('DOC-2 the default written notice of an item', () => {
  for (const [verification, listItem] of Object.entries(byClass)) {
    it(`states every element for an item verified ${verification}, none missing`, () => {
      const notice = defaultNotice(listItem, laoshan);
      expect(missingElements('notice', notice)).toEqual([]);
      expectDefaultNotice(notice, listItem, laoshan);
    });
  }

  it('DOC-1: is given under the district’s work rule in force, named by its title', () => {
    const under = defaultNotice(item(), {
      ...laoshan,
      workRuleTitle: '崂山区证明事项告知承诺制通用性工作规程',
    });
    expect(under.sections[0]!.body).toContain(
      '根据《崂山区证明事项告知承诺制通用性工作规程》，现将有关事项告知如下',
    );
    expect(defaultNotice(item(), laoshan).sections[0]!.body).toContain(
      '根据崂山区证明事项告知承诺制的有关规定',
    );
  });

  it('states how, when and by whom each verification class verifies', () => {
    const verification = (i: ListItem) => section(defaultNotice(i, laoshan), 'verification');
    expect(verification(byClass.online)).toBe(
      '由崂山区民政局自作出行政决定之日起 5 个工作日内，通过婚姻登记信息系统核查进行线上核查。',
    );
    expect(verification(byClass['on-site'])).toBe(
      '由崂山区民政局自作出行政决定之日起 10 个工作日内进行现场核查：到申请人住所实地查看。',
    );
    expect(verification(byClass.assistance)).toBe(
      '由崂山区民政局自作出行政决定之日起 7 个工作日内以行政协助方式提请青岛市公安局崂山分局协助核查：提请公安机关核查户籍信息。',
    );
    expect(verification(byClass.exempt)).toBe(
      '本事项免于核查，由崂山区民政局通过事中事后监管和信用监管加强监督。',
    );
    // an online item without a method names the usual channels
    expect(verification(item({ method: '' }))).toContain('通过政务数据共享平台或电子证照库进行线上核查');
  });

  it('states the five consequences and names the district’s credit platforms (or a generic one)', () => {
    const consequences = section(defaultNotice(item(), laoshan), 'consequences');
    expect(consequences).toBe(
      '经核查发现承诺不实或者作出虚假承诺的，行政机关将责令限期整改；逾期不整改或者整改后仍不符合条件的，在作出行政决定前终止办理，已作出行政决定的依法撤销；对承诺人依法给予行政处罚；将承诺人不实承诺的信息记入信用记录，推送至公共信用信息平台、国家企业信用信息公示系统（山东），依法实施失信惩戒；涉嫌犯罪的，依法移送司法机关追究刑事责任。',
    );
    const generic = section(
      defaultNotice(item(), { districtName: '山亭区', creditPlatforms: [] }),
      'consequences',
    );
    expect(generic).toContain('推送至信用信息共享平台');
  });

  it('says whether the commitment is made public, from the item’s disclosure flag', () => {
    expect(section(defaultNotice(item({ disclosure: true }), laoshan), 'disclosure')).toBe(
      '本事项涉及社会公共利益或第三方利益，承诺书将依法向社会公开（个人信息依法脱敏）。您不同意公开的，应当提交证明，不适用告知承诺制。',
    );
    expect(section(defaultNotice(item(), laoshan), 'disclosure')).toBe('本事项的承诺书不向社会公开。');
  });

  it('falls back to the proof’s own facts when the item states no standard', () => {
    const notice = defaultNotice(item({ standard: '' }), laoshan);
    expect(section(notice, 'conditions')).toBe(
      '婚姻状况证明所证明的事实真实、有效。证明开具单位为民政部门婚姻登记机关。',
    );
  });

  it('leaves the case data as placeholders: addressee and date of notice', () => {
    const notice = defaultNotice(item(), laoshan);
    expect(notice.sections[0]!.body.startsWith('{{applicantName}}：\n')).toBe(true);
    expect(notice.sections.at(-1)!.body).toContain('告知日期：{{noticeDate}}');
  });
});

describe('DOC-2 the default written commitment of an item', () => {
  for (const disclosure of [false, true]) {
    it(`states every element (${disclosure ? 'disclosed' : 'not disclosed'} item), none missing`, () => {
      const i = item({ disclosure });
      const commitment = defaultCommitment(i, laoshan);
      expect(missingElements('commitment', commitment)).toEqual([]);
      expectDefaultCommitment(commitment, i, laoshan);
    });
  }

  it('offers the choice to consent to disclosure only where the item is disclosed', () => {
    expect(section(defaultCommitment(item({ disclosure: true }), laoshan), 'disclosureConsent')).toBe(
      '□ 同意公开本承诺书    □ 不同意公开（不同意公开的，应当提交证明）',
    );
    expect(section(defaultCommitment(item(), laoshan), 'disclosureConsent')).toBe('本事项承诺书不公开。');
  });

  it('names its legal basis and, in the seeds’ words, every consequence the notice names (虚假承诺)', () => {
    const i = item();
    const commitment = defaultCommitment(i, {
      ...laoshan,
      workRuleTitle: '崂山区证明事项告知承诺制工作规程',
    });
    const text = commitment.sections.map((s) => s.body).join('\n');
    expect(text).toContain('国办发〔2020〕42号');
    expect(text).toContain('《崂山区证明事项告知承诺制工作规程》');
    expect(text).toContain(i.legalBasis);
    for (const words of [
      '虚假承诺',
      '责令限期整改',
      '终止办理',
      '撤销',
      '行政处罚',
      '信用记录',
      '失信惩戒',
      '刑事责任',
    ])
      expect(text, words).toContain(words);
    expect(section(defaultNotice(i, laoshan), 'consequences')).toContain('虚假承诺');
  });
});

describe('DOC-4 the default service guide of an administrative matter', () => {
  const matter = { name: '最低生活保障审批', kind: '行政给付', agency: '崂山区民政局' };

  it('names the proofs that may be committed and those still required, and every part is stated', () => {
    const guide = defaultGuide(matter, [item(), item({ name: '收入证明' })], ['不动产权属证明']);
    expect(missingGuideParts(guide)).toEqual([]);
    expect(guide.title).toBe('最低生活保障审批办事指南（告知承诺制）');
    expect(guide.conditions).toContain('申请人可以对“婚姻状况证明”、“收入证明”选择告知承诺');
    expect(guide.conditions).toContain('“不动产权属证明”仍须提交');
    expect(guide.conditions).toContain('存在虚假承诺记录或严重失信记录且尚未修复的，不适用告知承诺制');
    expect(guide.withCommitment[0]).toBe('向崂山区民政局提出申请，选择对可承诺的证明实行告知承诺');
    expect(guide.withCommitment.join('')).toContain('签署告知承诺书');
    expect(guide.withCommitment.join('')).toContain('核查');
    expect(guide.withoutCommitment[0]).toBe('向崂山区民政局提出申请，提交全部申请材料和证明');
    expect(guide.withdrawal).toContain('撤回对某项证明的承诺，改为提交该证明');
  });

  it('says every proof must be submitted when none of the matter’s proofs is listed', () => {
    const guide = defaultGuide(matter, [], ['收入证明', '婚姻状况证明']);
    expect(guide.conditions).toBe(
      '本事项所需证明“收入证明”、“婚姻状况证明”均未列入告知承诺制清单，应当提交证明。',
    );
    expect(missingGuideParts(guide)).toEqual([]);
  });
});

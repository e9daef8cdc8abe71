// DOC-1: the sections of a district's general work rule (通用性工作规程); a rule missing any is not
// published.
import { describe, expect, it } from 'vitest';
import { missingRuleSections, type WorkRule, workRuleSections } from './work-rule.ts';

const rule: WorkRule = {
  title: '崂山区证明事项告知承诺制通用性工作规程',
  rightsAndDuties: '行政机关应当一次性告知；申请人有权自主选择是否承诺。',
  notification: '告知事项名称、设定依据、证明内容、承诺方式和法律责任。',
  commitment: '申请人承诺所填信息真实，已经符合条件。',
  verification: '按照清单载明的核查方式、时限和标准核查。',
  procedure: '受理时出具告知书，签署承诺书后作出决定。',
  creditManagement: '不实承诺记入信用记录。',
  legalLiability: '承诺不实的，依法终止办理、撤销决定、予以处罚；涉嫌犯罪的移送司法机关。',
};

describe('DOC-1 missingRuleSections', () => {
  it('names the seven sections of the seeds, in their order', () => {
    expect(Object.keys(workRuleSections)).toEqual([
      'rightsAndDuties',
      'notification',
      'commitment',
      'verification',
      'procedure',
      'creditManagement',
      'legalLiability',
    ]);
    expect(Object.values(workRuleSections).map((s) => s.zh)).toEqual([
      '行政机关和当事人的权利义务',
      '告知内容',
      '承诺内容',
      '核查要求',
      '办理流程',
      '信用管理',
      '法律责任',
    ]);
  });

  it('finds nothing missing in a rule stating every section', () => {
    expect(missingRuleSections(rule)).toEqual([]);
  });

  for (const key of Object.keys(workRuleSections) as (keyof typeof workRuleSections)[]) {
    it(`names ${key} when it is empty, white space only, or absent`, () => {
      expect(missingRuleSections({ ...rule, [key]: '' })).toEqual([key]);
      expect(missingRuleSections({ ...rule, [key]: ' \n\u3000' })).toEqual([key]);
      const { [key]: _dropped, ...rest } = rule;
      expect(missingRuleSections(rest as WorkRule)).toEqual([key]);
    });
  }

  it('names every empty section, in the seeds’ order', () => {
    expect(missingRuleSections({ ...rule, legalLiability: '', notification: '', procedure: '' })).toEqual([
      'notification',
      'procedure',
      'legalLiability',
    ]);
  });
});

// DOC-4: a service guide (办事指南) states the conditions of choosing commitment, the procedure with and
// without commitment, and how to withdraw midway; one lacking any part is not published.
import { describe, expect, it } from 'vitest';
import { missingGuideParts, type ServiceGuide } from './service-guide.ts';

const guide: ServiceGuide = {
  title: '最低生活保障审批办事指南（告知承诺制）',
  conditions: '申请人可以对“婚姻状况证明”选择告知承诺。',
  withCommitment: ['提出申请，选择告知承诺', '签署告知承诺书', '行政机关作出决定并核查'],
  withoutCommitment: ['提出申请，提交全部证明', '行政机关审查并作出决定'],
  withdrawal: '作出决定前可以撤回承诺，改为提交证明。',
};

describe('DOC-4 missingGuideParts', () => {
  it('finds nothing missing in a guide stating every part', () => {
    expect(missingGuideParts(guide)).toEqual([]);
  });

  it('names the conditions and the withdrawal when they are empty or white space only', () => {
    expect(missingGuideParts({ ...guide, conditions: '' })).toEqual(['conditions']);
    expect(missingGuideParts({ ...guide, withdrawal: ' \n\u3000' })).toEqual(['withdrawal']);
  });

  it('names a procedure without any step (no steps, or only empty ones)', () => {
    expect(missingGuideParts({ ...guide, withCommitment: [] })).toEqual(['withCommitment']);
    expect(missingGuideParts({ ...guide, withoutCommitment: ['', '  '] })).toEqual(['withoutCommitment']);
    // one real step is a procedure, blank ones beside it aside
    expect(missingGuideParts({ ...guide, withoutCommitment: ['', '提交全部证明'] })).toEqual([]);
  });

  it('names every missing part, in the guide’s order', () => {
    expect(
      missingGuideParts({
        title: '空指南',
        conditions: '',
        withCommitment: [],
        withoutCommitment: [],
        withdrawal: '',
      }),
    ).toEqual(['conditions', 'withCommitment', 'withoutCommitment', 'withdrawal']);
  });
});

// CASE-6: a decision is named after its matter's kind, the same on the button, the state, the notice
// and the decision document (决定书), which states what the officer decided (DOC-6).
import { describe, expect, it } from 'vitest';
import { caseStates } from './case-states.ts';
import { type DecisionFacts, decisionDocument } from './decision-document.ts';
import { caseActionDone, caseDecisionWording, caseStateLabel, decisionWording } from './decision-wording.ts';
import { administrativeMatterKinds } from './list-item.ts';

const expected = {
  行政许可: ['准予许可', '不予许可', '准予行政许可决定书', '不予行政许可决定书'],
  行政给付: ['准予给付', '不予给付', '准予行政给付决定书', '不予行政给付决定书'],
  行政确认: ['予以确认', '不予确认', '行政确认决定书', '不予行政确认决定书'],
  其他: ['准予办理', '不予办理', '准予办理决定书', '不予办理决定书'],
} as const;

describe('CASE-6 decision wording by the matter’s kind', () => {
  it('CASE-6: each kind has its action, state, notice and document title, in Chinese and English', () => {
    for (const kind of administrativeMatterKinds) {
      const [approve, refuse, approveTitle, refuseTitle] = expected[kind];
      expect(caseDecisionWording(kind)).toMatchObject({
        approve: { zh: approve },
        refuse: { zh: refuse },
        approvedState: { zh: approve },
        refusedState: { zh: refuse },
      });
      expect(decisionWording(kind, 'approve').done.zh).toBe(`已作出${approve}决定`);
      expect(decisionWording(kind, 'refuse').done.zh).toBe(`已作出${refuse}决定`);
      expect(decisionWording(kind, 'approve').documentTitle).toBe(approveTitle);
      expect(decisionWording(kind, 'refuse').documentTitle).toBe(refuseTitle);
      for (const outcome of ['approve', 'refuse'] as const) {
        const w = decisionWording(kind, outcome);
        for (const words of [w.action, w.state, w.done]) expect(words.en, kind).toMatch(/^[\x20-\x7e]+$/);
      }
    }
    expect(decisionWording('行政给付', 'approve').action.en).toBe('Grant the benefit');
  });

  it('CASE-6: an unknown kind reads as 其他; undecided states keep their generic labels', () => {
    expect(caseDecisionWording('行政奖励').approve.zh).toBe('准予办理');
    expect(caseStateLabel('approved', '行政给付').zh).toBe('准予给付');
    expect(caseStateLabel('refused', '行政确认').zh).toBe('不予确认');
    for (const state of caseStates.filter((s) => s !== 'approved' && s !== 'refused'))
      expect(caseStateLabel(state, '行政给付'), state).toEqual(caseStateLabel(state, '行政许可'));
    expect(caseActionDone('approve', '行政给付').zh).toBe('已作出准予给付决定');
    expect(caseActionDone('accept', '行政给付').zh).toBe('已受理');
  });
});

const facts: DecisionFacts = {
  outcome: 'approve',
  matterKind: '行政给付',
  matterName: '失业保险金申领',
  agencyName: '青岛市崂山区人力资源和社会保障局',
  applicant: { kind: 'person', name: '张立新', identifier: '370212198001011234' },
  caseNo: '370212-2026-000042',
  submittedOn: '2026-09-21',
  acceptedOn: '2026-09-22',
  decidedOn: '2026-09-24',
  documentNo: '崂人社给〔2026〕15号',
  reason: '',
  committedProofs: ['解除或终止劳动关系证明'],
};
const textOf = (model: ReturnType<typeof decisionDocument>) => JSON.stringify(model);

describe('CASE-6 the decision document (决定书)', () => {
  it('CASE-6: an approval on commitment: title by kind, number, agency seal line, date, verification and consequences', () => {
    const model = decisionDocument(facts);
    expect(model.title).toBe('准予行政给付决定书');
    expect(model.documentNo).toBe('崂人社给〔2026〕15号');
    expect(model.signature).toEqual({
      lines: [{ label: '作出决定机关（印章）', value: '青岛市崂山区人力资源和社会保障局' }],
      date: '2026年9月24日',
    });
    const text = textOf(model);
    expect(text).toContain('本机关决定准予行政给付');
    expect(text).toContain('2026年9月21日');
    expect(text).toContain('“解除或终止劳动关系证明”');
    expect(text).toContain('将在规定期限内对承诺内容进行核查');
    expect(text).toContain('依法撤销本决定');
    // the ID number is masked, as on every paper staff print
    expect(text).toContain('370212********1234');
    expect(text).not.toContain('370212198001011234');
    expect(text).not.toContain('行政复议');
  });

  it('CASE-6: a refusal states its reasons and the remedies; without commitments no verification note', () => {
    const model = decisionDocument({
      ...facts,
      matterKind: '行政确认',
      outcome: 'refuse',
      reason: '申请人户籍不在本辖区',
      committedProofs: [],
    });
    expect(model.title).toBe('不予行政确认决定书');
    const text = textOf(model);
    expect(text).toContain('申请人户籍不在本辖区');
    expect(text).toContain('本机关决定不予确认');
    expect(text).toContain('行政复议');
    expect(text).not.toContain('核查');
  });
});

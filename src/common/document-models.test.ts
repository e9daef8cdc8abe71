// DOC-1, DOC-2, DOC-4, DOC-6: rules, texts and guides as printable documents (the model the PDF renderer
// and the public pages draw), and a commitment filled with a case's data.
import { describe, expect, it } from 'vitest';
import { defaultCommitment, defaultGuide, defaultNotice } from '../documents/default-texts.ts';
import { type Block, fillModelPlaceholders } from './document-model.ts';
import { guideDocument, textDocument, workRuleDocument } from './document-models.ts';
import type { ListItem } from './list-item.ts';
import type { WorkRule } from './work-rule.ts';

const item: ListItem = {
  key: '00000000-0000-4000-8000-000000000001',
  name: '婚姻状况证明',
  proves: '申请人的婚姻状况',
  field: '户籍管理',
  administrativeMatter: '最低生活保障审批',
  administrativeMatterKind: '行政给付',
  handlingAgency: '崂山区民政局',
  issuingBody: '民政部门婚姻登记机关',
  legalBasis: '《社会救助暂行办法》',
  verification: 'online',
  assistingAgency: null,
  timeLimitWorkingDays: 5,
  standard: '申请人婚姻状况与婚姻登记信息一致',
  method: '通过婚姻登记信息系统核查',
  disclosure: true,
  remarks: '',
};
const district = { districtName: '崂山区', creditPlatforms: ['公共信用信息平台'] };
const meta = { subtitle: '最低生活保障审批 · 婚姻状况证明', footer: '崂山区 · 第 1 版 · 2026年8月7日公布' };
const texts = (blocks: Block[]) =>
  blocks.map((b) => (b.kind === 'heading' || b.kind === 'paragraph' ? `${b.kind}:${b.text}` : b.kind));

describe('DOC-2 textDocument: a format text as a document', () => {
  it('prints a notice’s sections in order, each heading then its body line by line', () => {
    const notice = defaultNotice(item, district);
    const model = textDocument(notice, meta);
    expect(model.title).toBe('证明事项告知书');
    expect(model.subtitle).toBe(meta.subtitle);
    expect(model.footer).toBe(meta.footer);
    expect(model.signature).toBeUndefined();
    const printed = texts(model.blocks);
    expect(printed.slice(0, 4)).toEqual([
      'paragraph:{{applicantName}}：',
      `paragraph:您申请办理“最低生活保障审批”，需提交“婚姻状况证明”。根据崂山区证明事项告知承诺制的有关规定，现将有关事项告知如下：`,
      'heading:一、证明事项及所替代的证明',
      `paragraph:${notice.sections[1]!.body}`,
    ]);
    expect(printed.filter((b) => b.startsWith('heading:'))).toEqual([
      'heading:一、证明事项及所替代的证明',
      'heading:二、设定依据',
      'heading:三、应当具备的条件',
      'heading:四、核查的方式、时间和主体',
      'heading:五、承诺不实的法律后果',
      'heading:六、承诺书是否公开',
      'heading:七、撤回承诺',
    ]);
    // every line of every section is printed, none lost, no empty paragraph
    const lines = notice.sections.flatMap((s) => s.body.split('\n'));
    expect(printed.filter((b) => b.startsWith('paragraph:'))).toEqual(lines.map((l) => `paragraph:${l}`));
  });

  it('prints a commitment’s signature section as signature lines, its date as the document’s date', () => {
    const model = textDocument(defaultCommitment(item, district), meta);
    expect(model.title).toBe('证明事项告知承诺书');
    expect(model.signature).toEqual({
      lines: [{ label: '承诺人（签字/盖章）', value: '{{signature}}' }],
      date: '{{commitmentDate}}',
    });
    // the signature is not printed twice
    expect(texts(model.blocks).join('\n')).not.toContain('签字/盖章');
    // the boxes to tick are a checkbox block, each box an item
    expect(model.blocks).toContainEqual({
      kind: 'checkbox',
      items: [{ label: '同意公开本承诺书' }, { label: '不同意公开（不同意公开的，应当提交证明）' }],
    });
  });

  it('DOC-6: a case’s data fills the body, the signature and the date of a commitment', () => {
    const filled = fillModelPlaceholders(textDocument(defaultCommitment(item, district), meta), {
      applicantName: '张三',
      applicantIdLabel: '公民身份号码',
      applicantId: '370212199001011237',
      applicantPhone: '13900000000',
      signature: '张三',
      commitmentDate: '2026年9月24日',
      disclosureChoice: '同意公开',
    });
    const printed = texts(filled.blocks);
    expect(printed).toContain('paragraph:承诺人：张三');
    expect(printed).toContain('paragraph:公民身份号码：370212199001011237');
    expect(filled.signature).toEqual({
      lines: [{ label: '承诺人（签字/盖章）', value: '张三' }],
      date: '2026年9月24日',
    });
    expect(JSON.stringify(filled)).not.toMatch(/\{\{/);
  });

  it('keeps a signature line without a value as a blank to sign on, and one already filled as it is', () => {
    const model = textDocument(
      {
        title: '承诺书',
        sections: [
          { element: 'signature', heading: '', body: '承诺人：\n代理人:王五\n\n日期：2026年9月24日' },
        ],
      },
      meta,
    );
    expect(model.signature).toEqual({
      lines: [{ label: '承诺人' }, { label: '代理人', value: '王五' }],
      date: '2026年9月24日',
    });
    expect(model.blocks).toEqual([]);
  });
});

describe('DOC-1 workRuleDocument', () => {
  it('prints the seven sections numbered in the seeds’ order, each paragraph of a section apart', () => {
    const rule: WorkRule = {
      title: '崂山区证明事项告知承诺制通用性工作规程',
      rightsAndDuties: '第一段。\n第二段。',
      notification: '告知。',
      commitment: '承诺。',
      verification: '核查。',
      procedure: '流程。',
      creditManagement: '信用。',
      legalLiability: '责任。',
    };
    const model = workRuleDocument(rule, '崂山区 · 第 1 版');
    expect(model.title).toBe(rule.title);
    expect(model.footer).toBe('崂山区 · 第 1 版');
    expect(texts(model.blocks)).toEqual([
      'heading:一、行政机关和当事人的权利义务',
      'paragraph:第一段。',
      'paragraph:第二段。',
      'heading:二、告知内容',
      'paragraph:告知。',
      'heading:三、承诺内容',
      'paragraph:承诺。',
      'heading:四、核查要求',
      'paragraph:核查。',
      'heading:五、办理流程',
      'paragraph:流程。',
      'heading:六、信用管理',
      'paragraph:信用。',
      'heading:七、法律责任',
      'paragraph:责任。',
    ]);
  });
});

describe('DOC-4 guideDocument', () => {
  it('prints the conditions, both procedures as numbered steps, and the midway withdrawal', () => {
    const guide = defaultGuide(
      { name: '最低生活保障审批', kind: '行政给付', agency: '崂山区民政局' },
      [item],
      [],
    );
    const model = guideDocument(guide, { subtitle: '最低生活保障审批', footer: '第 1 版' });
    expect(model.title).toBe('最低生活保障审批办事指南（告知承诺制）');
    expect(model.blocks).toEqual([
      { kind: 'heading', text: '一、选择告知承诺的条件' },
      { kind: 'paragraph', text: guide.conditions },
      { kind: 'heading', text: '二、告知承诺办理流程' },
      { kind: 'list', ordered: true, items: guide.withCommitment },
      { kind: 'heading', text: '三、一般程序办理流程（不选择告知承诺）' },
      { kind: 'list', ordered: true, items: guide.withoutCommitment },
      { kind: 'heading', text: '四、中途撤回承诺' },
      { kind: 'paragraph', text: guide.withdrawal },
    ]);
  });
});

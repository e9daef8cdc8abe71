import type { DocumentModel } from './render-document.ts';

/** A notice-like model (告知书 with the commitment at its foot) used by the sample script and the tests. */
export function sampleNotice(): DocumentModel {
  return {
    title: '证明事项告知承诺书',
    subtitle: '申请事项：律师执业许可',
    documentNo: '崂司告承〔2026〕第 12 号',
    blocks: [
      { kind: 'heading', text: '一、告知事项' },
      {
        kind: 'paragraph',
        text: '申请人{{applicantName}}：根据《青岛市崂山区证明事项告知承诺制实施办法》，申请人申请办理“律师执业许可”，需提交“无犯罪记录证明”。本机关实行告知承诺制，申请人可以选择以书面承诺代替提交该证明。',
      },
      { kind: 'heading', text: '二、证明义务和证明内容' },
      {
        kind: 'paragraph',
        text: '设定依据：《中华人民共和国律师法》第五条、第七条。申请人应当符合下列条件：',
      },
      {
        kind: 'list',
        ordered: true,
        items: [
          '申请人未受过刑事处罚（过失犯罪的除外）；',
          '申请人未被开除公职或者被吊销律师、公证员执业证书。',
        ],
      },
      { kind: 'heading', text: '三、核查方式和违诺责任' },
      {
        kind: 'paragraph',
        text: '行政机关将在作出决定后 30 日内通过公安机关信息共享平台核查。申请人作出的承诺不实的，行政机关将终止办理、撤销已作出的决定，依法予以处罚，记入信用记录；涉嫌犯罪的，移送司法机关处理。',
      },
      { kind: 'heading', text: '四、承诺公开' },
      {
        kind: 'checkbox',
        items: [{ label: '同意公开承诺内容' }, { label: '不同意公开承诺内容' }],
      },
      { kind: 'heading', text: '五、申请人信息' },
      {
        kind: 'fields',
        rows: [
          { label: '申请人姓名', value: '{{applicantName}}' },
          { label: '身份证件号码' },
          { label: '联系电话' },
        ],
      },
      { kind: 'heading', text: '六、承诺' },
      {
        kind: 'paragraph',
        text: '本人已知悉本机关告知的全部内容，承诺所填写的信息真实、准确，符合告知的条件，愿意接受核查；如承诺不实，愿意承担相应的法律责任。',
      },
    ],
    signature: { lines: [{ label: '承诺人（签字/盖章）' }] },
    footer:
      '崂山区司法局 · 格式文本第 3 版 · SM3 66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0',
  };
}

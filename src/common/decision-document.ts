import { formatDate } from './dates.ts';
import { type DecisionOutcome, decisionWording } from './decision-wording.ts';
import type { Block, DocumentModel } from './document-model.ts';
import { maskIdentifier } from './identifiers/index.ts';

/** What a decision document (决定书) states, as recorded when the decision was made (CASE-6). */
export interface DecisionFacts {
  outcome: DecisionOutcome;
  matterKind: string;
  matterName: string;
  agencyName: string;
  applicant: { kind: 'person' | 'organisation'; name: string; identifier: string };
  caseNo: string;
  /** YYYY-MM-DD (Asia/Shanghai). */
  submittedOn: string;
  acceptedOn: string | null;
  decidedOn: string;
  documentNo: string;
  /** A refusal's reasons. */
  reason: string;
  /** The proofs replaced by the applicant's commitment (告知承诺) in this case. */
  committedProofs: string[];
}

const identifierLabel = { person: '公民身份号码', organisation: '统一社会信用代码' } as const;

// In the words of the notice's consequences (default-texts.ts), as they follow from this decision.
const FALSE_COMMITMENT =
  '经核查或者事中事后监管发现承诺不实的，本机关将责令限期整改；逾期不整改或者整改后仍不符合条件的，依法撤销本决定；对作出虚假承诺的，依法给予行政处罚，将不实承诺信息记入信用记录并依法推送至公共信用信息平台，在信用修复前不再适用告知承诺制；涉嫌犯罪的，依法移送司法机关追究刑事责任。';

const REMEDY =
  '如不服本决定，可以自收到本决定书之日起六十日内依法申请行政复议，或者自收到本决定书之日起六个月内依法向人民法院提起行政诉讼。';

const listed = (names: string[]) => names.map((n) => `“${n}”`).join('、');

/**
 * CASE-6, DOC-6: the decision document of a case: issuing agency, applicant (ID number masked, as on
 * every paper the staff also print), matter, number and date; for a refusal its reasons and the
 * remedies; for an approval on commitment, that the commitments will be verified afterwards and what
 * a false one costs; the agency's seal line. Pure: the same facts give the same document.
 */
export function decisionDocument(facts: DecisionFacts): DocumentModel {
  const wording = decisionWording(facts.matterKind, facts.outcome);
  const you = facts.applicant.kind === 'person' ? '你' : '你单位';
  const received = facts.acceptedOn
    ? `${you}于${formatDate(facts.submittedOn)}提出的“${facts.matterName}”申请，本机关已于${formatDate(facts.acceptedOn)}依法受理。`
    : `${you}于${formatDate(facts.submittedOn)}提出的“${facts.matterName}”申请，本机关已收悉。`;
  const blocks: Block[] = [
    {
      kind: 'fields',
      rows: [
        { label: '申请人', value: facts.applicant.name },
        {
          label: identifierLabel[facts.applicant.kind],
          value: maskIdentifier(facts.applicant.identifier),
        },
        { label: '申请事项', value: facts.matterName },
        { label: '案件编号', value: facts.caseNo },
      ],
    },
    { kind: 'paragraph', text: `${facts.applicant.name}：` },
  ];
  if (facts.outcome === 'approve') {
    blocks.push({
      kind: 'paragraph',
      text: `${received}经审查，申请符合法定条件和标准，本机关决定${wording.verdict}。`,
    });
    if (facts.committedProofs.length > 0)
      blocks.push(
        { kind: 'heading', text: '告知承诺事项' },
        {
          kind: 'paragraph',
          text: `${you}以告知承诺方式代替提交了以下证明：${listed(facts.committedProofs)}。本决定依据${you}的书面承诺作出，本机关将在规定期限内对承诺内容进行核查。`,
        },
        { kind: 'paragraph', text: FALSE_COMMITMENT },
      );
  } else {
    blocks.push(
      { kind: 'paragraph', text: `${received}经审查，${you}的申请不符合法定条件，理由如下：` },
      { kind: 'paragraph', text: facts.reason },
      { kind: 'paragraph', text: `本机关决定${wording.verdict}。` },
    );
    if (facts.committedProofs.length > 0)
      blocks.push({
        kind: 'paragraph',
        text: `${you}就本申请签署的告知承诺书（${listed(facts.committedProofs)}）随本决定失效。`,
      });
    blocks.push({ kind: 'paragraph', text: REMEDY });
  }
  return {
    title: wording.documentTitle,
    documentNo: facts.documentNo,
    blocks,
    signature: {
      lines: [{ label: '作出决定机关（印章）', value: facts.agencyName }],
      date: formatDate(facts.decidedOn),
    },
    footer: `案件编号 ${facts.caseNo} · 决定文号 ${facts.documentNo}`,
  };
}

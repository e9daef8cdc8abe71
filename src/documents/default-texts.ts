import type { ServiceGuide } from '../common/service-guide.ts';
import type { FormatText } from '../common/text-elements.ts';
import { type ListItem, verificationClasses } from '../lists/index.ts';

export interface DistrictContext {
  districtName: string;
  /** The district's credit platforms (ORG-3), where false commitments are recorded. */
  creditPlatforms: string[];
  /** The title of the work rule in force (DOC-1), which the notice is given under. */
  workRuleTitle?: string;
}

const verificationSentence = (item: ListItem): string => {
  const within = `自作出行政决定之日起 ${item.timeLimitWorkingDays} 个工作日内`;
  switch (item.verification) {
    case 'online':
      return `由${item.handlingAgency}${within}，${item.method || '通过政务数据共享平台或电子证照库'}进行线上核查。`;
    case 'on-site':
      return `由${item.handlingAgency}${within}进行现场核查${item.method ? `：${item.method}` : ''}。`;
    case 'assistance':
      return `由${item.handlingAgency}${within}以${verificationClasses.assistance.zh}方式提请${item.assistingAgency ?? '有关部门'}协助核查${item.method ? `：${item.method}` : ''}。`;
    case 'exempt':
      return `本事项${verificationClasses.exempt.zh}，由${item.handlingAgency}通过事中事后监管和信用监管加强监督。`;
  }
};

/**
 * DOC-2: the district default of an item's written notice, from the list item and the district; every
 * required element is stated, case data left as `{{placeholders}}`.
 */
export function defaultNotice(item: ListItem, district: DistrictContext): FormatText {
  const platforms = district.creditPlatforms.join('、') || '信用信息共享平台';
  return {
    title: '证明事项告知书',
    sections: [
      {
        element: null,
        heading: '',
        body: `{{applicantName}}：\n您申请办理“${item.administrativeMatter}”，需提交“${item.name}”。根据${district.workRuleTitle ? `《${district.workRuleTitle}》` : `${district.districtName}证明事项告知承诺制的有关规定`}，现将有关事项告知如下：`,
      },
      {
        element: 'matter',
        heading: '一、证明事项及所替代的证明',
        body: `您可以书面承诺已经符合“${item.name}”所证明的条件，以书面承诺代替提交“${item.name}”，由${item.handlingAgency}依据书面承诺办理“${item.administrativeMatter}”。`,
      },
      { element: 'legalBasis', heading: '二、设定依据', body: `${item.legalBasis}。` },
      {
        element: 'conditions',
        heading: '三、应当具备的条件',
        body: `${item.standard || `${item.name}所证明的事实真实、有效`}。证明开具单位为${item.issuingBody}。`,
      },
      { element: 'verification', heading: '四、核查的方式、时间和主体', body: verificationSentence(item) },
      {
        element: 'consequences',
        heading: '五、承诺不实的法律后果',
        body: `经核查发现承诺不实或者作出虚假承诺的，行政机关将责令限期整改；逾期不整改或者整改后仍不符合条件的，在作出行政决定前终止办理，已作出行政决定的依法撤销；对承诺人依法给予行政处罚；将承诺人不实承诺的信息记入信用记录，推送至${platforms}，依法实施失信惩戒；涉嫌犯罪的，依法移送司法机关追究刑事责任。`,
      },
      {
        element: 'disclosure',
        heading: '六、承诺书是否公开',
        body: item.disclosure
          ? '本事项涉及社会公共利益或第三方利益，承诺书将依法向社会公开（个人信息依法脱敏）。您不同意公开的，应当提交证明，不适用告知承诺制。'
          : '本事项的承诺书不向社会公开。',
      },
      {
        element: 'withdrawal',
        heading: '七、撤回承诺',
        body: '行政机关作出行政决定前，您可以撤回承诺，改为提交证明，申请按一般程序继续办理。',
      },
      {
        element: null,
        heading: '',
        body: `本告知书一式两份，行政机关和申请人各执一份。\n告知单位：${item.handlingAgency}\n告知日期：{{noticeDate}}`,
      },
    ],
  };
}

/** What the scheme itself rests on; a district adds its own work rule beside it. */
export const SCHEME_BASIS =
  '《国务院办公厅关于全面推行证明事项和涉企经营许可事项告知承诺制的指导意见》（国办发〔2020〕42号）';

/**
 * DOC-2: the district default of an item's written commitment, with every required element: its
 * legal basis and, in the notice's words, every consequence of a false commitment (虚假承诺).
 */
export function defaultCommitment(item: ListItem, district: DistrictContext): FormatText {
  const platforms = district.creditPlatforms.join('、') || '信用信息共享平台';
  return {
    title: '证明事项告知承诺书',
    sections: [
      {
        element: 'committer',
        heading: '承诺人',
        body: '承诺人：{{applicantName}}\n{{applicantIdLabel}}：{{applicantId}}\n联系电话：{{applicantPhone}}',
      },
      {
        element: 'conditionsMet',
        heading: '一、承诺内容',
        body: `根据${SCHEME_BASIS}${district.workRuleTitle ? `和《${district.workRuleTitle}》` : ''}，“${item.name}”（设定依据：${item.legalBasis || '见告知书'}）可以告知承诺方式办理。本人（单位）申请办理“${item.administrativeMatter}”，现就“${item.name}”郑重承诺：本人（单位）已经符合${item.handlingAgency}告知的条件（${item.standard || `${item.name}所证明的事实`}），所填写的信息和提交的材料真实、准确、完整。`,
      },
      {
        element: 'understood',
        heading: '二、知晓与接受',
        body: `本人（单位）已经知晓行政机关告知的全部内容；愿意接受行政机关的核查；如承诺不实或者作出虚假承诺，愿意接受责令限期整改，承担终止办理、撤销行政决定、依法给予行政处罚、不实承诺信息记入信用记录并推送至${platforms}、依法实施失信惩戒等法律后果；涉嫌犯罪的，依法移送司法机关追究刑事责任。`,
      },
      {
        element: 'disclosureConsent',
        heading: '三、是否同意公开',
        body: item.disclosure
          ? '□ 同意公开本承诺书    □ 不同意公开（不同意公开的，应当提交证明）'
          : '本事项承诺书不公开。',
      },
      {
        element: 'signature',
        heading: '',
        body: '承诺人（签字/盖章）：{{signature}}\n承诺日期：{{commitmentDate}}',
      },
    ],
  };
}

/**
 * DOC-4: the default service guide of an administrative matter: which proofs may be replaced by a
 * commitment, the procedure with and without commitment, and how to withdraw midway.
 */
export function defaultGuide(
  matter: { name: string; kind: string; agency: string },
  listed: readonly ListItem[],
  notListed: readonly string[],
): ServiceGuide {
  const committable = listed.map((i) => `“${i.name}”`).join('、');
  return {
    title: `${matter.name}办事指南（告知承诺制）`,
    conditions:
      listed.length > 0
        ? `申请人可以对${committable}选择告知承诺，以书面承诺代替提交证明；${notListed.length ? `${notListed.map((n) => `“${n}”`).join('、')}仍须提交。` : ''}存在虚假承诺记录或严重失信记录且尚未修复的，不适用告知承诺制，应当提交全部证明。`
        : `本事项所需证明${notListed.map((n) => `“${n}”`).join('、')}${notListed.length > 1 ? '均' : ''}未列入告知承诺制清单，应当提交证明。`,
    withCommitment: [
      `向${matter.agency}提出申请，选择对可承诺的证明实行告知承诺`,
      '阅读告知书，签署告知承诺书（涉及公开的，选择是否同意公开）',
      '提交其他申请材料，行政机关当场或在法定期限内作出决定',
      '行政机关在规定时限内对承诺内容进行核查',
    ],
    withoutCommitment: [
      `向${matter.agency}提出申请，提交全部申请材料和证明`,
      '行政机关审查材料，在法定期限内作出决定',
    ],
    withdrawal:
      '行政机关作出决定前，申请人可以书面或在平台上撤回对某项证明的承诺，改为提交该证明，案件按一般程序继续办理，撤回情况记入办理过程。',
  };
}

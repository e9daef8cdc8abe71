/**
 * The personal-information notice (个人信息保护告知) an applicant reads and agrees to before an account
 * is opened (《中华人民共和国个人信息保护法》第十三、十四、十七、二十八至三十一条). The server records the
 * version agreed to; a changed notice gets a new version, so consent is asked again for it.
 */
export const PRIVACY_NOTICE_VERSION = '2026.1';

export interface NoticeSection {
  heading: string;
  paragraphs: string[];
}

export interface PrivacyNotice {
  title: string;
  effective: string;
  sections: NoticeSection[];
}

const zh: PrivacyNotice = {
  title: '个人信息保护告知',
  effective: '版本 2026.1，自 2026 年 9 月 1 日起施行',
  sections: [
    {
      heading: '一、谁处理您的个人信息',
      paragraphs: [
        '本平台由您选择的办事区县人民政府主办，由其司法行政部门承办，各行政事项的办理单位在各自职责范围内处理您的个人信息（主办、承办单位及联系方式见页面底部）。处理依据为《中华人民共和国个人信息保护法》第十三条第一款第三项（为履行法定职责所必需）和第三十四条，以及国务院办公厅《关于全面推行证明事项和涉企经营许可事项告知承诺制的指导意见》（国办发〔2020〕42号）。',
      ],
    },
    {
      heading: '二、收集哪些信息，为什么收集',
      paragraphs: [
        '注册时：姓名、居民身份证号码（单位申请人为单位名称、统一社会信用代码及经办人姓名、身份证号码）、手机号码、用户名和密码（只保存不可还原的摘要）。用于开立账号、核验您的身份，确保只有您本人能看到和办理您名下的业务。',
        '手机号码：用于发送注册验证码、身份核验码和办理进度提醒。',
        '办理业务时：您提交的告知承诺书、申请材料和承诺所涉事实。用于受理、审查和作出决定，并依法在事后对承诺内容进行核查。',
        '使用平台时：登录时间、IP 地址和操作记录。用于保障账号和系统安全，并依法留存审计记录。',
      ],
    },
    {
      heading: '三、敏感个人信息',
      paragraphs: [
        '居民身份证号码属于敏感个人信息。平台只在核验身份、办理业务和依法核查所必需的范围内使用，在数据库中以国密 SM4 加密保存，页面展示时除本人和经办人员外均作脱敏处理。不满十四周岁的未成年人须由其监护人代为注册和办理。',
      ],
    },
    {
      heading: '四、向谁提供',
      paragraphs: [
        '事后核查时，依法向出具证明的部门或通过数据共享平台核验承诺内容；经查实的虚假承诺，依法记入信用记录并推送至信用信息平台；属于承诺公开清单的事项，经您同意后脱敏公开告知承诺书。除法律、行政法规另有规定外，不向其他任何单位或个人提供。',
      ],
    },
    {
      heading: '五、存储地点和期限',
      paragraphs: [
        '您的个人信息存储在中华人民共和国境内，保存期限为实现处理目的所必需的最短时间，办理档案依照档案管理的规定保存。',
      ],
    },
    {
      heading: '六、您的权利',
      paragraphs: [
        '您有权查阅、复制、更正、补充您的个人信息，有权在法律规定的情形下要求删除，有权撤回同意并注销账号（撤回不影响撤回前已依据同意进行的处理，也不影响依法办理中的业务）。请拨打页面底部的联系电话或政务服务便民热线 12345，或到办事窗口提出，我们将在十五个工作日内答复。',
      ],
    },
  ],
};

const en: PrivacyNotice = {
  title: 'Personal information notice',
  effective: 'Version 2026.1, in force from 1 September 2026',
  sections: [
    {
      heading: '1. Who handles your personal information',
      paragraphs: [
        "The platform is run by the government of the district you choose, operated by its justice bureau; the agencies handling each matter process your information within their duties (names and contacts at the foot of the page). Legal basis: Personal Information Protection Law arts. 13(1)(iii) (necessary for statutory duties) and 34, and the State Council General Office's guideline on the commitment system (国办发〔2020〕42号).",
      ],
    },
    {
      heading: '2. What is collected, and why',
      paragraphs: [
        "At registration: name, resident ID number (for an organisation: its name, unified social credit code and its agent's name and ID number), mobile number, username and password (kept only as an irreversible digest). To open the account and check your identity, so that only you see and handle your own matters.",
        'Mobile number: to send the registration code, identity check codes and progress reminders.',
        'When you apply: your commitment letters, documents and the facts you commit to. To accept, examine and decide your application, and to verify your commitments afterwards as the law provides.',
        'When you use the platform: sign-in times, IP addresses and actions. To keep accounts and the system secure and to keep the audit record the law requires.',
      ],
    },
    {
      heading: '3. Sensitive personal information',
      paragraphs: [
        'Your ID number is sensitive personal information. It is used only as far as identity checks, handling your matters and lawful verification need, stored encrypted (SM4), and masked on every page shown to anyone but you and the officers handling your matter. Children under 14 are registered and represented by their guardian.',
      ],
    },
    {
      heading: '4. Who receives it',
      paragraphs: [
        'For verification, the agencies that issue the proofs or the data-sharing platform; a false commitment, once established, goes into the credit record and to the credit platforms; for matters on the disclosure list, your masked commitment letter is published if you agree. Nobody else, unless a law or administrative regulation requires it.',
      ],
    },
    {
      heading: '5. Where and how long it is kept',
      paragraphs: [
        "In the People's Republic of China, for the shortest time the purposes need; case files are kept as the archives regulations require.",
      ],
    },
    {
      heading: '6. Your rights',
      paragraphs: [
        'You may read, copy, correct and complete your information, ask for its deletion where the law provides, and withdraw your consent and close the account (processing done before, and matters being handled under the law, are not affected). Call the number at the foot of the page or the 12345 hotline, or ask at a service window; you get an answer within 15 working days.',
      ],
    },
  ],
};

export const privacyNotice: Record<'zh' | 'en', PrivacyNotice> = { zh, en };

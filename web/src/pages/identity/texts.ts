import { defineTexts, useTexts } from '../../lib/i18n.ts';

/** Texts of the identity pages (SPEC §10 Claiming a party), Chinese first, then English. */
const zh = {
  'identity.title': '身份核验',
  'identity.intro':
    '为保护申请人的个人信息，新注册的账号须证明本人身份（或单位授权）后，才能查看和办理该身份名下的申请、承诺和诚信档案。',
  'identity.claimed': '您申报的身份',
  'identity.kind.person': '本人（自然人）',
  'identity.kind.organisation': '单位经办人',
  'identity.status.pending': '待核验',
  'identity.status.proven': '已核验',
  'identity.status.refused': '单位管理员未同意',
  'identity.status.withdrawn': '已撤回',
  'identity.status.none': '尚未申报',
  'identity.sms.title': '方式一：短信验证码',
  'identity.sms.help':
    '验证码发送到该身份在本平台登记的手机号码（在窗口办理时登记的号码）；本平台首次办理的，发送到注册时填写的手机号码。',
  'identity.sms.send': '发送验证码',
  'identity.sms.again': '{n} 秒后可重新发送',
  'identity.counter.title': '方式二：窗口核验码',
  'identity.counter.help':
    '携带有效身份证件（单位另带营业执照和授权委托书）到任一办事窗口，工作人员核对后发给您一个 8 位核验码，48 小时内有效。',
  'identity.admin.title': '方式一：单位管理员同意',
  'identity.admin.help': '请联系本单位在本平台的管理员账号，在「经办人管理」中同意您的申请。',
  'identity.code': '验证码 / 核验码',
  'identity.code.placeholder': '6 位短信验证码或 8 位窗口核验码',
  'identity.code.required': '请输入验证码',
  'identity.submit': '提交核验',
  'identity.done': '身份核验已完成，您现在可以办理业务。',
  'identity.done.go': '去办事',
  'identity.refile.title': '重新申报身份',
  'identity.refile.help': '如果申报的姓名或证件号码有误，或单位未同意，可以重新申报。',
  'identity.refile.submit': '重新申报',
  'agents.title': '经办人管理',
  'agents.intro':
    '本单位在平台上的账号。经办人申请须由管理员同意后，才能以本单位名义办理和查看本单位的申请。',
  'agents.accounts': '本单位账号',
  'agents.requests': '待处理的经办人申请',
  'agents.none': '暂无待处理的申请',
  'agents.col.name': '经办人',
  'agents.col.idNumber': '身份证号',
  'agents.col.username': '用户名',
  'agents.col.capacity': '身份',
  'agents.col.requestedAt': '申请时间',
  'agents.col.actions': '操作',
  'agents.capacity.administrator': '管理员',
  'agents.capacity.agent': '经办人',
  'agents.you': '（您）',
  'agents.nameMismatch': '申请填写的单位名称与本单位不一致',
  'agents.approve': '同意',
  'agents.refuse': '拒绝',
  'agents.remove': '解除',
  'agents.remove.confirm': '解除后该账号将不能再查看和办理本单位的业务。确定解除？',
  'codes.title': '柜台核验码',
  'codes.intro':
    '申请人在网上注册后，携带证件到窗口证明身份。请当面核对身份证件（单位核对营业执照和授权委托书）后签发核验码，交给申请人在账号中输入。核验码只显示一次，48 小时内有效。',
  'codes.kind': '类型',
  'codes.person': '自然人',
  'codes.organisation': '单位',
  'codes.identifier': '证件号码',
  'codes.name': '证件上的姓名 / 单位名称',
  'codes.capacity': '持码人身份',
  'codes.capacity.administrator': '单位管理员',
  'codes.capacity.agent': '经办人',
  'codes.checked': '我已当面核对上述证件原件',
  'codes.checked.required': '请先当面核对证件',
  'codes.issue': '签发核验码',
  'codes.issued': '核验码',
  'codes.issued.help': '请将核验码交给 {name}（{identifier}），{expires} 前有效，仅可使用一次。',
  'codes.print': '打印',
} as const;

export type IdentityTextKey = keyof typeof zh;

const en: Record<IdentityTextKey, string> = {
  'identity.title': 'Identity check',
  'identity.intro':
    'To protect applicants’ personal data, a new account proves whom it is (or that the organisation authorised it) before it may see or act on the applications, commitments and integrity file of that identity.',
  'identity.claimed': 'The identity you gave',
  'identity.kind.person': 'Myself (a person)',
  'identity.kind.organisation': 'Agent of an organisation',
  'identity.status.pending': 'To be proven',
  'identity.status.proven': 'Proven',
  'identity.status.refused': 'Refused by the organisation’s administrator',
  'identity.status.withdrawn': 'Withdrawn',
  'identity.status.none': 'Not given yet',
  'identity.sms.title': 'Way 1: an SMS code',
  'identity.sms.help':
    'The code goes to the mobile number on record for this identity (noted when you applied at a service window); if you are new to the platform, to the number you registered with.',
  'identity.sms.send': 'Send a code',
  'identity.sms.again': 'Send again in {n} s',
  'identity.counter.title': 'Way 2: a code from a service window',
  'identity.counter.help':
    'Bring your ID card (an organisation also its business licence and letter of authorisation) to any service window; after checking them the officer gives you an 8-character code, valid for 48 hours.',
  'identity.admin.title': 'Way 1: the organisation’s administrator accepts you',
  'identity.admin.help':
    'Ask the administrator account of your organisation to accept your request under “Agents”.',
  'identity.code': 'Code',
  'identity.code.placeholder': '6-digit SMS code or 8-character window code',
  'identity.code.required': 'Enter the code',
  'identity.submit': 'Prove',
  'identity.done': 'Your identity is proven; you may now apply.',
  'identity.done.go': 'Apply',
  'identity.refile.title': 'Give your identity again',
  'identity.refile.help':
    'If the name or identifier you gave was wrong, or the organisation refused, give it again.',
  'identity.refile.submit': 'Submit',
  'agents.title': 'Agents',
  'agents.intro':
    'The accounts of your organisation. An agent acts for it, and sees its applications, only once its administrator accepts the request.',
  'agents.accounts': 'Accounts of the organisation',
  'agents.requests': 'Agent requests',
  'agents.none': 'No requests waiting',
  'agents.col.name': 'Agent',
  'agents.col.idNumber': 'ID number',
  'agents.col.username': 'Username',
  'agents.col.capacity': 'Role',
  'agents.col.requestedAt': 'Requested',
  'agents.col.actions': 'Actions',
  'agents.capacity.administrator': 'Administrator',
  'agents.capacity.agent': 'Agent',
  'agents.you': ' (you)',
  'agents.nameMismatch': 'The request names the organisation differently',
  'agents.approve': 'Accept',
  'agents.refuse': 'Refuse',
  'agents.remove': 'Remove',
  'agents.remove.confirm': 'The account will no longer see or act for the organisation. Remove it?',
  'codes.title': 'Counter codes',
  'codes.intro':
    'An applicant who registered online proves whom they are at the window. Check the ID card (for an organisation, the business licence and letter of authorisation) in person, then issue a code for them to enter in their account. It is shown once and valid for 48 hours.',
  'codes.kind': 'Kind',
  'codes.person': 'Person',
  'codes.organisation': 'Organisation',
  'codes.identifier': 'Identifier',
  'codes.name': 'Name on the document',
  'codes.capacity': 'The bearer becomes',
  'codes.capacity.administrator': 'Administrator',
  'codes.capacity.agent': 'Agent',
  'codes.checked': 'I checked the original documents in person',
  'codes.checked.required': 'Check the documents in person first',
  'codes.issue': 'Issue a code',
  'codes.issued': 'Code',
  'codes.issued.help': 'Hand the code to {name} ({identifier}); valid until {expires}, once.',
  'codes.print': 'Print',
};

const texts = defineTexts('identity', zh, en);

/** `it('key', {var})` in the user's language. */
export function useIdentityTexts() {
  const { text, language } = useTexts(texts);
  return { it: text, language };
}

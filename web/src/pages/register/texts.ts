import { defineTexts, useTexts } from '../../lib/i18n.ts';

/** Texts of registration's consent and phone-code steps (Q-1, 个人信息保护法). */
const zh = {
  'privacy.consent': '我已阅读并同意《个人信息保护告知》',
  'privacy.title': '个人信息保护告知',
  'privacy.consentRequired': '请阅读并同意《个人信息保护告知》',
  'privacy.read': '阅读《个人信息保护告知》全文',
  'privacy.close': '关闭',
  'privacy.agree': '同意并关闭',
  'privacy.summary': '注册需收集您的姓名、证件号码和手机号码，用于开立账号、核验身份和办理业务。',
  'phone.label': '手机号码',
  'phone.help': '用于接收注册验证码和办理进度提醒；单位申请人填写经办人的手机号码',
  'phone.invalid': '请输入 11 位手机号码',
  'code.label': '短信验证码',
  'code.send': '获取验证码',
  'code.resend': '{seconds} 秒后重新获取',
  'code.sent': '验证码已发送，10 分钟内有效',
  'code.invalid': '请输入 6 位数字验证码',
  'code.needPhone': '请先填写手机号码并选择办事区县',
} as const;

export type RegisterTextKey = keyof typeof zh;

const en: Record<RegisterTextKey, string> = {
  'privacy.consent': 'I have read and agree to the personal information notice',
  'privacy.title': 'Personal information notice',
  'privacy.consentRequired': 'Read and agree to the personal information notice',
  'privacy.read': 'Read the personal information notice in full',
  'privacy.close': 'Close',
  'privacy.agree': 'Agree and close',
  'privacy.summary':
    'Registering collects your name, ID number and mobile number, to open the account, check your identity and handle your matters.',
  'phone.label': 'Mobile number',
  'phone.help': "For the registration code and progress reminders; for an organisation, its agent's number",
  'phone.invalid': 'Enter an 11-digit mobile number',
  'code.label': 'SMS code',
  'code.send': 'Get a code',
  'code.resend': 'Again in {seconds} s',
  'code.sent': 'A code was sent; it holds 10 minutes',
  'code.invalid': 'Enter the 6-digit code',
  'code.needPhone': 'Enter the mobile number and choose the district first',
};

const registerText = defineTexts('register', zh, en);

export const useRegisterTexts = () => {
  const { text, language } = useTexts(registerText);
  return { rt: text, language };
};

import { formatDateTime } from './dates.ts';

/**
 * GOV-5: each audit entry as a sentence people read, in Chinese and English: when, who (name, role,
 * agency), what, and which object by its human identifier (a case by its number, a list by its title
 * and version, a user by name). Ids, JSON and hashes stay in the technical details.
 */
export interface Words {
  zh: string;
  en: string;
}

/** What the sentence is built from: the stored entry with its ids resolved to names. */
export interface AuditSentenceInput {
  occurredAt: string | Date;
  action: string;
  actor: {
    /** The person's display name, or the stored name of a platform job. */
    name: string;
    role: string;
    agency: string | null;
  };
  subject: {
    type: string;
    /** The object's human identifier (case number, title …); null when it cannot be named. */
    label: string | Words | null;
  };
}

const w = (zh: string, en: string): Words => ({ zh, en });

/** How people name each kind of action: as a label (filters, histories) and as done ({subject}). */
interface ActionWords {
  label: Words;
  did: Words;
}

const a = (labelZh: string, labelEn: string, didZh: string, didEn: string): ActionWords => ({
  label: w(labelZh, labelEn),
  did: w(didZh, didEn),
});

/** Every action the platform records (platform/audit/actions.ts; a test checks both lists agree). */
export const auditActionWords: Record<string, ActionWords> = {
  'jurisdiction.created': a('新增区划', 'Jurisdiction added', '新增了{subject}', 'added {subject}'),
  'jurisdiction.renamed': a('区划更名', 'Jurisdiction renamed', '更改了{subject}的名称', 'renamed {subject}'),
  'agency.created': a('新增单位', 'Agency created', '新增了{subject}', 'created {subject}'),
  'agency.updated': a('修改单位', 'Agency updated', '修改了{subject}的信息', 'updated {subject}'),
  'district-settings.updated': a(
    '修改区县配置',
    'District settings updated',
    '修改了{subject}的区县配置',
    'changed the settings of {subject}',
  ),
  'user.created': a('新增用户', 'User created', '新增了{subject}', 'created {subject}'),
  'user.updated': a('修改用户', 'User updated', '修改了{subject}的信息', 'updated {subject}'),
  'user.password-reset': a(
    '重置密码',
    'Password reset',
    '重置了{subject}的密码',
    'reset the password of {subject}',
  ),
  'registration.code-sent': a(
    '发送注册验证码',
    'Registration code sent',
    '向注册手机号发送了验证码',
    'sent a registration code to a mobile number',
  ),
  'account.registered': a(
    '申请人注册',
    'Applicant registered',
    '注册了申请人账号',
    'registered as an applicant',
  ),
  'party-claim.filed': a(
    '重新提交身份核验申请',
    'Identity claim filed again',
    '重新提交了身份核验申请',
    'filed an identity claim again',
  ),
  'party-claim.sms-sent': a(
    '发送身份核验短信',
    'Identity check SMS sent',
    '获取了身份核验短信',
    'asked for an identity check SMS',
  ),
  'party-claim.proven': a(
    '身份核验通过',
    'Identity proven',
    '核验通过了{subject}的身份',
    'proved the identity of {subject}',
  ),
  'party-claim.refused': a(
    '经办人申请被拒绝',
    'Agent request refused',
    '拒绝了{subject}的经办人申请',
    'refused the agent request of {subject}',
  ),
  'counter-code.issued': a(
    '签发柜台核验码',
    'Counter code issued',
    '为{subject}签发了柜台核验码',
    'issued a counter code for {subject}',
  ),
  'company-agent.removed': a(
    '解除经办人',
    'Agent removed',
    '解除了{subject}的经办人身份',
    'removed {subject} as an agent',
  ),
  'account.password-changed': a('修改密码', 'Password changed', '修改了自己的密码', 'changed their password'),
  'session.opened': a('登录', 'Signed in', '登录了平台', 'signed in'),
  'session.closed': a('退出登录', 'Signed out', '退出了登录', 'signed out'),
  'calendar.day-set': a(
    '设置日历日期',
    'Calendar date set',
    '设置了工作日历中的{subject}',
    'set {subject} in the working calendar',
  ),
  'calendar.day-cleared': a(
    '取消日历设置',
    'Calendar date cleared',
    '取消了工作日历中{subject}的设置',
    'cleared {subject} in the working calendar',
  ),
  'calendar.year-schedule-entered': a(
    '录入年度节假日安排',
    'Year schedule entered',
    '录入了{subject}的节假日安排',
    'entered the official holiday schedule of {subject}',
  ),
  'deadline.registered': a('登记期限', 'Deadline registered', '登记了{subject}', 'registered {subject}'),
  'deadline.recounted': a(
    '按新日历重算期限',
    'Deadline recounted by the new calendar',
    '按新的工作日历重算了{subject}',
    'recounted {subject} by the new calendar',
  ),
  'deadline.closed': a('期限办结', 'Deadline closed', '办结了{subject}', 'closed {subject}'),
  'reminders.written': a(
    '发送期限提醒',
    'Reminders written',
    '发送了{subject}的期限提醒',
    'sent the deadline reminders of {subject}',
  ),
  'notification.read': a('消息已读', 'Message read', '阅读了{subject}', 'read {subject}'),
  'notification.all-read': a(
    '全部消息已读',
    'All messages read',
    '将{subject}的全部消息标为已读',
    'marked every message of {subject} read',
  ),
  'demo.loaded': a(
    '载入演示数据',
    'Demo data loaded',
    '载入了{subject}的演示数据',
    'loaded the demo data of {subject}',
  ),
  'certification-matter.created': a(
    '新增证明事项',
    'Certification matter added',
    '新增了{subject}',
    'added {subject}',
  ),
  'certification-matter.updated': a(
    '修改证明事项',
    'Certification matter changed',
    '修改了{subject}',
    'changed {subject}',
  ),
  'administrative-matter.created': a(
    '新增行政事项',
    'Administrative matter added',
    '新增了{subject}',
    'added {subject}',
  ),
  'administrative-matter.updated': a(
    '修改行政事项',
    'Administrative matter changed',
    '修改了{subject}',
    'changed {subject}',
  ),
  'list.imported': a(
    '导入清单',
    'List imported',
    '向{subject}导入了清单条目',
    'imported items into {subject}',
  ),
  'list.published': a('发布清单版本', 'List version published', '发布了{subject}', 'published {subject}'),
  'list-item.added': a('新增清单条目', 'List item added', '新增了{subject}', 'added {subject}'),
  'list-item.claimed': a(
    '认领上级清单条目',
    'Item claimed from the list above',
    '从上级清单认领了{subject}',
    'claimed {subject} from the list above',
  ),
  'list-item.amended': a('修改清单条目', 'List item amended', '修改了{subject}', 'amended {subject}'),
  'list-item.removed': a('删除清单条目', 'List item removed', '删除了{subject}', 'removed {subject}'),
  'list-item.regulator-opinion': a(
    '行业主管部门出具免予核查意见',
    'Industry regulator’s opinion on an exemption recorded',
    '对{subject}出具了免予核查意见',
    'gave the regulator’s opinion on exempting {subject}',
  ),
  'list-change.submitted': a(
    '提交清单变更申请',
    'Change request submitted',
    '提交了{subject}',
    'submitted {subject}',
  ),
  'list-change.resubmitted': a(
    '重新提交变更申请',
    'Change request resubmitted',
    '重新提交了{subject}',
    'resubmitted {subject}',
  ),
  'list-change.approved': a(
    '审核通过变更申请',
    'Change request approved',
    '审核通过了{subject}',
    'approved {subject}',
  ),
  'list-change.rejected': a(
    '变更申请不予通过',
    'Change request rejected',
    '未通过{subject}',
    'rejected {subject}',
  ),
  'list-change.returned': a(
    '退回变更申请',
    'Change request returned',
    '退回了{subject}',
    'returned {subject}',
  ),
  'list-change.withdrawn': a(
    '撤回变更申请',
    'Change request withdrawn',
    '撤回了{subject}',
    'withdrew {subject}',
  ),
  'list-change.published': a(
    '变更随新版本发布',
    'Change published in a version',
    '随新版本清单发布了{subject}',
    'published {subject} in a new list version',
  ),
  'list-filing.created': a('生成备案', 'Filing created', '生成了{subject}', 'created {subject}'),
  'list-filing.submitted': a('报送备案', 'Filing sent', '报送了{subject}', 'sent {subject}'),
  'list-filing.received': a('接收备案', 'Filing received', '接收了{subject}', 'received {subject}'),
  'work-rule.saved': a(
    '保存工作规程草稿',
    'Work rule draft saved',
    '保存了{subject}工作规程草稿',
    'saved a draft of the work rule of {subject}',
  ),
  'work-rule.published': a('发布工作规程', 'Work rule published', '发布了{subject}', 'published {subject}'),
  'format-text.saved': a(
    '保存格式文本草稿',
    'Format text draft saved',
    '保存了{subject}草稿',
    'saved a draft of {subject}',
  ),
  'format-text.published': a(
    '发布格式文本',
    'Format text published',
    '发布了{subject}',
    'published {subject}',
  ),
  'guide.saved': a(
    '保存办事指南草稿',
    'Service guide draft saved',
    '保存了{subject}草稿',
    'saved a draft of {subject}',
  ),
  'guide.published': a('发布办事指南', 'Service guide published', '发布了{subject}', 'published {subject}'),
  'document-filing.received': a(
    '确认文本备案',
    'Document filing received',
    '确认接收了{subject}',
    'received {subject}',
  ),
  'document.stored': a('存储文书', 'Document stored', '生成并存档了{subject}', 'made and stored {subject}'),
  'case.drafted': a(
    '保存申请草稿',
    'Application draft saved',
    '保存了{subject}的草稿',
    'saved a draft of {subject}',
  ),
  'case.submitted': a('提交申请', 'Application submitted', '提交了{subject}', 'submitted {subject}'),
  'case.resubmitted': a(
    '补正后重新提交',
    'Resubmitted after correction',
    '补正后重新提交了{subject}',
    'resubmitted {subject} after correction',
  ),
  'case.withdrawn': a('撤回申请', 'Application withdrawn', '撤回了{subject}', 'withdrew {subject}'),
  'case.accepted': a('受理申请', 'Application accepted', '受理了{subject}', 'accepted {subject}'),
  'case.correction-requested': a(
    '要求补正',
    'Correction requested',
    '要求{subject}补正材料',
    'asked for corrections to {subject}',
  ),
  'case.approved': a('准予许可', 'Application approved', '对{subject}作出准予决定', 'approved {subject}'),
  'case.refused': a('不予许可', 'Application refused', '对{subject}作出不予决定', 'refused {subject}'),
  'case.terminated': a('终止办理', 'Case terminated', '终止办理{subject}', 'terminated {subject}'),
  'case.commitment-withdrawn': a(
    '撤回承诺改交证明',
    'Commitment withdrawn, proof submitted instead',
    '在{subject}中撤回承诺、改交证明',
    'withdrew a commitment in {subject} and submitted the proof instead',
  ),
  'case.proof-file-attached': a(
    '上传证明材料',
    'Proof uploaded',
    '为{subject}上传了证明材料',
    'uploaded a proof to {subject}',
  ),
  'case.migrated': a(
    '历史案件迁入',
    'Historical case migrated',
    '迁入了历史{subject}',
    'migrated the historical {subject}',
  ),
  'case-file.uploaded': a('上传文件', 'File uploaded', '上传了{subject}', 'uploaded {subject}'),
  'verification.planned': a(
    '生成核查计划',
    'Verification planned',
    '为{subject}生成了核查计划',
    'planned the verification of {subject}',
  ),
  'verification.checked-online': a(
    '线上核查完成',
    'Checked online',
    '完成了{subject}的线上核查',
    'checked {subject} online',
  ),
  'verification.check-failed': a(
    '线上核查未能完成',
    'Online check failed',
    '未能完成{subject}的线上核查',
    'could not check {subject} online',
  ),
  'verification.started': a('开始核查', 'Verification started', '开始了{subject}', 'started {subject}'),
  'verification.result-recorded': a(
    '记录核查结果',
    'Result recorded',
    '记录了{subject}的结果',
    'recorded the result of {subject}',
  ),
  'verification.regularisation-requested': a(
    '告知补正',
    'Correction requested',
    '就{subject}告知申请人补正',
    'asked the applicant to correct {subject}',
  ),
  'verification.correction-received': a(
    '收到补正',
    'Correction received',
    '收到了{subject}的补正',
    'received the correction of {subject}',
  ),
  'verification.assistance-requested': a(
    '发起协查',
    'Assistance requested',
    '就{subject}发起了协查',
    'requested assistance with {subject}',
  ),
  'verification.assistance-answered': a(
    '协查答复',
    'Assistance answered',
    '答复了{subject}',
    'answered {subject}',
  ),
  'verification.assistance-escalated': a(
    '协查逾期督办',
    'Overdue assistance escalated',
    '督办了逾期未复的{subject}',
    'escalated the overdue {subject}',
  ),
  'verification.visit-scheduled': a(
    '安排现场核查',
    'Visit scheduled',
    '安排了{subject}',
    'scheduled {subject}',
  ),
  'verification.visit-recorded': a(
    '记录现场核查',
    'Visit recorded',
    '记录了{subject}的情况',
    'recorded {subject}',
  ),
  'false-commitment.found': a(
    '认定虚假承诺',
    'False commitment found',
    '认定{subject}中存在虚假承诺',
    'found a false commitment in {subject}',
  ),
  'false-commitment.action-taken': a(
    '采取处理措施',
    'Handling action taken',
    '对{subject}采取了处理措施',
    'took an action on {subject}',
  ),
  'false-commitment.action-concluded': a(
    '处理措施办结',
    'Handling action concluded',
    '办结了{subject}的处理措施',
    'concluded an action on {subject}',
  ),
  'data-access.display-delayed': a(
    '延迟向本人展示查询记录',
    'Display to the subject delayed',
    '延迟向本人展示{subject}',
    'delayed showing {subject} to the person concerned',
  ),
  'credit-record.entered': a(
    '记入诚信档案',
    'Integrity record entered',
    '记入了{subject}',
    'entered {subject}',
  ),
  'credit-record.reclassified': a(
    '失信类别调整',
    'Record reclassified',
    '调整了{subject}的类别',
    'reclassified {subject}',
  ),
  'credit-record.repaired': a('信用修复完成', 'Record repaired', '修复了{subject}', 'repaired {subject}'),
  'credit-record.corrected': a('失信记录更正', 'Record corrected', '更正了{subject}', 'corrected {subject}'),
  'credit-rules.published': a(
    '发布信用规则',
    'Credit rules published',
    '发布了{subject}',
    'published {subject}',
  ),
  'credit-repair.applied': a(
    '申请信用修复',
    'Credit repair applied for',
    '提交了{subject}',
    'applied for {subject}',
  ),
  'credit-repair.decided': a(
    '信用修复决定',
    'Credit repair decided',
    '对{subject}作出决定',
    'decided {subject}',
  ),
  'credit-objection.filed': a('提出异议', 'Objection filed', '提出了{subject}', 'filed {subject}'),
  'credit-objection.decided': a(
    '异议复核决定',
    'Objection decided',
    '对{subject}作出复核决定',
    'decided {subject}',
  ),
  'credit-push.retried': a('重新推送', 'Push retried', '重新推送了{subject}', 'retried {subject}'),
  'integrity-file.viewed': a(
    '查阅诚信档案',
    'Integrity file viewed',
    '查阅了{subject}的诚信档案',
    'viewed the integrity file of {subject}',
  ),
  'personal-data.viewed': a(
    '查看申请人完整个人信息',
    "Applicant's full personal data viewed",
    '查看了{subject}申请人的完整个人信息',
    "viewed the applicant's full personal data in {subject}",
  ),
  'inspection-plan.drafted': a(
    '制定抽查计划',
    'Sampling plan drafted',
    '制定了{subject}',
    'drafted {subject}',
  ),
  'inspection-plan.edited': a('修改抽查计划', 'Sampling plan edited', '修改了{subject}', 'edited {subject}'),
  'inspection-plan.cancelled': a(
    '撤销抽查计划',
    'Sampling plan cancelled',
    '撤销了{subject}',
    'cancelled {subject}',
  ),
  'inspection-plan.approved': a(
    '批准抽查计划',
    'Sampling plan approved',
    '批准了{subject}（对象库冻结，随机种子的校验值已公布）',
    'approved {subject} (pool frozen, the check value of the seed published)',
  ),
  'inspection-plan.drawn': a(
    '双随机抽取',
    'Draw made',
    '按{subject}进行了双随机抽取并公开种子',
    'made the draw of {subject} and revealed the seed',
  ),
  'inspection-plan.completed': a(
    '抽查计划办结',
    'Sampling plan completed',
    '办结了{subject}',
    'completed {subject}',
  ),
  'inspection.result-recorded': a(
    '录入抽查结果',
    'Inspection result recorded',
    '录入了{subject}的检查结果',
    'recorded the inspection result of {subject}',
  ),
  'inspector.saved': a('维护执法人员', 'Inspector saved', '维护了{subject}的信息', 'saved {subject}'),
  'inspector.conflict-declared': a(
    '申报回避',
    'Conflict declared',
    '为{subject}申报了回避',
    'declared a conflict for {subject}',
  ),
  'inspector.conflict-withdrawn': a(
    '撤回回避申报',
    'Conflict withdrawn',
    '撤回了{subject}的回避申报',
    'withdrew a conflict of {subject}',
  ),
  'inspector.pool-imported': a(
    '导入执法人员库',
    'Inspector pool imported',
    '导入了{subject}的执法人员库',
    'imported the inspector pool of {subject}',
  ),
  'item-risk.assessed': a(
    '评估事项风险',
    'Item risk assessed',
    '评估了{subject}的风险等级',
    'assessed the risk of {subject}',
  ),
  'key-supervision.started': a(
    '列入重点监管',
    'Put under key supervision',
    '将{subject}列入重点监管',
    'put {subject} under key supervision',
  ),
  'key-supervision.lifted': a(
    '解除重点监管',
    'Key supervision lifted',
    '解除了{subject}的重点监管',
    'lifted the key supervision of {subject}',
  ),
};

/** How each kind of recorded object is named before its identifier; a name is quoted, a number not. */
interface Noun extends Words {
  quote?: boolean;
}
const q = (zh: string, en: string): Noun => ({ zh, en, quote: true });

const subjectNouns: Record<string, Noun> = {
  jurisdiction: w('区划', 'jurisdiction'),
  agency: q('单位', 'agency'),
  'district-settings': w('', ''),
  user: w('用户', 'user'),
  party: w('当事人', 'party'),
  'counter-code': w('', ''),
  'calendar-day': w('', ''),
  'calendar-year': w('', ''),
  deadline: w('期限', 'deadline'),
  'deadline-scan': w('', ''),
  notification: w('消息', 'message'),
  'demo-data': w('', ''),
  'certification-matter': q('证明事项', 'certification matter'),
  'administrative-matter': q('行政事项', 'administrative matter'),
  list: q('清单', 'list'),
  'list-version': w('清单', 'list'),
  'list-item': q('清单条目', 'list item'),
  'list-change-request': w('变更申请', 'change request'),
  'list-filing': w('清单备案', 'list filing'),
  'work-rule': w('', ''),
  'work-rule-version': w('', ''),
  'format-text': q('格式文本', 'format text'),
  'format-text-version': q('格式文本', 'format text'),
  'service-guide': q('办事指南', 'service guide'),
  'service-guide-version': q('办事指南', 'service guide'),
  'document-filing': q('文本备案', 'document filing'),
  'stored-document': q('文书', 'document'),
  case: w('案件', 'case'),
  'case-file': q('文件', 'file'),
  'verification-task': w('核查任务', 'verification'),
  'assistance-request': w('协查请求', 'assistance request'),
  'on-site-visit': w('现场核查', 'on-site visit'),
  'false-commitment-handling': w('虚假承诺处理', 'false-commitment handling'),
  'data-access-entry': w('数据查询记录', 'data query record'),
  'credit-record': w('失信记录', 'integrity record'),
  'credit-rules': w('信用规则', 'credit rules'),
  'credit-repair': w('信用修复申请', 'credit repair'),
  'credit-objection': w('异议', 'objection'),
  'credit-push': w('信用信息推送', 'credit push'),
  'inspection-plan': q('抽查计划', 'sampling plan'),
  'inspection-object': w('抽查对象', 'inspection object'),
  inspector: q('执法人员', 'inspector'),
  'inspector-pool': w('', ''),
  'key-supervision': q('', ''),
};
const SOME_RECORD = w('一项记录', 'a record');

/** The roles of SPEC §1 as the trail names them (the same words as the interface's role labels). */
export const roleWords: Record<string, Words> = {
  applicant: w('申请人', 'Applicant'),
  'case-officer': w('窗口人员', 'Case officer'),
  verifier: w('核查人员', 'Verifier'),
  'assisting-officer': w('协助单位', 'Assisting officer'),
  regulator: w('行业监管部门', 'Regulator'),
  'justice-officer': w('司法行政人员', 'Justice officer'),
  'credit-officer': w('信用管理人员', 'Credit officer'),
  'data-officer': w('大数据管理人员', 'Data officer'),
  auditor: w('上级督查（只读）', 'Auditor (read-only)'),
  admin: w('系统管理员', 'Administrator'),
};

const PLATFORM = w('平台', 'The platform');

/** The platform's own jobs, by the name they record under (older entries keep older names). */
const platformJobs: Record<string, Words> = {
  system: PLATFORM,
  'deadline-scan': w('平台期限提醒（自动）', 'The platform’s deadline reminders (automatic)'),
  'credit-feed': w('平台信用信息接收（自动）', 'The platform’s credit feed (automatic)'),
  'demo-loader': PLATFORM,
  跨区域协查: w('平台跨区域协查', 'The platform’s cross-district assistance'),
  协查逾期督办: w('平台协查逾期督办（自动）', 'The platform’s overdue assistance follow-up (automatic)'),
  '平台线上核查（自动）': w('平台线上核查（自动）', 'The platform’s online checks (automatic)'),
  '双随机抽取（到期自动）': w('平台双随机抽取（到期自动）', 'The platform’s scheduled draw (automatic)'),
};

function actorWords(actor: AuditSentenceInput['actor']): Words {
  if (actor.role === 'system') return platformJobs[actor.name] ?? PLATFORM;
  const role = roleWords[actor.role] ?? w('工作人员', 'Staff');
  const zh = [role.zh, actor.agency].filter(Boolean).join('，');
  const en = [role.en, actor.agency].filter(Boolean).join(', ');
  return w(`${actor.name}（${zh}）`, `${actor.name} (${en})`);
}

function subjectWords(subject: AuditSentenceInput['subject']): Words {
  const noun = subjectNouns[subject.type];
  const label = typeof subject.label === 'string' ? w(subject.label, subject.label) : subject.label;
  if (!noun) return label ?? SOME_RECORD;
  if (!label) return w(noun.zh || SOME_RECORD.zh, noun.en || SOME_RECORD.en);
  if (noun.quote) return w(`${noun.zh}「${label.zh}」`, [noun.en, `“${label.en}”`].filter(Boolean).join(' '));
  // A number stands apart from its noun (案件 370212-…); a bracketed label follows it directly.
  const gap = /^[（「]/.test(label.zh) ? '' : ' ';
  return w([noun.zh, label.zh].filter(Boolean).join(gap), [noun.en, label.en].filter(Boolean).join(' '));
}

/** What an action is called (a filter's options, a task's history); an unknown one in plain words. */
export const auditActionLabel = (action: string): Words =>
  auditActionWords[action]?.label ?? w('其他操作', 'Other change');

/** The entry as one sentence: "2026-09-24 10:00，王芳（窗口人员，崂山区行政审批服务局）受理了案件 370212-2026-000013。" */
export function auditSentence(entry: AuditSentenceInput): Words {
  const did = auditActionWords[entry.action]?.did ?? w('处理了{subject}', 'made a change to {subject}');
  const actor = actorWords(entry.actor);
  const subject = subjectWords(entry.subject);
  const en = did.en.replace('{subject}', subject.en);
  return {
    zh: `${formatDateTime(entry.occurredAt, 'zh')}，${actor.zh}${did.zh.replace('{subject}', subject.zh)}。`,
    en: `${formatDateTime(entry.occurredAt, 'en')}: ${actor.en} ${en}.`,
  };
}

import { defineTexts, useTexts } from '../../lib/i18n.ts';

/** Texts of 接口状态: the outside systems the district's work goes through. Chinese first. */
const zh = {
  title: '接口状态',
  intro:
    '本区业务调用的外部系统：是否应答、熔断器状态、最近一次成功与失败，以及等待重试和已放弃（需人工处理）的事项。',
  checkedAt: '{district} · 检查于 {at}',
  refresh: '刷新',
  'name.exchange': '政务数据共享交换平台',
  'name.sms': '短信平台',
  'name.credit': '公共信用信息平台',
  'answers.true': '应答正常',
  'answers.false': '无应答',
  'answers.null': '未接入',
  circuit: '熔断器',
  'circuit.closed': '闭合（正常调用）',
  'circuit.open': '断开（暂停调用）',
  'circuit.half-open': '半开（试探恢复）',
  lastSuccess: '最近成功',
  lastFailure: '最近失败',
  'failure.refused': '被拒绝',
  'failure.unavailable': '不可用',
  'failure.circuit-open': '熔断中未调用',
  recent: '最近调用',
  recentCalls: '{n} 次，失败 {failed} 次',
  queued: '等待重试',
  givenUp: '已放弃',
  givenUpHint: '需人工处理',
  platformWide: '全平台合计（短信发送不分区县）',
  never: '—',
  platforms: '推送的信用平台',
  'platform.name': '平台',
  'platform.lastDelivered': '最近送达',
  'platform.lastPulled': '最近拉取反馈',
} as const;

const en: Record<keyof typeof zh, string> = {
  title: 'Connector status',
  intro:
    "The outside systems the district's work goes through: whether they answer, their circuit breaker, the last success and failure, and what waits for a retry or was given up (someone has to act).",
  checkedAt: '{district} · checked {at}',
  refresh: 'Refresh',
  'name.exchange': 'Government data-sharing platform',
  'name.sms': 'SMS gateway',
  'name.credit': 'Public credit platforms',
  'answers.true': 'Answers',
  'answers.false': 'Not answering',
  'answers.null': 'Not connected',
  circuit: 'Circuit breaker',
  'circuit.closed': 'Closed (calls go through)',
  'circuit.open': 'Open (calls paused)',
  'circuit.half-open': 'Half-open (trying again)',
  lastSuccess: 'Last success',
  lastFailure: 'Last failure',
  'failure.refused': 'refused',
  'failure.unavailable': 'unavailable',
  'failure.circuit-open': 'not called, circuit open',
  recent: 'Recent calls',
  recentCalls: '{n}, {failed} failed',
  queued: 'Waiting for retry',
  givenUp: 'Given up',
  givenUpHint: 'someone has to act',
  platformWide: 'Whole platform (SMS is sent for every district)',
  never: '—',
  platforms: 'Credit platforms pushed to',
  'platform.name': 'Platform',
  'platform.lastDelivered': 'Last delivered',
  'platform.lastPulled': 'Last feedback pulled',
};

const texts = defineTexts('connectors', zh, en);

/** `ct('key', {var})` in the user's language. */
export function useConnectorTexts() {
  const { text, language } = useTexts(texts);
  return { ct: text, language };
}

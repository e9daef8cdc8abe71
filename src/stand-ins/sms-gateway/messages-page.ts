import type { DeliveredMessage } from './message-store.ts';

const escapeHtml = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );

/** The simulated handsets: what a demo user reads instead of their phone. */
export function messagesPage(messages: DeliveredMessage[]): string {
  const rows = messages
    .map(
      (m) =>
        `<tr><td>${escapeHtml(m.receivedAt.replace('T', ' ').slice(0, 19))}</td><td>${escapeHtml(m.to)}</td><td>${escapeHtml(m.text)}</td></tr>`,
    )
    .join('');
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>模拟短信平台</title>
<style>body{font-family:sans-serif;margin:2em;color:#1f1f1f}table{border-collapse:collapse}td,th{border:1px solid #999;padding:.4em .8em;text-align:left}</style>
</head><body><h1>模拟短信平台（演示用，非真实短信）</h1>
<p>承诺平台发出的短信在此显示。Messages the platform sent to simulated phones (stand-in, not real SMS).</p>
<table><thead><tr><th>时间 (UTC)</th><th>手机号</th><th>内容</th></tr></thead><tbody>${rows || '<tr><td colspan="3">暂无短信</td></tr>'}</tbody></table>
</body></html>`;
}

import type { ReceivedPush } from './push-store.ts';

const escapeHtml = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );

/** What the platforms received: the demo's view of the far side of CRED-6. */
export function pushesPage(pushes: ReceivedPush[]): string {
  const rows = pushes
    .map((p) => {
      const party = p.envelope.party as { name?: string } | undefined;
      return `<tr><td>${escapeHtml(p.receivedAt.replace('T', ' ').slice(0, 19))}</td><td>${escapeHtml(p.platform)}</td><td>${escapeHtml(p.districtCode)}</td><td>${escapeHtml(p.kind)}</td><td>${escapeHtml(party?.name ?? '')}</td><td>${escapeHtml(String(p.envelope.status ?? ''))}</td><td><code>${escapeHtml(p.receiptId)}</code></td></tr>`;
    })
    .join('');
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>模拟信用信息平台</title>
<style>body{font-family:sans-serif;margin:2em;color:#1f1f1f}table{border-collapse:collapse}td,th{border:1px solid #999;padding:.4em .8em;text-align:left}</style>
</head><body><h1>模拟信用信息平台（演示用，非真实平台）</h1>
<p>承诺平台推送的承诺、履约和失信信息在此显示。Pushes the platform delivered to the simulated credit platforms (stand-in, not the real 信用山东 or 国家企业信用信息公示系统).</p>
<table><thead><tr><th>接收时间 (UTC)</th><th>平台</th><th>区划</th><th>类型</th><th>主体</th><th>状态</th><th>回执号</th></tr></thead><tbody>${rows || '<tr><td colspan="7">暂无推送</td></tr>'}</tbody></table>
</body></html>`;
}

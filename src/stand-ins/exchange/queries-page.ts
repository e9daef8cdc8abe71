import { recordTypes } from '../../common/shared-records.ts';
import type { QueryLogEntry } from './record-store.ts';

const escapeHtml = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );

/** The operator's view of the exchange: the latest queries the platform sent, newest first. */
export function queriesPage(queries: QueryLogEntry[]): string {
  const rows = queries
    .map((q) =>
      [
        q.at.replace('T', ' ').slice(0, 19),
        recordTypes[q.recordType].zh,
        q.identifier,
        q.name ?? '',
        q.found ? '有记录' : '无记录',
        q.purpose,
        q.caseNo ?? '',
        `${q.requestedBy.agency} / ${q.requestedBy.user}`,
        q.requestId,
      ]
        .map((cell) => `<td>${escapeHtml(cell)}</td>`)
        .join(''),
    )
    .map((cells) => `<tr>${cells}</tr>`)
    .join('');
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>模拟数据共享交换平台</title>
<style>body{font-family:sans-serif;margin:2em;color:#1f1f1f}table{border-collapse:collapse}td,th{border:1px solid #999;padding:.4em .8em;text-align:left}</style>
</head><body><h1>模拟数据共享交换平台（演示用，示例数据）</h1>
<p>承诺平台发来的核查查询在此显示，最近 100 条。Queries the platform sent to the data-sharing exchange (stand-in, fictional data), latest 100.</p>
<table><thead><tr><th>时间 (UTC)</th><th>记录类型</th><th>证件号码</th><th>姓名/名称</th><th>结果</th><th>用途</th><th>案件号</th><th>查询单位/人员</th><th>请求号</th></tr></thead><tbody>${rows || '<tr><td colspan="9">暂无查询</td></tr>'}</tbody></table>
</body></html>`;
}

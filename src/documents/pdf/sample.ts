/**
 * Writes a sample notice to /tmp/sample-notice.pdf (or the path given) to look at the layout:
 *   npx tsx src/documents/pdf/sample.ts [out.pdf] && pdftoppm -png -r 60 /tmp/sample-notice.pdf /tmp/sample-notice
 */
import { writeFileSync } from 'node:fs';
import { renderPdf } from './render-document.ts';
import { sampleNotice } from './sample-notice.ts';

const out = process.argv[2] ?? '/tmp/sample-notice.pdf';
const started = performance.now();
const { pdf, warnings } = await renderPdf(sampleNotice());
const first = performance.now() - started;
const timings: number[] = [];
for (let i = 0; i < 5; i++) {
  const t = performance.now();
  await renderPdf(sampleNotice());
  timings.push(performance.now() - t);
}
writeFileSync(out, pdf);
console.log(
  `${out}: ${pdf.length} bytes; first render ${first.toFixed(0)} ms, then ${timings.map((t) => t.toFixed(0)).join(', ')} ms`,
);
for (const warning of warnings) console.log(`warning: ${warning}`);

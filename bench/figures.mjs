// The performance issue's figures from each bench's JSON line (bench/run.mjs prints them as one table).
// A figure: {name, value, unit, reference, ratio, goal, met}; `ratio` compares with the reference where
// there is one (for CPU per request: reference / value, so higher is better, as for throughput).
const round2 = (n) => Math.round(n * 100) / 100;

const byBench = {
  submit(report) {
    const figures = [];
    if (report.postgres) {
      const { api, request, ratio } = report.postgres;
      figures.push({
        name: 'submission on PostgreSQL (3 proofs, 2 committed)',
        value: api.rps,
        unit: '/s',
        reference: `pgbench replaying its SQL: ${request} tps`,
        ratio,
        goal: `≥ ${report.goal.ratio}×`,
        met: ratio >= report.goal.ratio,
      });
    }
    if (report.pglite) {
      const { api, replay } = report.pglite;
      const replayRate = typeof replay === 'number' ? replay : replay?.rps;
      figures.push({
        name: 'submission on PGlite',
        value: api.rps,
        unit: '/s',
        reference: replayRate ? `the same SQL replayed in process: ${replayRate}/s` : null,
        ratio: replayRate ? round2(api.rps / replayRate) : null,
        goal: `≥ ${report.goal.pglite}/s`,
        met: api.rps >= report.goal.pglite,
      });
    }
    return figures;
  },
  'public-list'(report) {
    const goals = { 200: 0.9, 304: 0.95 };
    return report.results.map((r) => {
      const ratio = round2(r.bare.cpuUs / r.real.cpuUs);
      return {
        name: `public list ${r.status}, server CPU per request`,
        value: r.real.cpuUs,
        unit: 'µs',
        reference: `bare Fastify serving the same bytes: ${r.bare.cpuUs} µs`,
        ratio,
        goal: `≥ ${goals[r.status]}×`,
        met: ratio >= goals[r.status],
      };
    });
  },
  startup(report) {
    if (report.second === undefined) return [];
    return [
      {
        name: 'second start on a ready data folder → health',
        value: report.second,
        unit: 's',
        reference: `opening the same PGlite folder in a bare node process: ${report.bare} s`,
        ratio: round2(report.bare / report.second),
        goal: `≤ ${report.goal.second} s`,
        met: report.second <= report.goal.second,
      },
      {
        name: 'first start (migrations + demo) → health',
        value: report.first,
        unit: 's',
        reference: null,
        ratio: null,
        goal: `≤ ${report.goal.first} s`,
        met: report.first <= report.goal.first,
      },
    ];
  },
  bundle(report) {
    return [
      ['public', report.public, report.goal.publicKb],
      ['workbench', report.workbench, report.goal.workbenchKb],
    ].map(([kind, page, goal]) => ({
      name: `JavaScript of the heaviest ${kind} page, gzip (${page.page})`,
      value: page.kb,
      unit: 'KB',
      reference: null,
      ratio: null,
      goal: `≤ ${goal} KB`,
      met: page.kb <= goal,
    }));
  },
  lcp: (report) => [
    {
      name: 'public home, Largest Contentful Paint (4× CPU slowdown, Fast 3G)',
      value: report.lcp,
      unit: 's',
      reference: null,
      ratio: null,
      goal: `≤ ${report.goal} s`,
      met: report.lcp <= report.goal,
    },
  ],
  // bench/draw.ts measures the double-random issue's draw; its figures are printed in its own section.
  draw: () => [],
};

export const figuresOf = (bench, report) => (byBench[bench] ?? (() => []))(report);

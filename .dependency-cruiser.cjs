// Import rules of ARCHITECTURE.md, checked by `npm run check` (npm run deps); any violation fails it.
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'platform-imports-no-capability',
      comment: 'Shared machinery (db, http, auth, audit, jobs, calendar) knows no capability.',
      severity: 'error',
      from: { path: '^src/platform/' },
      to: { path: '^src/', pathNot: '^src/(platform|common)/' },
    },
    {
      name: 'capabilities-meet-at-their-index',
      comment:
        'A capability uses another only through what that one exports in its index.ts, or its API contract; the composition root, demo data and tools may reach anything.',
      severity: 'error',
      from: { path: '^src/([^/]+)/', pathNot: '^src/(platform|demo|tools|stand-ins)/' },
      to: {
        path: '^src/[^/]+/',
        pathNot: ['^src/$1/', '^src/(platform|common)/', '^src/[^/]+/(index|contract)\\.ts$'],
      },
    },
    {
      name: 'no-cycles-between-capabilities',
      comment: 'Capabilities depend on each other in one direction only.',
      severity: 'error',
      from: { path: '^src/' },
      to: { circular: true },
    },
    {
      name: 'policy-is-pure',
      comment: 'Policy rules and state tables import neither HTTP nor the database.',
      severity: 'error',
      // (work-rules.ts is the use cases of the 工作规程, not a policy module.)
      from: { path: '(-policy|-rules|-states)\\.ts$', pathNot: '/work-rules\\.ts$' },
      to: { path: '(^src/platform/(db|http)/|node_modules/(fastify|drizzle-orm|pg|@electric-sql)/)' },
    },
    {
      name: 'shared-code-is-pure',
      comment:
        'src/common is what the web and the server both run: pure code that imports nothing but itself and the platform errors and workflow helper.',
      severity: 'error',
      from: { path: '^src/common/' },
      to: {
        path: '(^src/|node_modules)',
        pathNot: '^src/(common/|platform/(errors|workflow)\\.ts$)',
      },
    },
    {
      name: 'web-imports-only-shared-code',
      comment: 'The web reaches the server only through the generated client and the shared pure code.',
      severity: 'error',
      from: { path: '^web/src/' },
      to: { path: '^src/', pathNot: '^src/common/' },
    },
    {
      name: 'web-calls-the-api-through-its-capability-hooks',
      comment:
        'Outside web/src/api/, the web reads and writes through the named hooks and calls of a capability (web/src/api/cases.ts, lists.ts…), never the generic client or useApi.',
      severity: 'error',
      from: { path: '^web/src/', pathNot: '^web/src/api/' },
      to: { path: '^web/src/api/(client|use-api)\\.ts$' },
    },
    {
      name: 'server-does-not-import-web',
      severity: 'error',
      from: { path: '^src/' },
      to: { path: '^web/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^dist/|^web/dist/|\\.test\\.tsx?$)' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { extensions: ['.ts', '.tsx', '.js', '.mjs'] },
  },
};

// `npm run deps`, second half: capabilities depend on each other in one direction only. dependency-
// cruiser's `circular` rule sees cycles between modules; this collapses the module graph to one node per
// capability (src/<capability>/) and fails on any cycle between them. The platform and the shared pure
// code are left out (they import no capability, other rules), and so are the composition root (src/*.ts), the demo data and
// the tools, which import everything on purpose.
import { execFileSync } from 'node:child_process';

const composing = new Set(['platform', 'common', 'demo', 'tools', 'stand-ins']);
const capabilityOf = (path) => {
  const match = /^src\/([^/]+)\//.exec(path);
  return match && !composing.has(match[1]) ? match[1] : null;
};

const json = execFileSync(
  'npx',
  ['depcruise', 'src', '--config', '.dependency-cruiser.cjs', '--output-type', 'json'],
  { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
);
const edges = new Map(); // capability → capability → an example import
for (const module of JSON.parse(json).modules) {
  const from = capabilityOf(module.source);
  if (!from) continue;
  for (const dependency of module.dependencies) {
    const to = capabilityOf(dependency.resolved);
    if (!to || to === from) continue;
    if (!edges.has(from)) edges.set(from, new Map());
    if (!edges.get(from).has(to)) edges.get(from).set(to, `${module.source} → ${dependency.resolved}`);
  }
}

// Tarjan's strongly connected components: any with more than one capability is a cycle.
let index = 0;
const indexOf = new Map();
const lowOf = new Map();
const stack = [];
const cycles = [];
function visit(node) {
  indexOf.set(node, index);
  lowOf.set(node, index++);
  stack.push(node);
  for (const next of edges.get(node)?.keys() ?? []) {
    if (!indexOf.has(next)) {
      visit(next);
      lowOf.set(node, Math.min(lowOf.get(node), lowOf.get(next)));
    } else if (stack.includes(next)) lowOf.set(node, Math.min(lowOf.get(node), indexOf.get(next)));
  }
  if (lowOf.get(node) !== indexOf.get(node)) return;
  const component = [];
  let member;
  do {
    member = stack.pop();
    component.push(member);
  } while (member !== node);
  if (component.length > 1) cycles.push(component.sort());
}
for (const node of edges.keys()) if (!indexOf.has(node)) visit(node);

if (cycles.length === 0) {
  console.log(`✔ no cycles between capabilities (${edges.size} capabilities with dependencies)`);
} else {
  for (const cycle of cycles) {
    console.error(`✖ capabilities in a cycle: ${cycle.join(', ')}`);
    for (const from of cycle)
      for (const [to, example] of edges.get(from) ?? [])
        if (cycle.includes(to)) console.error(`    ${from} → ${to}: ${example}`);
  }
  process.exit(1);
}

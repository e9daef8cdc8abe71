import type { FastifyInstance } from 'fastify';

/** How a stand-in misbehaves, for tests: refuse with 503, hang, or answer after a delay. */
export type Fault = { mode: 'none' } | { mode: 'fail' | 'hang' } | { mode: 'slow'; delayMs: number };

function parseFault(raw: string): Fault | null {
  let body: { mode?: unknown; delayMs?: unknown };
  try {
    body = JSON.parse(raw || '{"mode":"none"}') as typeof body;
  } catch {
    return null;
  }
  const { mode, delayMs } = body ?? {};
  if (mode === 'none' || mode === 'fail' || mode === 'hang') return { mode };
  if (mode === 'slow' && Number.isInteger(delayMs) && (delayMs as number) >= 0)
    return { mode, delayMs: delayMs as number };
  return null;
}

/**
 * Every stand-in's fault switch: `POST /v1/faults` sets the fault every other request then meets
 * (the app must parse JSON bodies as strings). Answers `reset`, for the stand-in's close.
 */
export function injectableFaults(app: FastifyInstance): { reset(): void } {
  let fault: Fault = { mode: 'none' };
  app.addHook('onRequest', async (request, reply) => {
    if (request.url.startsWith('/v1/faults')) return;
    const now = fault;
    if (now.mode === 'fail') return reply.status(503).send({ error: 'injected failure' });
    if (now.mode === 'hang') await new Promise(() => {});
    if (now.mode === 'slow') await new Promise((resolve) => setTimeout(resolve, now.delayMs));
  });
  app.post('/v1/faults', async (request, reply) => {
    const next = parseFault((request.body as string | undefined) ?? '');
    if (!next)
      return reply
        .status(400)
        .send({ error: "mode must be 'none', 'fail', 'hang' or 'slow' (with delayMs)" });
    fault = next;
    return fault;
  });
  return {
    reset: () => {
      fault = { mode: 'none' };
    },
  };
}

import type { FastifyInstance } from 'fastify';

declare module 'fastify' {
  interface FastifyInstance {
    /**
     * Stops serving: no new connections, every request already read is answered (with
     * `Connection: close`, so kept-alive clients go), idle connections are closed as they fall idle.
     */
    stopGracefully(): Promise<void>;
  }
}

export function installGracefulStop(app: FastifyInstance): void {
  let stopping = false;
  app.addHook('onSend', async (_request, reply) => {
    if (stopping) reply.header('connection', 'close');
  });
  app.decorate('stopGracefully', async () => {
    stopping = true;
    const closed = app.close();
    // A keep-alive connection that just answered is idle now: close it rather than wait for the client.
    const sweep = setInterval(() => app.server.closeIdleConnections(), 50);
    try {
      await closed;
    } finally {
      clearInterval(sweep);
    }
  });
}

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
    // Fastify closes only a server it listened on itself; one handed in by a serverFactory (it listened
    // while the application started) is closed here. Closing twice is harmless.
    const closed = Promise.all([app.close(), new Promise((done) => app.server.close(done))]);
    // A keep-alive connection that just answered is idle now: close it rather than wait for the client.
    const sweep = setInterval(() => app.server.closeIdleConnections(), 50);
    try {
      await closed;
    } finally {
      clearInterval(sweep);
    }
  });
}

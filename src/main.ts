import { ConfigError, loadConfig } from './platform/config.ts';
import { listen, startingServer } from './platform/http/starting-server.ts';

function fail(message: string): never {
  process.stderr.write(`chengnuo: ${message}\n`);
  process.exit(1);
}

async function main(): Promise<void> {
  let config: ReturnType<typeof loadConfig>;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) fail(`configuration error: ${error.message}`);
    throw error;
  }
  // The port opens first: until the application is ready it answers "starting" (health 503, a waiting page).
  const starting = startingServer();
  await listen(starting.server, config.port, config.host).catch((error: Error) =>
    fail(`cannot listen on ${config.host}:${config.port}: ${error.message}`),
  );
  const listeningMs = performance.now();
  // Loaded after the port is open: the application's modules take about a second to load.
  const { startApplication } = await import('./application.ts');
  await startApplication({ config, starting, listeningMs, fail });
}

main().catch((error: unknown) => {
  process.stderr.write(
    `chengnuo: failed to start: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exit(1);
});

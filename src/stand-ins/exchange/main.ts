// `npm run exchange`: the data-sharing exchange stand-in alone, for a platform started with
// CHENGNUO_EXCHANGE_URL.
import path from 'node:path';
import { startExchange } from './service.ts';

const trustedKeys = (process.env.EXCHANGE_TRUSTED_KEYS ?? '')
  .split(',')
  .map((k) => k.trim())
  .filter(Boolean);
if (trustedKeys.length === 0) {
  process.stderr.write(
    'exchange: set EXCHANGE_TRUSTED_KEYS to the platform’s SM2 public key (hex), comma-separated for several\n',
  );
  process.exit(1);
}
const exchange = await startExchange({
  port: Number(process.env.PORT ?? 3102),
  host: process.env.HOST ?? '127.0.0.1',
  dataDir: path.resolve(process.env.EXCHANGE_DATA ?? 'data/exchange'),
  trustedKeys,
});
process.stdout.write(
  `Data-sharing exchange (stand-in) at ${exchange.url}\nIts answers are signed with SM2 public key ${exchange.publicKey}\n`,
);
const stop = () => void exchange.close().then(() => process.exit(0));
process.on('SIGTERM', stop);
process.on('SIGINT', stop);

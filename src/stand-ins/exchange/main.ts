// `npm run exchange`: the data-sharing exchange stand-in alone, for a platform started with
// CHENGNUO_EXCHANGE_URL.
import path from 'node:path';
import { closeOnSignals, trustedKeysFrom } from '../run-alone.ts';
import { startExchange } from './service.ts';

const exchange = await startExchange({
  port: Number(process.env.PORT ?? 3102),
  host: process.env.HOST ?? '127.0.0.1',
  dataDir: path.resolve(process.env.EXCHANGE_DATA ?? 'data/exchange'),
  trustedKeys: trustedKeysFrom('EXCHANGE_TRUSTED_KEYS', 'exchange'),
});
process.stdout.write(
  `Data-sharing exchange (stand-in) at ${exchange.url}\nIts answers are signed with SM2 public key ${exchange.publicKey}\n`,
);
closeOnSignals(exchange);

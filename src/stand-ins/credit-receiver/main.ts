// `npm run credit-receiver`: the credit platforms' stand-in alone, for a platform started with
// CHENGNUO_CREDIT_URL.
import path from 'node:path';
import { closeOnSignals, trustedKeysFrom } from '../run-alone.ts';
import { startCreditReceiver } from './receiver.ts';

const receiver = await startCreditReceiver({
  port: Number(process.env.PORT ?? 3103),
  host: process.env.HOST ?? '127.0.0.1',
  dataDir: path.resolve(process.env.CREDIT_RECEIVER_DATA ?? 'data/credit-receiver'),
  trustedKeys: trustedKeysFrom('CREDIT_RECEIVER_TRUSTED_KEYS', 'credit-receiver'),
});
process.stdout.write(`Credit platforms (stand-in) at ${receiver.url}\n`);
closeOnSignals(receiver);

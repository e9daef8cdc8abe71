// `npm run sms-gateway`: the SMS stand-in alone, for a platform started with CHENGNUO_SMS_URL.
import path from 'node:path';
import { closeOnSignals, trustedKeysFrom } from '../run-alone.ts';
import { startSmsGateway } from './gateway.ts';

const gateway = await startSmsGateway({
  port: Number(process.env.PORT ?? 3101),
  host: process.env.HOST ?? '127.0.0.1',
  dataDir: path.resolve(process.env.SMS_GATEWAY_DATA ?? 'data/sms-gateway'),
  trustedKeys: trustedKeysFrom('SMS_GATEWAY_TRUSTED_KEYS', 'sms-gateway'),
});
process.stdout.write(`SMS gateway (stand-in) at ${gateway.url}\n`);
closeOnSignals(gateway);

// `npm run sms-gateway`: the SMS stand-in alone, for a platform started with CHENGNUO_SMS_URL.
import path from 'node:path';
import { startSmsGateway } from './gateway.ts';

const trustedKeys = (process.env.SMS_GATEWAY_TRUSTED_KEYS ?? '')
  .split(',')
  .map((k) => k.trim())
  .filter(Boolean);
if (trustedKeys.length === 0) {
  process.stderr.write(
    'sms-gateway: set SMS_GATEWAY_TRUSTED_KEYS to the platform’s SM2 public key (hex), comma-separated for several\n',
  );
  process.exit(1);
}
const gateway = await startSmsGateway({
  port: Number(process.env.PORT ?? 3101),
  host: process.env.HOST ?? '127.0.0.1',
  dataDir: path.resolve(process.env.SMS_GATEWAY_DATA ?? 'data/sms-gateway'),
  trustedKeys,
});
process.stdout.write(`SMS gateway (stand-in) at ${gateway.url}\n`);
const stop = () => void gateway.close().then(() => process.exit(0));
process.on('SIGTERM', stop);
process.on('SIGINT', stop);

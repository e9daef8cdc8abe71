import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';

export type RuntimeEnvironment = 'development' | 'test' | 'production';

export interface Config {
  environment: RuntimeEnvironment;
  host: string;
  port: number;
  /** Folder of the embedded database; unused when `databaseUrl` is set. */
  dataDir: string;
  databaseUrl: string | undefined;
  /** Load the demo data of `demo/` when the database has none yet. */
  loadDemo: boolean;
  sessionSecret: string;
  /** The platform's SM2 private key (64 hex digits); development generates one on first start. */
  sm2PrivateKey: string | undefined;
  /** The SM4 key of personal data at rest (32 hex digits); development generates one on first start. */
  fieldKey: string | undefined;
  sessionHours: number;
  /** `fast` lowers argon2 cost; only tests may use it. */
  passwordHashing: 'standard' | 'fast';
  loginsPerAddressPerMinute: number;
  /**
   * Which proxies' X-Forwarded-For to believe (Fastify `trustProxy`): false (none, the default), a
   * number of hops, or addresses and CIDR ranges. Anything else lets a client forge its address.
   */
  trustProxy: boolean | number | string;
  jobsEnabled: boolean;
  /** The SMS gateway; unset starts the stand-in (src/stand-ins/sms-gateway) on `smsGatewayPort`. */
  smsUrl: string | undefined;
  smsGatewayPort: number;
  /**
   * The data-sharing platform (VER-2) and the SM2 public key its answers are signed with; unset
   * starts the stand-in (src/stand-ins/exchange) on `exchangePort`.
   */
  exchangeUrl: string | undefined;
  exchangeAnswerKey: string | undefined;
  exchangePort: number;
  /**
   * The credit platforms (CRED-6 pushes, CRED-2 feed); unset starts the reference receiver
   * (src/stand-ins/credit-receiver) on `creditPort`.
   */
  creditUrl: string | undefined;
  creditPort: number;
  logLevel: string;
  version: string;
  webDist: string;
}

export class ConfigError extends Error {
  override name = 'ConfigError';
}

const projectRoot = path.resolve(import.meta.dirname, '../..');

function packageVersion(): string {
  const pkg = JSON.parse(readFileSync(path.join(projectRoot, 'package.json'), 'utf8')) as { version: string };
  return pkg.version;
}

function integer(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new ConfigError(`${name} must be an integer from ${min} to ${max}, got "${raw}"`);
  }
  return value;
}

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

/** pino's levels; a mistyped LOG_LEVEL stops the start instead of failing inside the logger. */
function logLevel(env: NodeJS.ProcessEnv, fallback: (typeof LOG_LEVELS)[number]): string {
  const raw = env.LOG_LEVEL?.trim();
  if (!raw) return fallback;
  if (!(LOG_LEVELS as readonly string[]).includes(raw))
    throw new ConfigError(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}, got "${raw}"`);
  return raw;
}

function flag(env: NodeJS.ProcessEnv, name: string): boolean | undefined {
  const raw = env[name];
  if (raw === undefined || raw === '') return undefined;
  if (['1', 'true', 'yes'].includes(raw.toLowerCase())) return true;
  if (['0', 'false', 'no'].includes(raw.toLowerCase())) return false;
  throw new ConfigError(`${name} must be 1 or 0, got "${raw}"`);
}

function httpUrl(env: NodeJS.ProcessEnv, name: string): string | undefined {
  const raw = env[name]?.trim();
  if (!raw) return undefined;
  if (!/^https?:\/\/[^\s/]+/.test(raw))
    throw new ConfigError(`${name} must be an http(s):// URL, got "${raw}"`);
  return raw.replace(/\/+$/, '');
}

const ADDRESS_LIST = /^[0-9a-fA-F.:/]+(,\s*[0-9a-fA-F.:/]+)*$/;

function trustProxy(env: NodeJS.ProcessEnv): boolean | number | string {
  const raw = env.TRUST_PROXY?.trim();
  if (!raw || ['0', 'false', 'no'].includes(raw.toLowerCase())) return false;
  if (/^[1-9]$/.test(raw)) return Number(raw);
  if (['loopback', 'linklocal', 'uniquelocal'].includes(raw) || ADDRESS_LIST.test(raw)) return raw;
  throw new ConfigError(
    `TRUST_PROXY must be a number of proxy hops (1–9), or the proxies' addresses or CIDR ranges separated by commas (or loopback), got "${raw}"`,
  );
}

/**
 * Reads and validates the whole configuration once at start. Development gets working defaults;
 * production refuses to start without a session secret and never loads demo data unless asked.
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env, argv: string[] = process.argv): Config {
  const nodeEnv = env.NODE_ENV ?? 'development';
  if (!['development', 'test', 'production'].includes(nodeEnv)) {
    throw new ConfigError(`NODE_ENV must be development, test or production, got "${nodeEnv}"`);
  }
  const environment = nodeEnv as RuntimeEnvironment;
  const databaseUrl = env.DATABASE_URL || undefined;
  if (databaseUrl && !/^postgres(ql)?:\/\//.test(databaseUrl)) {
    throw new ConfigError('DATABASE_URL must start with postgres:// or postgresql://');
  }
  const sessionSecret = env.SESSION_SECRET ?? '';
  if (environment === 'production' && sessionSecret.length < 32) {
    throw new ConfigError('SESSION_SECRET (at least 32 characters) is required when NODE_ENV=production');
  }
  const exchangeUrl = httpUrl(env, 'CHENGNUO_EXCHANGE_URL');
  const exchangeAnswerKey = env.CHENGNUO_EXCHANGE_PUBLIC_KEY?.trim().toLowerCase() || undefined;
  if (exchangeUrl && !exchangeAnswerKey)
    throw new ConfigError(
      'CHENGNUO_EXCHANGE_URL needs CHENGNUO_EXCHANGE_PUBLIC_KEY: the SM2 public key (hex) its answers are signed with',
    );
  if (exchangeAnswerKey && !/^04[0-9a-f]{128}$/.test(exchangeAnswerKey))
    throw new ConfigError(
      'CHENGNUO_EXCHANGE_PUBLIC_KEY must be an uncompressed SM2 public key (130 hex digits, 04…)',
    );
  const sm2PrivateKey = env.CHENGNUO_SM2_PRIVATE_KEY || undefined;
  if (sm2PrivateKey && !/^[0-9a-fA-F]{64}$/.test(sm2PrivateKey)) {
    throw new ConfigError('CHENGNUO_SM2_PRIVATE_KEY must be 64 hexadecimal digits (an SM2 private key)');
  }
  if (environment === 'production' && !sm2PrivateKey) {
    throw new ConfigError('CHENGNUO_SM2_PRIVATE_KEY is required when NODE_ENV=production');
  }
  const fieldKey = env.CHENGNUO_FIELD_KEY || undefined;
  if (fieldKey && !/^[0-9a-fA-F]{32}$/.test(fieldKey)) {
    throw new ConfigError('CHENGNUO_FIELD_KEY must be 32 hexadecimal digits (a 128-bit SM4 key)');
  }
  if (environment === 'production' && !fieldKey) {
    throw new ConfigError(
      'CHENGNUO_FIELD_KEY is required when NODE_ENV=production (it encrypts personal data)',
    );
  }
  const askedForDemo = argv.includes('--demo') || flag(env, 'CHENGNUO_DEMO') === true;
  const refusedDemo = flag(env, 'CHENGNUO_DEMO') === false;
  // The embedded database of a development machine gets demo data on first start; a real
  // server or a production deployment only when asked.
  const loadDemo = askedForDemo || (!refusedDemo && !databaseUrl && environment !== 'production');
  const passwordHashing = env.CHENGNUO_FAST_HASH === '1' && environment === 'test' ? 'fast' : 'standard';
  return {
    environment,
    host: env.HOST ?? '0.0.0.0',
    port: integer(env, 'PORT', 3000, 0, 65535),
    dataDir: path.resolve(env.CHENGNUO_DATA || path.join(projectRoot, 'data')),
    databaseUrl,
    loadDemo,
    sessionSecret: sessionSecret || randomBytes(32).toString('hex'),
    sm2PrivateKey: sm2PrivateKey?.toLowerCase(),
    fieldKey: fieldKey?.toLowerCase(),
    sessionHours: integer(env, 'SESSION_HOURS', 8, 1, 24 * 30),
    passwordHashing,
    loginsPerAddressPerMinute: integer(env, 'LOGINS_PER_ADDRESS_PER_MINUTE', 60, 10, 100000),
    trustProxy: trustProxy(env),
    jobsEnabled: flag(env, 'CHENGNUO_JOBS') ?? true,
    smsUrl: httpUrl(env, 'CHENGNUO_SMS_URL'),
    smsGatewayPort: integer(env, 'CHENGNUO_SMS_GATEWAY_PORT', 0, 0, 65535),
    exchangeUrl,
    exchangeAnswerKey,
    exchangePort: integer(env, 'CHENGNUO_EXCHANGE_PORT', 0, 0, 65535),
    creditUrl: httpUrl(env, 'CHENGNUO_CREDIT_URL'),
    creditPort: integer(env, 'CHENGNUO_CREDIT_PORT', 0, 0, 65535),
    logLevel: logLevel(env, environment === 'test' ? 'silent' : 'info'),
    version: packageVersion(),
    webDist: path.join(projectRoot, 'web/dist'),
  };
}

export { projectRoot };

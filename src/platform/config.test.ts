import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.ts';

describe('configuration read and validated once at start', () => {
  it('gives development working defaults: port 3000, ./data, demo data on the embedded database', () => {
    const config = loadConfig({}, []);
    expect(config).toMatchObject({
      environment: 'development',
      port: 3000,
      loadDemo: true,
      databaseUrl: undefined,
    });
    expect(config.dataDir).toMatch(/\/data$/);
    expect(config.sessionSecret.length).toBeGreaterThanOrEqual(32);
  });

  it('never loads demo data into a PostgreSQL server unless asked (--demo or CHENGNUO_DEMO=1)', () => {
    const url = 'postgres://u@h/db';
    expect(loadConfig({ DATABASE_URL: url }, []).loadDemo).toBe(false);
    expect(loadConfig({ DATABASE_URL: url }, ['node', 'main', '--demo']).loadDemo).toBe(true);
    expect(loadConfig({ DATABASE_URL: url, CHENGNUO_DEMO: '1' }, []).loadDemo).toBe(true);
  });

  it('refuses to start in production without a session secret, and loads no demo data there by default', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' }, [])).toThrow(ConfigError);
    expect(() => loadConfig({ NODE_ENV: 'production' }, [])).toThrow(/SESSION_SECRET/);
    const secret = { NODE_ENV: 'production', SESSION_SECRET: 'x'.repeat(40) };
    expect(() => loadConfig(secret, [])).toThrow(/CHENGNUO_SM2_PRIVATE_KEY/);
    expect(() => loadConfig({ ...secret, CHENGNUO_SM2_PRIVATE_KEY: 'a1'.repeat(32) }, [])).toThrow(
      /CHENGNUO_FIELD_KEY/,
    );
    const config = loadConfig(
      { ...secret, CHENGNUO_SM2_PRIVATE_KEY: 'a1'.repeat(32), CHENGNUO_FIELD_KEY: 'b2'.repeat(16) },
      [],
    );
    expect(config.loadDemo).toBe(false);
    expect(config.passwordHashing).toBe('standard');
  });

  it('names the variable at fault', () => {
    expect(() => loadConfig({ PORT: 'eighty' }, [])).toThrow(/PORT/);
    expect(() => loadConfig({ DATABASE_URL: 'mysql://x' }, [])).toThrow(/DATABASE_URL/);
    expect(() => loadConfig({ NODE_ENV: 'staging' }, [])).toThrow(/NODE_ENV/);
    expect(() => loadConfig({ CHENGNUO_DEMO: 'maybe' }, [])).toThrow(/CHENGNUO_DEMO/);
    expect(() => loadConfig({ LOG_LEVEL: 'verbose' }, [])).toThrow(/LOG_LEVEL/);
    expect(loadConfig({ LOG_LEVEL: 'warn' }, []).logLevel).toBe('warn');
    expect(() => loadConfig({ CHENGNUO_SM2_PRIVATE_KEY: 'not-a-key' }, [])).toThrow(
      /CHENGNUO_SM2_PRIVATE_KEY/,
    );
  });

  it('allows the cheap password hashing only in tests', () => {
    expect(loadConfig({ CHENGNUO_FAST_HASH: '1' }, []).passwordHashing).toBe('standard');
    expect(loadConfig({ NODE_ENV: 'test', CHENGNUO_FAST_HASH: '1' }, []).passwordHashing).toBe('fast');
  });

  it('believes forwarded addresses only from the proxies TRUST_PROXY names', () => {
    expect(loadConfig({}, []).trustProxy).toBe(false);
    expect(loadConfig({ TRUST_PROXY: '0' }, []).trustProxy).toBe(false);
    expect(loadConfig({ TRUST_PROXY: '1' }, []).trustProxy).toBe(1);
    expect(loadConfig({ TRUST_PROXY: '10.0.0.2, 10.1.0.0/16' }, []).trustProxy).toBe('10.0.0.2, 10.1.0.0/16');
    expect(loadConfig({ TRUST_PROXY: 'loopback' }, []).trustProxy).toBe('loopback');
    expect(() => loadConfig({ TRUST_PROXY: 'everyone' }, [])).toThrow(/TRUST_PROXY/);
  });
});

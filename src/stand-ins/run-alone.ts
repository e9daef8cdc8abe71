// What every stand-in started alone (`npm run sms-gateway`, `exchange`, `credit-receiver`) shares.

/** The platform keys a stand-in trusts, from a comma-separated variable; it will not start without. */
export function trustedKeysFrom(variable: string, service: string): string[] {
  const keys = (process.env[variable] ?? '')
    .split(',')
    .map((k) => k.trim())
    .filter(Boolean);
  if (keys.length === 0) {
    process.stderr.write(
      `${service}: set ${variable} to the platform’s SM2 public key (hex), comma-separated for several\n`,
    );
    process.exit(1);
  }
  return keys;
}

/** Closes the stand-in (its store is already on disk) on SIGTERM or Ctrl-C. */
export function closeOnSignals(standIn: { close(): Promise<void> }): void {
  const stop = () => void standIn.close().then(() => process.exit(0));
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}

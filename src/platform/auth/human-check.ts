/**
 * A captcha or slider service (人机验证) the platform may ask after repeated failed logins. None is
 * configured by default: the growing delay alone then slows guessing.
 */
export interface HumanCheck {
  readonly name: string;
  /** Whether the token the browser got from the service proves a human at this address. */
  verify(token: string, ip: string | null): Promise<boolean>;
}

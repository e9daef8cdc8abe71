import type { Actor } from '../platform/auth/actor.ts';
import { isPlatformAdmin } from '../platform/auth/permissions.ts';
import { DomainError } from '../platform/errors.ts';

/** The calendar is deployment-wide: only the province-level (platform) admin changes it. */
export function assertPlatformAdmin(actor: Actor): void {
  if (!isPlatformAdmin(actor)) {
    throw new DomainError(
      'FORBIDDEN',
      '工作日历由平台管理员（省级）维护',
      'The working-day calendar is kept by the platform (province-level) administrator',
    );
  }
}

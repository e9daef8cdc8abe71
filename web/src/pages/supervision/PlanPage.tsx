/** Placeholder replaced by the supervision pages (SUP-1/2). */
export function PlanPage() {
  return null;
}

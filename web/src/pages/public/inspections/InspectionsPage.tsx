/** Placeholder replaced by the public results page (SUP-1). */
export function InspectionsPage() {
  return null;
}

/** If-None-Match as RFC 9110 reads it: `*`, or a list of tags compared weakly. */
export const matchesEtag = (header: string | undefined, etag: string) =>
  (header ?? '').split(',').some((tag) => {
    const t = tag.trim();
    return t === '*' || t.replace(/^W\//, '') === etag;
  });

/**
 * CRED-2/CRED-6: what the platform and a credit platform (信用山东, 枣庄市公共信用信息平台, 国家企业
 * 信用信息公示系统) exchange besides the push envelope; docs/credit-push.md describes it byte by byte.
 */

/** The receiver's answer to a push: the first receipt again for a repeat of its idempotency key. */
export interface PushReceipt {
  receiptId: string;
  receivedAt: string;
  platform: string;
  repeated: boolean;
}

/** One dishonesty record of the platform's feed (e.g. 失信被执行人), for the district it concerns. */
export interface FeedRecord {
  /** The platform's own id: pulling it again finds it (the record's `externalId`). */
  id: string;
  /** Its place in the feed: a pull asks for the records after the last position it saw. */
  position: string;
  districtCode: string;
  /** 居民身份证号 or 统一社会信用代码. */
  identifier: string;
  partyKind: 'person' | 'organisation';
  name: string;
  /** A category code of the district's rulebook (general, major, serious, minor by default). */
  category: string;
  description: string;
  authority: string;
  documentNo: string | null;
  basis: string;
  recordedAt: string;
}

export interface FeedPage {
  records: FeedRecord[];
  /** The position to ask after next time (the last record's, or the one asked after). */
  next: string;
}

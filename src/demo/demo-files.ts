import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { SiteIdentity } from '../common/district-settings-rules.ts';
import type { WorkRule } from '../common/work-rule.ts';
import { projectRoot } from '../platform/config.ts';
import type { DemoCases } from './load-demo-cases.ts';
import type { DemoCityList, DemoDistrictLists } from './load-demo-lists.ts';

/** The shapes of the files under `demo/`: demo data is data, the loader only reads it. */
export interface DemoDistrict {
  code: string;
  scheme: string;
  settings: {
    filingDeadlineWorkingDays: number;
    textPublicationDeadlineWorkingDays: number;
    reminderLeadWorkingDays: number;
    townsAdjustLists: boolean;
    creditPlatforms: string[];
    /** Lead-unit role → agency name. */
    leadUnits: Record<string, string>;
    /** The public site's foot; demo values say 示例 so no one takes them for real registrations. */
    site: SiteIdentity;
  };
}

export interface DemoAgency {
  jurisdiction: string;
  name: string;
  shortName: string;
  kind: string;
}

export interface DemoUser {
  username: string;
  password: string;
  role: string;
  district: string;
  displayName: string;
  jurisdiction?: string;
  agency?: string;
  phone?: string;
  party?: { kind: 'person' | 'organisation'; identifier: string; name: string };
  agent?: { name: string; idNumber: string };
}

export interface DemoDeadline {
  key: string;
  district: string;
  title: string;
  titleEn: string;
  /** Due this many working days after the day the demo is loaded (negative: already overdue). */
  dueInWorkingDays: number;
  responsible: { role: string; jurisdiction: string; agency: string | null };
}

export interface DemoData {
  districts: DemoDistrict[];
  agencies: DemoAgency[];
  users: DemoUser[];
  deadlines: DemoDeadline[];
  /** LIST-1..8: city general lists and each district's catalogue and list story (`demo/lists/`). */
  cityLists: DemoCityList[];
  districtLists: DemoDistrictLists[];
  /** DOC-1: the work rule each district publishes, `{{district}}` standing for its name. */
  workRule: WorkRule;
  /** CASE-1..7, CRED-1: each district's cases in every state, and its migrated false commitment. */
  cases: DemoCases;
}

const read = <T>(file: string): T =>
  JSON.parse(readFileSync(path.join(projectRoot, 'demo', file), 'utf8')) as T;

export function readDemoData(): DemoData {
  return {
    districts: read('districts.json'),
    agencies: read('agencies.json'),
    users: read('users.json'),
    deadlines: read('deadlines.json'),
    workRule: read('documents/work-rule.json'),
    cases: read('cases.json'),
    cityLists: readdirSync(path.join(projectRoot, 'demo', 'lists'))
      .filter((f) => f.startsWith('city-'))
      .map((f) => read<DemoCityList>(`lists/${f}`)),
    districtLists: readdirSync(path.join(projectRoot, 'demo', 'lists'))
      .filter((f) => /^\d{6}\.json$/.test(f))
      .map((f) => read<DemoDistrictLists>(`lists/${f}`)),
  };
}

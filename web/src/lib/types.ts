export interface Deadline {
  id: string;
  title: string;
  titleEn: string;
  dueDate: string;
  districtCode: string;
  link: string | null;
  workingDaysLeft: number;
  status: 'open' | 'due-soon' | 'due-today' | 'overdue';
  warnings: { year: number; message: string; messageEn: string }[];
}

export interface Notification {
  id: string;
  kind: 'reminder' | 'overdue' | 'info';
  title: string;
  titleEn: string;
  body: string;
  bodyEn: string;
  link: string | null;
  createdAt: string;
  readAt: string | null;
}

export interface Jurisdiction {
  code: string;
  name: string;
  level: 'province' | 'city' | 'county' | 'town';
  parentCode: string | null;
  version: number;
}

export interface Agency {
  id: string;
  jurisdictionCode: string;
  districtCode: string | null;
  name: string;
  shortName: string;
  kind: string;
  active: boolean;
  version: number;
}

import { randomBytes } from 'node:crypto';
import { and, asc, eq, inArray } from 'drizzle-orm';
import { cases } from '../cases/schema.ts';
import { listInForce } from '../lists/list-in-force.ts';
import { agencies, parties, users } from '../organisation/schema.ts';
import type { Actor, Role } from '../platform/auth/actor.ts';
import type { Database } from '../platform/db/database.ts';
import { shanghaiDate } from '../platform/time.ts';
import { approvePlan } from '../supervision/approve-plan.ts';
import { completePlan } from '../supervision/complete-plan.ts';
import { declareConflict } from '../supervision/declare-conflict.ts';
import { drawPlan } from '../supervision/draw-plan.ts';
import { getPlan } from '../supervision/get-plan.ts';
import { assessItemRisk } from '../supervision/item-risks.ts';
import { putUnderKeySupervision } from '../supervision/key-supervision.ts';
import { recordInspectionResult } from '../supervision/record-inspection-result.ts';
import { saveInspector } from '../supervision/save-inspector.ts';
import { createPlan } from '../supervision/save-plan.ts';

/** Fictional inspectors of each district (names and 执法证号 are examples, 示例). */
const pools: Record<string, { agency: string; people: [string, string, string[]][] }[]> = {
  '370212': [
    {
      agency: '崂山区市场监督管理局',
      people: [
        ['王建国', 'LS0212001', ['市场监管', '食品经营']],
        ['刘海燕', 'LS0212002', ['市场监管', '特种设备']],
        ['陈志强', 'LS0212003', ['市场监管', '食品经营']],
        ['赵文静', 'LS0212004', ['市场监管']],
        ['孙浩然', 'LS0212005', ['市场监管', '价格监督']],
      ],
    },
    {
      agency: '崂山区人力资源和社会保障局',
      people: [
        ['周晓梅', 'LS0212101', ['劳动保障']],
        ['吴俊峰', 'LS0212102', ['劳动保障']],
      ],
    },
    {
      agency: '崂山区卫生健康局',
      people: [
        ['郑丽华', 'LS0212201', ['卫生健康']],
        ['冯国栋', 'LS0212202', ['卫生健康']],
      ],
    },
  ],
  '370406': [
    {
      agency: '山亭区市场监督管理局',
      people: [
        ['马立新', 'ST0406001', ['市场监管', '食品经营']],
        ['高秀英', 'ST0406002', ['市场监管']],
        ['李振华', 'ST0406003', ['市场监管', '计量']],
        ['褚红梅', 'ST0406004', ['市场监管', '食品经营']],
      ],
    },
    {
      agency: '山亭区人力资源和社会保障局',
      people: [
        ['韩德胜', 'ST0406101', ['劳动保障']],
        ['杨春燕', 'ST0406102', ['劳动保障']],
      ],
    },
    {
      agency: '山亭区卫生健康局',
      people: [
        ['秦建军', 'ST0406201', ['卫生健康']],
        ['许文丽', 'ST0406202', ['卫生健康']],
      ],
    },
  ],
};

const addDays = (date: string, days: number) =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/**
 * SUP-1/SUP-2 demo, after the verification story, through the same use cases as users: inspector pools
 * with a declared conflict, risk levels, a party under key supervision, and per district one plan drawn
 * and inspected (seed revealed) and one approved plan waiting for its draw (seed hash only).
 */
export async function loadDemoSupervision(options: { database: Database; now: Date }) {
  const { database, now } = options;
  const today = shanghaiDate(now);
  const random = (size: number) => new Uint8Array(randomBytes(size));
  const actor = async (username: string): Promise<Actor> => {
    const [u] = await database.db.select().from(users).where(eq(users.username, username));
    if (!u) throw new Error(`demo supervision names an unknown user ${username}`);
    return { ...u, userId: u.id, role: u.role as Role, ip: null, requestId: null };
  };
  for (const [district, prefix] of [
    ['370212', 'ls'],
    ['370406', 'st'],
  ] as const) {
    const admin = await actor(`${prefix}-admin`);
    const regulator = await actor(`${prefix}-regulator`);
    const step = { database, now };
    const agencyRows = await database.db
      .select({ id: agencies.id, name: agencies.name })
      .from(agencies)
      .where(
        inArray(
          agencies.name,
          pools[district]!.map((p) => p.agency),
        ),
      );
    const agencyId = (name: string) => agencyRows.find((a) => a.name === name)!.id;
    const saved = [];
    for (const { agency, people } of pools[district]!)
      for (const [name, certificateNo, fields] of people)
        saved.push(
          await saveInspector({
            ...step,
            actor: admin,
            districtCode: district,
            inspectorId: null,
            revision: null,
            input: { agencyId: agencyId(agency), name, certificateNo, fields, active: true },
          }),
        );

    // A declared conflict with the first company that applied in the district, so a draw avoids it.
    const [company] = await database.db
      .select({ id: parties.id, name: parties.name, identifier: parties.identifier })
      .from(cases)
      .innerJoin(parties, eq(parties.id, cases.partyId))
      .where(
        and(eq(cases.districtCode, district), eq(parties.kind, 'organisation'), eq(cases.state, 'approved')),
      )
      .orderBy(asc(cases.caseNo))
      .limit(1);
    if (company)
      await declareConflict({
        ...step,
        actor: admin,
        inspectorId: saved[0]!.id,
        input: {
          kind: 'relative-company',
          partyIdentifier: company.identifier,
          partyName: company.name,
          note: '配偶任该企业监事（示例申报）',
        },
      });

    // GOV-3: on-site items are assessed high risk, exempt ones low (an example assessment, 示例).
    const list = await listInForce(database.db, { jurisdictionCode: district, districtCode: district }, now);
    const items = list?.items ?? [];
    for (const item of items.filter((i) => i.verification === 'on-site').slice(0, 4))
      await assessItemRisk({
        ...step,
        actor: regulator,
        districtCode: district,
        itemKey: item.key,
        input: {
          level: 'high',
          basis: '涉及经营场所和公共安全，需现场核查（示例评估）',
          insuranceRequired: false,
        },
      });
    for (const item of items.filter((i) => i.verification === 'exempt').slice(0, 2))
      await assessItemRisk({
        ...step,
        actor: regulator,
        districtCode: district,
        itemKey: item.key,
        input: { level: 'low', basis: '免予核查事项，风险较低（示例评估）', insuranceRequired: false },
      });

    // SUP-2: a party under key supervision for a year.
    const [watched] =
      district === '370212'
        ? await database.db
            .select({ identifier: parties.identifier })
            .from(parties)
            .where(eq(parties.name, '于晨阳'))
        : company
          ? [{ identifier: company.identifier }]
          : [];
    if (watched)
      await putUnderKeySupervision({
        ...step,
        actor: regulator,
        districtCode: district,
        input: {
          subject: 'party',
          partyIdentifier: watched.identifier,
          reason:
            district === '370212'
              ? '经核查存在虚假承诺（学历），列入重点监管，提高抽查比例（示例）'
              : '经营场所信息多次不一致，列入重点监管（示例）',
          startsOn: today,
          endsOn: addDays(today, 365),
        },
      });

    const inspecting = pools[district]!.map((p) => agencyId(p.agency));
    const terms = {
      periodFrom: `${today.slice(0, 4)}-01-01`,
      periodTo: today,
      matterIds: [],
      inspectorsPerObject: 2,
      excludeHandlingAgency: true,
      inspectorAgencyIds: inspecting,
    };
    const drawn = await createPlan({
      ...step,
      actor: regulator,
      districtCode: district,
      input: {
        ...terms,
        title: `${today.slice(0, 4)}年告知承诺事项双随机抽查（第一批）`,
        drawOn: today,
        rates: { low: 20, medium: 40, high: 100 },
      },
    });
    const approved = await approvePlan({
      ...step,
      actor: regulator,
      randomBytes: random,
      planId: drawn.id,
      revision: drawn.revision,
    });
    const done = await drawPlan({ ...step, actor: regulator, planId: drawn.id, revision: approved.revision });
    const detail = await getPlan(database.db, regulator, done.id, now);
    for (const [i, object] of detail.objects.entries())
      await recordInspectionResult({
        ...step,
        actor: regulator,
        planId: done.id,
        objectId: object.id,
        input:
          i === 1
            ? {
                result: 'failed',
                findings: '承诺事项本身属实，但经营场所未按规定公示许可证件，已责令当场改正（示例）',
                inspectedOn: today,
                attachments: [],
              }
            : { result: 'passed', findings: '现场检查与承诺内容一致', inspectedOn: today, attachments: [] },
      });
    const inspected = await getPlan(database.db, regulator, done.id, now);
    await completePlan({ ...step, actor: regulator, planId: done.id, revision: inspected.revision });

    const waiting = await createPlan({
      ...step,
      actor: regulator,
      districtCode: district,
      input: {
        ...terms,
        title: `${today.slice(0, 4)}年告知承诺事项双随机抽查（第二批）`,
        drawOn: addDays(today, 14),
        rates: { low: 10, medium: 20, high: 50 },
      },
    });
    await approvePlan({
      ...step,
      actor: regulator,
      randomBytes: random,
      planId: waiting.id,
      revision: waiting.revision,
    });
  }
}

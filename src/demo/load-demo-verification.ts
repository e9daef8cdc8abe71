import { and, eq } from 'drizzle-orm';
import { cases } from '../cases/schema.ts';
import { agencies, parties, users } from '../organisation/schema.ts';
import type { Actor, Role } from '../platform/auth/actor.ts';
import type { PlatformKey } from '../platform/crypto/platform-key.ts';
import type { Database } from '../platform/db/database.ts';
import { platformMeta } from '../platform/db/meta-schema.ts';
import { shanghaiDate } from '../platform/time.ts';
import { startExchange } from '../stand-ins/exchange/service.ts';
import { answerAssistance, requestAssistance } from '../verification/assistance.ts';
import { takeHandlingAction } from '../verification/handling.ts';
import { SCHEDULED_CHECKER } from '../verification/online-check-runner.ts';
import { runDueOnlineChecks } from '../verification/online-checks.ts';
import { recordResult } from '../verification/record-result.ts';
import { requestRegularisation } from '../verification/regularise.ts';
import { assistanceRequests, falseCommitmentHandlings, verificationTasks } from '../verification/schema.ts';
import { httpSharedDataSource } from '../verification/shared-data-source.ts';
import { startTask } from '../verification/task-steps.ts';
import { recordVisit, scheduleVisit } from '../verification/visits.ts';

const DEMO_VERIFICATION_KEY = 'demo-verification';

export const demoVerificationLoaded = async (database: Database) =>
  (await database.db.select().from(platformMeta).where(eq(platformMeta.key, DEMO_VERIFICATION_KEY))).length >
  0;

/**
 * The verification story (issue: verification), after the demo cases: the decisions' online checks
 * run through the connector against a stand-in seeded like the one `npm start` runs, then the demo
 * officers work the tasks through the same use cases as users — an online 不实 to its handling
 * record, a regularisation, an assistance round trip in 崂山区, a request from 山亭区 to 崂山区 left
 * open, and one on-site visit for two tasks of the same company.
 */
export async function loadDemoVerification(options: {
  database: Database;
  platformKey: PlatformKey;
  now: Date;
}) {
  const { database, now } = options;
  const exchange = await startExchange({ dataDir: null, trustedKeys: [options.platformKey.publicKey] });
  try {
    const source = httpSharedDataSource({
      baseUrl: exchange.url,
      key: options.platformKey,
      answerKey: exchange.publicKey,
    });
    while (
      (await runDueOnlineChecks({ database, source, now: () => now, actor: SCHEDULED_CHECKER })).length > 0
    );
  } finally {
    await exchange.close();
  }
  const actor = async (username: string): Promise<Actor> => {
    const [u] = await database.db.select().from(users).where(eq(users.username, username));
    if (!u) throw new Error(`demo verification names an unknown user ${username}`);
    return { ...u, userId: u.id, role: u.role as Role, ip: null, requestId: null };
  };
  /** The one task of a demo case (district, matter, party) for a proof. */
  const task = async (caseStory: { district: string; matter: string; party: string }, proof: string) => {
    const rows = await database.db
      .select({ id: verificationTasks.id })
      .from(verificationTasks)
      .innerJoin(cases, eq(cases.id, verificationTasks.caseId))
      .innerJoin(parties, eq(parties.id, cases.partyId))
      .where(
        and(
          eq(cases.districtCode, caseStory.district),
          eq(cases.matterName, caseStory.matter),
          eq(parties.name, caseStory.party),
          eq(verificationTasks.proofName, proof),
        ),
      );
    if (rows.length !== 1) throw new Error(`demo verification: no single task ${caseStory.matter} ${proof}`);
    return rows[0]!.id;
  };
  const today = shanghaiDate(now);
  const lsVerifier = await actor('ls-verifier');
  const stVerifier = await actor('st-verifier');
  const step = { database, now };

  // 崂山区: 于晨阳 committed a doctorate; the e-licence library says master's: a falsity, the subsidy revoked.
  const degree = await task(
    { district: '370212', matter: '高校毕业生住房补贴申领', party: '于晨阳' },
    '学历证明',
  );
  await recordResult({
    ...step,
    actor: lsVerifier,
    id: degree,
    input: {
      outcome: 'false',
      reason:
        '经全国高等教育学历信息核验，申请人2026年毕业于中国海洋大学海洋技术专业，学历层次为硕士研究生，与其承诺的“博士研究生”不符；申请人按博士研究生标准申领补贴，差错非笔误，认定承诺不实',
    },
  });
  const [handling] = await database.db
    .select()
    .from(falseCommitmentHandlings)
    .innerJoin(verificationTasks, eq(verificationTasks.commitmentId, falseCommitmentHandlings.commitmentId))
    .where(eq(verificationTasks.id, degree));
  await takeHandlingAction({
    ...step,
    actor: await actor('ls-case-officer'),
    id: handling!.false_commitment_handlings.id,
    input: {
      kind: 'revoke',
      documentNo: `崂人社撤〔${today.slice(0, 4)}〕3号（示例）`,
      decidedOn: today,
      details:
        '撤销按博士研究生标准作出的住房补贴发放决定，责令退回已发放补贴；申请人可按硕士研究生标准重新申请（须提交证明材料）。',
    },
  });
  const property = await task(
    { district: '370212', matter: '高校毕业生住房补贴申领', party: '于晨阳' },
    '不动产权属证明',
  );
  await recordResult({
    ...step,
    actor: lsVerifier,
    id: property,
    input: {
      outcome: 'true',
      reason: '不动产登记信息中申请人名下无不动产登记记录，与其“本人在青岛市无自有住房”的承诺一致',
    },
  });
  // 崂山区: the kinship of LS-02 asked of the police (two agencies of one district), answered, recorded.
  const kinship = await task(
    { district: '370212', matter: '失业保险丧葬补助金和抚恤金申领', party: '张立新' },
    '亲属关系证明',
  );
  await requestAssistance({
    ...step,
    actor: lsVerifier,
    id: kinship,
    input: {
      question: '请协助核实申请人张立新与死亡失业人员林淑珍是否为配偶关系（以户籍及婚姻登记信息为准）。',
    },
  });
  const [asked] = await database.db
    .select({ id: assistanceRequests.id })
    .from(assistanceRequests)
    .where(eq(assistanceRequests.taskId, kinship));
  await answerAssistance({
    ...step,
    actor: await actor('ls-assisting-officer'),
    id: asked!.id,
    input: {
      outcome: 'true',
      answer:
        '经户籍信息核实，林淑珍系户主张立新之妻（户籍登记关系：配偶），已于死亡后注销户口；二人婚姻关系存续至林淑珍死亡。',
    },
  });
  await recordResult({
    ...step,
    actor: lsVerifier,
    id: kinship,
    input: { outcome: 'true', reason: '公安崂山分局协查答复：申请人与死者为配偶关系，属实' },
  });

  // 山亭区: a one-character difference in the licence's address, judged a good-faith error.
  const licence = await task(
    { district: '370406', matter: '农作物种子生产经营许可', party: '枣庄山亭翼云农产品有限公司' },
    '营业执照',
  );
  await requestRegularisation({
    ...step,
    actor: stVerifier,
    id: licence,
    input: {
      request:
        '营业执照登记住所为“店子镇长阜村翼云路16号”，与您承诺及不动产登记的“长埠村”不一致，系一字之差，请核实后提交说明，如登记有误请向市场监管部门申请更正',
    },
  });
  // 山亭区: the company's two premises commitments checked in one visit (避免烦企扰民).
  const seeds = await task(
    { district: '370406', matter: '农作物种子生产经营许可', party: '枣庄山亭翼云农产品有限公司' },
    '经营场所证明',
  );
  const vet = await task(
    { district: '370406', matter: '兽药经营许可', party: '枣庄山亭翼云农产品有限公司' },
    '经营场所证明',
  );
  const visit = await scheduleVisit({
    ...step,
    actor: stVerifier,
    input: {
      taskIds: [seeds, vet],
      scheduledOn: today,
      address: '山东省枣庄市山亭区店子镇长埠村翼云路16号',
      inspectors: [
        { name: '卫东', certificateNo: '37040621005' },
        { name: '王建军', certificateNo: '37040621018' },
      ],
    },
  });
  await recordVisit({
    ...step,
    actor: stVerifier,
    id: visit.id,
    input: {
      findings:
        '经营场所位于店子镇长埠村翼云路16号，与不动产登记及申请材料一致；种子仓储区、兽药仓库分区设置，温湿度记录齐全，场所布局符合许可条件。',
      results: [
        { taskId: seeds, outcome: 'true', reason: '现场核查：种子生产经营场所与承诺一致' },
        { taskId: vet, outcome: 'true', reason: '现场核查：兽药经营场所与承诺一致' },
      ],
    },
  });
  // 山亭区 → 崂山区 (跨区域协查): the qualification was issued in 崂山区; the request waits for its answer.
  const qualification = await task(
    { district: '370406', matter: '农作物种子生产经营许可', party: '枣庄山亭翼云农产品有限公司' },
    '专业技术资格证明',
  );
  const [laoshanHr] = await database.db
    .select({ id: agencies.id })
    .from(agencies)
    .where(and(eq(agencies.districtCode, '370212'), eq(agencies.name, '崂山区人力资源和社会保障局')));
  await requestAssistance({
    ...step,
    actor: stVerifier,
    id: qualification,
    input: {
      agencyId: laoshanHr!.id,
      question:
        '企业技术负责人所持农艺师（中级专业技术资格）证书（编号：鲁农职2016-0318（示例））载明由青岛市崂山区核发，请协助核实该证书是否真实有效。',
    },
  });
  const premises = await task(
    { district: '370406', matter: '食品经营许可', party: '孙洪涛' },
    '经营场所证明',
  );
  await startTask({ ...step, actor: stVerifier, id: premises, online: false });
  await database.db
    .insert(platformMeta)
    .values({ key: DEMO_VERIFICATION_KEY, value: { loadedAt: now.toISOString() }, updatedAt: now });
}

import { applyForRepair } from '../integrity/apply-for-repair.ts';
import { decideObjection } from '../integrity/decide-objection.ts';
import { decideRepair } from '../integrity/decide-repair.ts';
import { fileObjection } from '../integrity/file-objection.ts';
import { recordFoundDishonesty } from '../integrity/record-found-dishonesty.ts';
import type { Database } from '../platform/db/database.ts';
import { demoActor } from './demo-actor.ts';

const DAY = 86_400_000;
const BASIS_42 = '《国务院办公厅关于全面推行证明事项告知承诺制的指导意见》（国办发〔2020〕42号）';

interface FoundRecord {
  officer: string;
  party: { username: string; identifier: string; name: string };
  category: string;
  description: string;
  authority: string;
  documentNo: string;
  basis: string;
  daysAgo: number;
}

/**
 * The credit story (issue: credit), after verification and before supervision (whose pools read
 * grades), through the same use cases as users: records of every category besides the false
 * commitments the cases and verification made — a repair granted (崂山区) and one refused (山亭区),
 * an objection under review (崂山区) and one re-examined and kept (山亭区). Document numbers are
 * examples (示例).
 */
export async function loadDemoCredit(options: { database: Database; now: Date }) {
  const { database, now } = options;
  const ago = (days: number) => new Date(now.getTime() - days * DAY);
  const actor = (username: string) => demoActor(database.db, username);
  const enter = async (r: FoundRecord) =>
    (
      await recordFoundDishonesty({
        database,
        actor: await actor(r.officer),
        now: ago(r.daysAgo),
        input: {
          identifier: r.party.identifier,
          name: r.party.name,
          category: r.category,
          description: r.description,
          authority: r.authority,
          documentNo: r.documentNo,
          basis: r.basis,
        },
      })
    ).id;

  // 崂山区: a tax authority's minor record of 青岛崂信海洋科技有限公司, objected to and under review.
  const company = {
    username: 'ls-company',
    identifier: '91370212MA3C4K7H2P',
    name: '青岛崂信海洋科技有限公司',
  };
  const taxRecord = await enter({
    officer: 'ls-credit',
    party: company,
    category: 'minor',
    description: '未按照规定期限办理2026年第一季度纳税申报',
    authority: '国家税务总局青岛市崂山区税务局',
    documentNo: '青崂税简罚〔2026〕118号（示例）',
    basis: '《中华人民共和国税收征收管理法》第六十二条',
    daysAgo: 60,
  });
  await fileObjection({
    database,
    actor: await actor(company.username),
    now: ago(5),
    input: {
      recordId: taxRecord,
      reasons:
        '本公司已于申报期内通过电子税务局提交申报，因系统故障未回传成功，已取得税务机关出具的情况说明。',
      evidence: [],
    },
  });

  // 崂山区: 林海燕's false commitment, rectified in time (一般失信), repaired after the waiting period.
  const lin = { username: 'ls-applicant3', identifier: '370212198506172528', name: '林海燕' };
  const linRecord = await enter({
    officer: 'ls-credit',
    party: lin,
    category: 'general',
    description:
      '申请城乡居民养老保险待遇时承诺「未领取其他基本养老保险待遇」，经核查不实；已在责令整改期限内退还并整改',
    authority: '崂山区人力资源和社会保障局',
    documentNo: '崂人社责改〔2026〕7号（示例）',
    basis: BASIS_42,
    daysAgo: 150,
  });
  const granted = await applyForRepair({
    database,
    actor: await actor(lin.username),
    now: ago(20),
    input: {
      recordId: linRecord,
      rectification: '已全额退还重复领取的待遇，并书面承诺今后如实申报。',
      evidence: [],
    },
  });
  await decideRepair({
    database,
    actor: await actor('ls-credit'),
    now: ago(12),
    id: granted.id,
    input: { granted: true, reason: '已退还全部款项，整改到位，符合信用修复条件' },
  });

  // 山亭区: 王德胜's false commitment; his repair is refused for want of proof.
  const wang = { username: 'st-applicant3', identifier: '370406197903184513', name: '王德胜' };
  const wangRecord = await enter({
    officer: 'st-credit',
    party: wang,
    category: 'general',
    description: '申请农机购置补贴时承诺「未重复享受同类补贴」，经核查不实；已在期限内整改',
    authority: '山亭区农业农村局',
    documentNo: '山农责改〔2026〕3号（示例）',
    basis: BASIS_42,
    daysAgo: 130,
  });
  const refused = await applyForRepair({
    database,
    actor: await actor(wang.username),
    now: ago(15),
    input: { recordId: wangRecord, rectification: '已按要求整改。', evidence: [] },
  });
  await decideRepair({
    database,
    actor: await actor('st-credit'),
    now: ago(8),
    id: refused.id,
    input: { granted: false, reason: '未提交退还补贴资金的凭证，整改材料不全；补齐后可重新申请' },
  });

  // 山亭区: a market regulator's minor record of 枣庄山亭翼云农产品有限公司; the objection is kept.
  const yiyun = {
    username: 'st-company',
    identifier: '91370406MA3N2P8R5T',
    name: '枣庄山亭翼云农产品有限公司',
  };
  const annualReport = await enter({
    officer: 'st-credit',
    party: yiyun,
    category: 'minor',
    description: '未按规定期限公示2025年度报告',
    authority: '山亭区市场监督管理局',
    documentNo: '山市监列异〔2026〕21号（示例）',
    basis: '《企业信息公示暂行条例》',
    daysAgo: 40,
  });
  const objection = await fileObjection({
    database,
    actor: await actor(yiyun.username),
    now: ago(20),
    input: { recordId: annualReport, reasons: '年度报告已于6月28日报送。', evidence: [] },
  });
  await decideObjection({
    database,
    actor: await actor('st-verifier'),
    now: ago(10),
    id: objection.id,
    input: { outcome: 'kept', answer: '经核查企业信用信息公示系统，该年度报告于期限届满后报送，维持原记录' },
  });
}

// LIST-6 dynamic adjustment: change requests submitted by agencies (in ST also towns), reviewed by the
// justice body of the list's level, bundled into the next published version; ORG-2 scope throughout.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  addBody,
  catalogue,
  draftRow,
  ok,
  type PublicList,
  publicList,
  publish,
  workspace,
} from '../../tests/support/lists.ts';
import { createTestApp, type Session, type TestApp } from '../../tests/support/test-app.ts';

interface ChangeRequest {
  id: string;
  number: string;
  action: 'add' | 'amend' | 'remove';
  state: string;
  revision: number;
  listCode: string;
  agencyName: string;
  itemName: string;
  reason: string;
  legalBasis: string;
  publishedVersionId: string | null;
  reviewJurisdictionCode: string;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
  changes: { field: string; from: unknown; to: unknown }[];
  allowedActions: string[];
  events?: { action: string; comment: string; stateAfter: string; actorName: string }[];
}
interface NewChange {
  listCode?: string;
  proposal: unknown;
  targetItemId?: string;
  reason: string;
}

let t: TestApp;
let justice: Session;
let officer: Session;

beforeAll(async () => {
  t = await createTestApp();
  [justice, officer] = [await t.login('ls-justice'), await t.login('ls-case-officer')];
});
afterAll(() => t.close());

const request = (id: string, session = justice) =>
  ok<ChangeRequest>(session.request('GET', `/api/list-changes/${id}`));
const requests = (session: Session, query = '') =>
  ok<ChangeRequest[]>(session.request('GET', `/api/list-changes${query}`));
const review = (session: Session, cr: ChangeRequest, decision: string, comment = '') =>
  session.request('POST', `/api/list-changes/${cr.id}/review`, { decision, comment, revision: cr.revision });

const LEGAL =
  '《国务院办公厅关于全面推行证明事项和涉企经营许可事项告知承诺制的指导意见》（国办发〔2020〕42号）';

/** A change request (POST /api/list-changes), on the 崂山区 list unless told, with the scheme's legal basis. */
const submitChange = (session: Session, { listCode = '370212', ...change }: NewChange) =>
  session.request('POST', '/api/list-changes', { listCode, ...change, legalBasis: LEGAL });

let demoRequest: ChangeRequest;
let addRequest: ChangeRequest;
let removeRequest: ChangeRequest;
let publishedBefore: Buffer;

describe('LIST-6 an agency submits change requests with reasons and legal basis', () => {
  it('shows the demo request (区人社局) with its field-level diff and the actions each user may take', async () => {
    const [pending] = await requests(justice, '?list=370212&state=submitted');
    demoRequest = await request(pending!.id);
    expect(demoRequest).toMatchObject({
      action: 'amend',
      state: 'submitted',
      agencyName: '崂山区人力资源和社会保障局',
      itemName: '解除或终止劳动关系证明',
      reviewJurisdictionCode: '370212',
    });
    expect(demoRequest.changes).toEqual([
      { field: 'timeLimitWorkingDays', from: 2, to: 1 },
      { field: 'method', from: expect.any(String), to: expect.stringContaining('一体化信息平台') },
    ]);
    expect(demoRequest.events!.map((e) => e.action)).toEqual(['submit']);
    expect(demoRequest.allowedActions).toEqual(['approve', 'reject', 'return']);
    expect((await request(demoRequest.id, officer)).allowedActions).toEqual(['withdraw']);
    publishedBefore = (await t.anonymous('GET', '/api/public/districts/370212/list')).rawPayload;
  });

  it('submits an addition: an item of its own administrative matter, previewed and checked at once', async () => {
    const { certificationMatters, administrativeMatters } = await catalogue(officer);
    const matter = certificationMatters.find((m) => m.name === '无工作单位证明')!;
    const flexible = administrativeMatters.find((a) => a.name === '灵活就业人员社会保险补贴申领')!;
    addRequest = await ok<ChangeRequest>(
      submitChange(officer, {
        proposal: {
          add: addBody(matter, flexible.id, {
            timeLimitWorkingDays: 3,
            standard: '申请人在灵活就业期间无用人单位参保记录',
            method: '通过社会保险信息系统查询参保记录',
          }),
        },
        reason: '部分申请人社会保险信息未能实时共享，恢复以承诺方式办理无工作单位证明',
      }),
      201,
    );
    expect(addRequest).toMatchObject({
      action: 'add',
      state: 'submitted',
      number: expect.stringMatching(/^370212-2026-\d{4}$/),
    });
    const shown = await request(addRequest.id);
    expect(shown.after).toMatchObject({
      name: '无工作单位证明',
      handlingAgency: '崂山区人力资源和社会保障局',
      timeLimitWorkingDays: 3,
    });
    expect(shown.reason).toContain('恢复');
    expect(shown.legalBasis).toBe(LEGAL);
  });

  it('submits a removal of an item it handles', async () => {
    const target = draftRow(await workspace(officer), '学历证明', '高校毕业生住房补贴申领');
    removeRequest = await ok<ChangeRequest>(
      submitChange(officer, {
        proposal: { remove: true },
        targetItemId: target.id,
        reason: '学历信息已由教育部门共享，申请人无须再作承诺',
      }),
      201,
    );
    expect((await request(removeRequest.id)).before).toMatchObject({ name: '学历证明' });
  });

  it('refuses a request about an item another agency handles (403), and an incoherent amendment (400 field)', async () => {
    const ws = await workspace(officer);
    const food = draftRow(ws, '营业执照', '食品经营许可');
    const response = await submitChange(officer, {
      proposal: { amend: { timeLimitWorkingDays: 1 } },
      targetItemId: food.id,
      reason: '缩短时限',
    });
    expect(response.statusCode).toBe(403);
    expect(response.json().field).toBe('targetItemId');
    const own = draftRow(ws, '解除或终止劳动关系证明', '失业保险金申领');
    const incoherent = await submitChange(officer, {
      proposal: { amend: { verification: 'exempt' } },
      targetItemId: own.id,
      reason: '免于核查',
    });
    expect(incoherent.statusCode).toBe(400);
    expect(incoherent.json().field).toBe('timeLimitWorkingDays');
    const noReason = await submitChange(officer, {
      proposal: { remove: true },
      targetItemId: own.id,
      reason: '',
    });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().field).toBe('reason');
  });
});

describe('LIST-6 only the reviewing level may review (ORG-2)', () => {
  it('refuses a case officer (403): agencies request, they do not review', async () => {
    expect((await review(officer, demoRequest, 'approve')).statusCode).toBe(403);
  });

  it('refuses a 司法所 of a 崂山区 street (403): towns do not review in LS', async () => {
    const admin = await t.login('ls-admin');
    const agencies = await ok<{ id: string; name: string }[]>(
      admin.request('GET', '/api/agencies?district=370212'),
    );
    const office = agencies.find((a) => a.name === '沙子口司法所')!;
    await ok(
      admin.request('POST', '/api/users', {
        username: 'ls-shazikou-justice',
        password: 'Initial2026',
        displayName: '高峰',
        role: 'justice-officer',
        jurisdictionCode: '370212002',
        agencyId: office.id,
      }),
      201,
    );
    const town = await t.login('ls-shazikou-justice', 'Initial2026');
    const response = await review(town, demoRequest, 'approve', '同意');
    expect(response.statusCode).toBe(403);
    expect(response.json().code).toBe('FORBIDDEN');
    expect((await request(demoRequest.id)).state).toBe('submitted');
  });

  it('refuses the city (403) and hides the request from the other district (404 read, list, review)', async () => {
    expect((await review(await t.login('qd-justice'), demoRequest, 'approve', '同意')).statusCode).toBe(403);
    const other = await t.login('st-justice');
    expect((await other.request('GET', `/api/list-changes/${demoRequest.id}`)).statusCode).toBe(404);
    expect((await review(other, demoRequest, 'approve', '同意')).statusCode).toBe(404);
    const seen = await requests(other);
    expect(seen.some((r) => r.listCode === '370212')).toBe(false);
    expect(seen.length).toBeGreaterThan(0);
  });

  it('refuses an agency reviewing its own request: 区司法局 asks about its own item, then cannot approve it', async () => {
    const legalAid = draftRow(await workspace(justice), '经济困难状况证明', '法律援助申请');
    const own = await ok<ChangeRequest>(
      submitChange(justice, {
        proposal: { amend: { timeLimitWorkingDays: 3 } },
        targetItemId: legalAid.id,
        reason: '低收入人口信息已共享，缩短核查时限',
      }),
      201,
    );
    expect((await request(own.id)).allowedActions).toEqual(['withdraw']);
    const response = await review(justice, own, 'approve', '同意');
    expect(response.statusCode).toBe(403);
    expect(response.json().message).toContain('本单位');
    // it withdraws it instead
    const withdrawn = await ok<ChangeRequest>(
      justice.request('POST', `/api/list-changes/${own.id}/withdraw`, {
        comment: '另行研究',
        revision: own.revision,
      }),
    );
    expect(withdrawn.state).toBe('withdrawn');
  });
});

describe('LIST-6 review: approve, reject or return with comments; resubmit', () => {
  it('needs a comment to reject or return (400 comment)', async () => {
    const response = await review(justice, removeRequest, 'reject', '  ');
    expect(response.statusCode).toBe(400);
    expect(response.json().field).toBe('comment');
  });

  it('approving changes the draft but NOT the published version', async () => {
    const before = draftRow(await workspace(justice), '解除或终止劳动关系证明', '失业保险金申领');
    const approved = await ok<ChangeRequest>(review(justice, demoRequest, 'approve', '同意，随下一版发布'));
    expect(approved.state).toBe('approved');
    const ws = await workspace(justice);
    const after = draftRow(ws, '解除或终止劳动关系证明', '失业保险金申领');
    expect(after.timeLimitWorkingDays).toBe(1);
    expect(after.revision).toBe(before.revision + 1);
    expect(ws.unpublishedChanges).toBe(true);
    const inForce = await t.anonymous('GET', '/api/public/districts/370212/list');
    expect(inForce.rawPayload.equals(publishedBefore)).toBe(true);
    expect(
      (inForce.json() as PublicList).items.find((i) => i.name === '解除或终止劳动关系证明')!
        .timeLimitWorkingDays,
    ).toBe(2);
  });

  it('refuses a second review of a decided request with 409 ILLEGAL_TRANSITION (and a stale revision with STALE_VERSION)', async () => {
    const current = await request(demoRequest.id);
    const again = await review(justice, current, 'reject', '再议');
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe('ILLEGAL_TRANSITION');
    const stale = await review(justice, demoRequest, 'reject', '再议');
    expect(stale.statusCode).toBe(409);
    expect(stale.json().code).toBe('STALE_VERSION');
  });

  it('returns a request with comments; the agency revises and resubmits; then it is approved', async () => {
    const returned = await ok<ChangeRequest>(
      review(justice, addRequest, 'return', '请将核查时限缩短为 2 个工作日'),
    );
    expect(returned.state).toBe('returned');
    expect((await request(returned.id, officer)).allowedActions).toEqual(['resubmit', 'withdraw']);
    expect((await review(justice, returned, 'approve', '')).statusCode).toBe(409);
    const original = (await request(returned.id)) as ChangeRequest & {
      proposal: { add: Record<string, unknown> };
    };
    const resubmitted = await ok<ChangeRequest>(
      officer.request('POST', `/api/list-changes/${returned.id}/resubmit`, {
        proposal: { add: { ...original.proposal.add, timeLimitWorkingDays: 2 } },
        reason: '已按意见将核查时限缩短为 2 个工作日',
        legalBasis: LEGAL,
        revision: returned.revision,
      }),
    );
    expect(resubmitted.state).toBe('submitted');
    expect((await request(resubmitted.id)).after).toMatchObject({ timeLimitWorkingDays: 2 });
    const approved = await ok<ChangeRequest>(review(justice, resubmitted, 'approve', '同意'));
    expect(approved.state).toBe('approved');
    expect(
      draftRow(await workspace(justice), '无工作单位证明', '灵活就业人员社会保险补贴申领')
        .timeLimitWorkingDays,
    ).toBe(2);
    const history = (await request(addRequest.id)).events!;
    expect(history.map((e) => [e.action, e.stateAfter])).toEqual([
      ['submit', 'submitted'],
      ['return', 'returned'],
      ['resubmit', 'submitted'],
      ['approve', 'approved'],
    ]);
    expect(history[1]!.comment).toBe('请将核查时限缩短为 2 个工作日');
  });

  it('rejects a request with a comment; the draft is untouched', async () => {
    const draftBefore = (await workspace(justice)).draftRevision;
    const rejected = await ok<ChangeRequest>(
      review(justice, removeRequest, 'reject', '学历信息共享范围尚不完整，暂予保留'),
    );
    expect(rejected.state).toBe('rejected');
    expect((await workspace(justice)).draftRevision).toBe(draftBefore);
    expect(draftRow(await workspace(justice), '学历证明', '高校毕业生住房补贴申领')).toBeDefined();
  });
});

describe('LIST-6 approved requests are bundled into the next published version', () => {
  it('publishes version 3 carrying the approved requests, which become published', async () => {
    const ws = await workspace(justice);
    const version = await ok<{ id: string; versionNo: number; changeRequestIds: string[] }>(
      publish(justice, ws.draftRevision, '动态调整'),
      201,
    );
    expect(version.versionNo).toBe(3);
    expect(version.changeRequestIds.sort()).toEqual([demoRequest.id, addRequest.id].sort());
    for (const id of [demoRequest.id, addRequest.id]) {
      const cr = await request(id);
      expect(cr.state).toBe('published');
      expect(cr.publishedVersionId).toBe(version.id);
      expect(cr.events!.at(-1)).toMatchObject({ action: 'publish', stateAfter: 'published' });
    }
    expect((await request(removeRequest.id)).state).toBe('rejected');
    const v3 = await publicList(t);
    expect(v3.version).toBe(3);
    expect(v3.items.find((i) => i.name === '解除或终止劳动关系证明')!.timeLimitWorkingDays).toBe(1);
    expect(v3.items.some((i) => i.name === '无工作单位证明')).toBe(true);
    // version 2 stays as it was
    expect(
      (await t.anonymous('GET', '/api/public/districts/370212/list?version=2')).rawPayload.equals(
        publishedBefore,
      ),
    ).toBe(true);
  });
});

describe('LIST-6 in 山亭区 (ST)', () => {
  it('the returned demo request is resubmitted by its agency and approved by 区司法局', async () => {
    const stOfficer = await t.login('st-case-officer');
    const stJustice = await t.login('st-justice');
    const [returned] = await requests(stOfficer, '?list=370406&state=returned');
    const detail = (await request(returned!.id, stOfficer)) as ChangeRequest & {
      proposal: { amend: Record<string, unknown> };
    };
    expect(detail.events!.at(-1)).toMatchObject({
      action: 'return',
      comment: expect.stringContaining('补充说明'),
    });
    const { amend } = detail.proposal;
    const body = {
      proposal: { amend },
      reason: '合并核查由区行政审批服务局与区市场监管局联合开展，核查人员 2 名，已补充说明',
      legalBasis: detail.legalBasis,
      revision: detail.revision,
    };
    // a resubmission keeps the kind of change
    const otherKind = await stOfficer.request('POST', `/api/list-changes/${detail.id}/resubmit`, {
      ...body,
      proposal: { remove: true },
    });
    expect(otherKind.statusCode).toBe(400);
    expect(otherKind.json().field).toBe('proposal');
    // only the requesting agency resubmits
    expect(
      (await stJustice.request('POST', `/api/list-changes/${detail.id}/resubmit`, body)).statusCode,
    ).toBe(403);
    const resubmitted = await ok<ChangeRequest>(
      stOfficer.request('POST', `/api/list-changes/${detail.id}/resubmit`, body),
    );
    expect(resubmitted.state).toBe('submitted');
    expect((await ok<ChangeRequest>(review(stJustice, resubmitted, 'approve', '同意'))).state).toBe(
      'approved',
    );
  });

  it('a town (店子镇) submits a change to its town list; its 司法所 approves and publishes town version 2', async () => {
    const townOfficer = await t.login('st-dianzi-officer');
    const townJustice = await t.login('st-dianzi-justice');
    const town = await workspace(townJustice, '370406101');
    const target = draftRow(town, '收入证明', '农村危房改造补助申请');
    expect(target.handlingAgency).toBe('店子镇人民政府');
    const townV1 = await t.anonymous('GET', '/api/public/districts/370406101/list');
    expect(townV1.json().version).toBe(1);
    const submitted = await ok<ChangeRequest>(
      submitChange(townOfficer, {
        listCode: '370406101',
        proposal: { amend: { timeLimitWorkingDays: 7 } },
        targetItemId: target.id,
        reason: '区民政局已开放低收入人口信息查询，缩短协助核查时限',
      }),
      201,
    );
    expect(submitted.reviewJurisdictionCode).toBe('370406101');
    // the district justice bureau does not review a town's request; the town's 司法所 does
    expect((await review(await t.login('st-justice'), submitted, 'approve', '同意')).statusCode).toBe(403);
    // another district never sees it
    expect((await justice.request('GET', `/api/list-changes/${submitted.id}`)).statusCode).toBe(404);
    expect((await request(submitted.id, townJustice)).allowedActions).toEqual([
      'approve',
      'reject',
      'return',
    ]);
    expect((await ok<ChangeRequest>(review(townJustice, submitted, 'approve', '同意'))).state).toBe(
      'approved',
    );
    // the district's justice bureau does not publish the town's list either
    const draftRevision = (await workspace(townJustice, '370406101')).draftRevision;
    expect((await publish(await t.login('st-justice'), draftRevision, 'x', '370406101')).statusCode).toBe(
      403,
    );
    const version = await ok<{ versionNo: number }>(
      publish(townJustice, draftRevision, '缩短协助核查时限', '370406101'),
      201,
    );
    expect(version.versionNo).toBe(2);
    expect((await request(submitted.id, townOfficer)).state).toBe('published');
    const v2 = await publicList(t, '370406101');
    expect(v2.version).toBe(2);
    expect(
      v2.items.find((i) => i.name === '收入证明' && i.administrativeMatter === '农村危房改造补助申请')!
        .timeLimitWorkingDays,
    ).toBe(7);
    expect(
      (await t.anonymous('GET', '/api/public/districts/370406101/list?version=1')).rawPayload.equals(
        townV1.rawPayload,
      ),
    ).toBe(true);
  });

  it('in 崂山区 a street cannot keep a list of its own (towns do not adjust lists there)', async () => {
    const town = await t.login('ls-shazikou-justice', 'Initial2026');
    expect((await town.request('GET', '/api/lists/370212002')).statusCode).toBe(404);
    expect((await t.anonymous('GET', '/api/public/districts/370212002/list')).statusCode).toBe(404);
  });
});

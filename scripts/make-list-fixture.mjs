// Generates the LIST-8 import fixtures in tests/fixtures/: workbooks in the column layout governments
// publish lists in (a title row, then 序号, 证明名称, 证明用途/办理事项, 设定依据, 开具单位, 实施单位,
// 核查方式, 备注 and the optional LIST-5 columns). Run: node scripts/make-list-fixture.mjs
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { listWorkbook } from '../tests/support/list-workbook.mjs';

const out = join(dirname(fileURLToPath(import.meta.url)), '..', 'tests', 'fixtures');

/** One row: [证明名称, 办理事项, 设定依据, 开具单位, 实施单位, 核查方式, 备注, 时限, 标准, 方法, 公开]. */
async function write(file, title, rows) {
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, file), await listWorkbook(title, rows));
  console.log(`wrote tests/fixtures/${file} (${rows.length} rows)`);
}

// The city general list (市级通用清单) as a city publishes it: departments named generically.
// Rows 3, 4, 5, 8, 9 and 11 keep the proof, matter and department of items of the demo's version 1 (their key
// survives); 6, 7 and 10 are new in this adjustment (10 is also a local item of 崂山区 already).
const cityRows = [
  [
    '解除或终止劳动关系证明',
    '失业保险金申领',
    '《中华人民共和国社会保险法》；《失业保险条例》（国务院令第258号）',
    '用人单位',
    '区（市）人力资源社会保障部门',
    '线上核查',
    '',
    1,
    '解除或终止劳动关系的时间、原因与劳动用工备案及社会保险停保信息一致',
    '通过山东省人力资源社会保障一体化信息平台比对劳动用工备案、社会保险停保信息',
    '否',
  ],
  [
    '亲属关系证明',
    '失业保险丧葬补助金和抚恤金申领',
    '《失业保险条例》（国务院令第258号）',
    '公安机关、村（居）民委员会',
    '区（市）人力资源社会保障部门',
    '行政协助（公安机关）',
    '',
    5,
    '申请人与死亡失业人员的亲属关系与户籍登记信息一致',
    '向公安机关发起行政协助请求，核查户籍登记信息',
    '否',
  ],
  [
    '婚姻状况证明',
    '最低生活保障审批',
    '《社会救助暂行办法》（国务院令第649号）',
    '婚姻登记机关',
    '区（市）民政部门',
    '线上核查',
    '核查时限未填写，按线上核查的通常时限',
    '',
    '申请人婚姻状况与婚姻登记信息一致',
    '通过全国婚姻登记信息系统查询',
    '否',
  ],
  [
    '机动车驾驶证',
    '经营性道路旅客运输驾驶员从业资格',
    '《道路运输从业人员管理规定》（交通运输部令2022年第38号）',
    '公安机关交通管理部门',
    '区（市）交通运输部门',
    '线上核查',
    '',
    2,
    '申请人持有相应准驾车型的机动车驾驶证且在有效期内',
    '通过电子证照库调取机动车驾驶证电子证照',
    '否',
  ],
  [
    '出生医学证明',
    '出生登记',
    '《中华人民共和国母婴保健法》；《中华人民共和国户口登记条例》',
    '助产医疗机构',
    '区（市）公安机关',
    '线上核查',
    '',
    1,
    '新生儿出生信息与出生医学证明电子证照一致',
    '通过电子证照库调取出生医学证明电子证照',
    '否',
  ],
  [
    '经营场所证明',
    '个体工商户登记',
    '《促进个体工商户发展条例》',
    '产权单位',
    '区（市）行政审批服务部门',
    '免于核查',
    '登记机关通过“双随机、一公开”抽查',
    0,
    '',
    '',
    '否',
  ],
  [
    '经济困难状况证明',
    '法律援助申请',
    '《中华人民共和国法律援助法》',
    '村（居）民委员会、民政部门',
    '区（市）司法行政部门',
    '行政协助（民政部门）',
    '',
    5,
    '申请人家庭经济状况符合法律援助经济困难标准',
    '向民政部门发起行政协助请求，核查低收入人口信息',
    '否',
  ],
  [
    '营业执照',
    '公共场所卫生许可',
    '《公共场所卫生管理条例》',
    '市场监督管理部门',
    '区（市）行政审批服务部门',
    '线上核查',
    '',
    1,
    '申请人营业执照登记信息与申请一致',
    '通过国家企业信用信息公示系统查询',
    '是',
  ],
  [
    '医师执业证书',
    '医疗机构执业登记',
    '《医疗机构管理条例》',
    '卫生健康部门',
    '区（市）行政审批服务部门',
    '线上核查',
    '',
    2,
    '医师执业注册信息与申请一致',
    '通过国家医师电子注册系统查询',
    '是',
  ],
];

// A district's own rows, named as 崂山区 names its agencies (full name, short name, generic department).
const localRows = [
  [
    '医疗机构执业许可证',
    '放射诊疗许可',
    '《放射诊疗管理规定》',
    '卫生健康部门',
    '区卫健局',
    '线上核查',
    '',
    2,
    '医疗机构执业许可证在有效期内，诊疗科目包含医学影像科',
    '通过电子证照库调取医疗机构执业许可证电子证照',
    '否',
  ],
  [
    '完税证明',
    '契税减免（个人购买家庭住房）',
    '《中华人民共和国契税法》',
    '税务机关',
    '区（市）税务部门',
    '线上核查',
    '',
    1,
    '申请人已缴纳相关税款',
    '通过税收征管信息系统查询完税信息',
    '否',
  ],
  [
    '体检证明',
    '教师资格认定',
    '《教师资格条例》',
    '教师资格认定机构指定的体检医院',
    '崂山区教育和体育局',
    '行政协助（区卫健局）',
    '体检结论以指定医院出具的为准',
    5,
    '申请人体检结论为合格',
    '向崂山区卫生健康局发起行政协助请求，核查体检结论',
    '是',
  ],
];

const unknownAgencyRow = [
  '渔业船员证书',
  '渔业船员证书核发',
  '《中华人民共和国渔业船员管理办法》',
  '渔业行政主管部门',
  '崂山区海洋发展局',
  '线上核查',
  '',
  3,
  '申请人持有有效的渔业船员证书',
  '通过渔业船员管理信息系统查询',
  '否',
];

const birthRow = [
  '出生医学证明',
  '出生登记',
  '《中华人民共和国母婴保健法》',
  '助产医疗机构',
  '青岛市公安局崂山分局',
  '线上核查',
  '',
  1,
  '新生儿出生信息与出生医学证明电子证照一致',
  '通过电子证照库调取出生医学证明电子证照',
  '否',
];

await write('qingdao-general-list.xlsx', '青岛市实行告知承诺制的证明事项通用清单（2026年调整）', cityRows);
await write('laoshan-local-items.xlsx', '崂山区实行告知承诺制的证明事项清单（本区增列事项）', localRows);
// All rows good but the last, whose handling agency is not an agency of 崂山区.
await write('laoshan-one-bad-row.xlsx', '崂山区实行告知承诺制的证明事项清单（本区增列事项）', [
  ...localRows,
  unknownAgencyRow,
]);
// Spreadsheet rows 3 and 7 are good; 4 lacks 证明名称, 5 names an unknown 实施单位, 6 has an unknown
// 核查方式, 8 repeats row 7 and 9 is 行政协助 without the assisting agency.
await write('laoshan-bad-rows.xlsx', '崂山区实行告知承诺制的证明事项清单（有误的导入文件）', [
  localRows[1],
  [
    '',
    '食品经营许可',
    '《中华人民共和国食品安全法》',
    '市场监督管理部门',
    '崂山区行政审批服务局',
    '线上核查',
    '',
    1,
    '',
    '',
    '否',
  ],
  unknownAgencyRow,
  [
    '医疗机构执业许可证',
    '放射诊疗许可',
    '《放射诊疗管理规定》',
    '卫生健康部门',
    '崂山区卫生健康局',
    '电话核查',
    '',
    2,
    '',
    '',
    '否',
  ],
  birthRow,
  birthRow,
  [
    '体检证明',
    '教师资格认定',
    '《教师资格条例》',
    '体检医院',
    '崂山区教育和体育局',
    '行政协助',
    '',
    5,
    '',
    '',
    '否',
  ],
]);

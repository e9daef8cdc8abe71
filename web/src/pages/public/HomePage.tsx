import { Alert, Card, Col, List, Row, Skeleton, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { Link } from 'react-router-dom';
import type { Answer } from '../../api/answers.ts';
import { fetchServedDistricts } from '../../api/organisation.ts';
import { type MessageKey, useT } from '../../lib/i18n.ts';
import { usePublicDistrict } from '../../lib/public-district.ts';
import { useDisclosureTexts } from './disclosures/texts.ts';
import { documentPages } from './documents/model.ts';
import { usePublicDocumentTexts } from './documents/texts.ts';
import { useListTexts } from './lists/texts.ts';
import { SearchBox } from './search/SearchBox.tsx';

type District = Answer<'/api/public/districts'>[number];

/** The seeds each district runs on; shown with the district's card. */
const schemes: Record<string, string> = {
  '370212': '青崂政办字〔2021〕16号',
  '370406': '山政办发〔2021〕8号',
};

const steps: [MessageKey, MessageKey][] = [
  ['home.step1', 'home.step1.desc'],
  ['home.step2', 'home.step2.desc'],
  ['home.step3', 'home.step3.desc'],
  ['home.step4', 'home.step4.desc'],
];

/** Where a section lives for one district, or for all (the lists have their own pages, LIST-4). */
const sectionPath = (key: string, district?: string) =>
  key === 'lists'
    ? `/public/lists${district ? `/${district}` : ''}`
    : `/public/${key}${district ? `?district=${district}` : ''}`;

type Section = 'lists' | 'guides' | 'templates' | 'disclosures' | 'inspections';

const sections: { key: Section; title: MessageKey; desc: MessageKey }[] = [
  { key: 'lists', title: 'home.section.lists', desc: 'home.section.lists.desc' },
  { key: 'guides', title: 'home.section.guides', desc: 'home.section.guides.desc' },
  { key: 'templates', title: 'home.section.templates', desc: 'home.section.templates.desc' },
  { key: 'disclosures', title: 'home.section.disclosures', desc: 'home.section.disclosures.desc' },
  { key: 'inspections', title: 'home.section.inspections', desc: 'home.section.inspections.desc' },
];

const basis = [
  '国务院办公厅《关于全面推行证明事项和涉企经营许可事项告知承诺制的指导意见》（国办发〔2020〕42号）',
  '山东省人民政府办公厅《关于印发山东省全面推行证明事项告知承诺制实施方案的通知》（鲁政办发〔2020〕29号）',
  '《崂山区全面推行证明事项告知承诺制实施方案》（青崂政办字〔2021〕16号）',
  '《山亭区全面推行证明事项告知承诺制实施方案》（山政办发〔2021〕8号）',
];

export function HomePage() {
  const { t, language } = useT();
  const { tx } = useListTexts();
  const { pt } = usePublicDocumentTexts();
  const { dt } = useDisclosureTexts();
  const shown = usePublicDistrict().district;
  const openWords: Record<Section, string> = {
    lists: tx('home.listsOpen'),
    guides: pt('home.textsOpen'),
    templates: pt('home.textsOpen'),
    disclosures: dt('home.open'),
    inspections: dt('home.open'),
  };
  const [districts, setDistricts] = useState<District[] | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    fetchServedDistricts()
      .then(setDistricts)
      .catch(() => setFailed(true));
  }, []);
  return (
    <>
      <section className="cn-hero">
        <div className="cn-content" style={{ paddingTop: 0 }}>
          <Typography.Title level={1} style={{ marginTop: 0 }}>
            {t('app.title')}
          </Typography.Title>
          <Typography.Paragraph style={{ fontSize: '1.15em' }}>{t('app.slogan')}</Typography.Paragraph>
          {shown && <SearchBox key={shown.code} district={shown} />}
          <Typography.Paragraph type="secondary" style={{ maxWidth: 900 }}>
            {t('home.intro')}
          </Typography.Paragraph>
        </div>
      </section>
      <div className="cn-content">
        <Typography.Title level={2}>{t('home.steps')}</Typography.Title>
        <Row gutter={[16, 16]}>
          {steps.map(([title, desc], i) => (
            <Col xs={24} sm={12} lg={6} key={title}>
              <Card>
                <Typography.Title level={3} style={{ marginTop: 0 }}>
                  <span className="cn-step-number" aria-hidden="true">
                    {i + 1}
                  </span>
                  {t(title)}
                </Typography.Title>
                <Typography.Paragraph style={{ marginBottom: 0 }}>{t(desc)}</Typography.Paragraph>
              </Card>
            </Col>
          ))}
        </Row>

        <Typography.Title level={2}>{t('home.districts')}</Typography.Title>
        {failed && <Alert type="error" showIcon message="无法加载开通区县 / Could not load the districts" />}
        {!districts && !failed && <Skeleton active aria-label={t('home.districtsLoading')} />}
        <Row gutter={[16, 16]}>
          {districts?.map((d) => (
            <Col xs={24} md={12} key={d.code}>
              <Card
                data-testid={`district-${d.code}`}
                title={
                  <span>
                    {d.name}
                    <Typography.Text type="secondary">（{d.cityName}）</Typography.Text>
                  </span>
                }
                extra={<Tag>{d.code}</Tag>}
              >
                {schemes[d.code] && (
                  <Typography.Paragraph>
                    {t('home.scheme')}：{schemes[d.code]}
                  </Typography.Paragraph>
                )}
                <List
                  size="small"
                  dataSource={sections}
                  renderItem={(s) => (
                    <List.Item>
                      <Link to={sectionPath(s.key, d.code)}>{t(s.title)}</Link>
                    </List.Item>
                  )}
                  footer={<Link to={documentPages.workRule(d.code)}>{pt('docs.section.workRule')}</Link>}
                />
              </Card>
            </Col>
          ))}
        </Row>

        <Typography.Title level={2}>{t('home.sections')}</Typography.Title>
        <Row gutter={[16, 16]}>
          {sections.map((s) => (
            <Col xs={24} md={12} key={s.key}>
              <Card title={<Link to={sectionPath(s.key)}>{t(s.title)}</Link>}>
                <Typography.Paragraph>{t(s.desc)}</Typography.Paragraph>
                <Link to={sectionPath(s.key)}>
                  <Tag color="green">{openWords[s.key]}</Tag>
                </Link>
              </Card>
            </Col>
          ))}
        </Row>

        <Typography.Title level={2}>{t('home.basis')}</Typography.Title>
        <List
          bordered
          dataSource={basis}
          renderItem={(item) => <List.Item lang="zh-CN">{item}</List.Item>}
          style={{ background: '#fff' }}
        />
        {language === 'en' && (
          <Typography.Paragraph type="secondary" style={{ marginTop: 8 }}>
            The policy documents are published in Chinese.
          </Typography.Paragraph>
        )}
      </div>
    </>
  );
}

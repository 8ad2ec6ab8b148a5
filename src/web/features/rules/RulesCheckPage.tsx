/**
 * /kiem-tra-xep-loai (issue 5.1): try one case against the rules engine. The facts of a person and a
 * year give, as they are typed, whether the person is classified, the ceiling, the level and every
 * reason with its article; a second tab checks the HTXSNV quota of groups, a third the emulation
 * titles. The values the engine assumes for the chosen regime are listed with their sources.
 * Nothing is stored: the public /api/rules/* endpoints compute on what is sent.
 */
import { Card, Col, Flex, Form, Row, Select, Tabs, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { REGIME_LABELS, REGIMES, type Regime, regimeForYear } from '../../../domain/cycle.js';
import { PageHeader } from '../../components/PageHeader.js';
import { useDebouncedValue } from '../../components/useDebouncedValue.js';
import { useIsPhone } from '../../components/useIsMobile.js';
import { ClassifyResultCard, FactsForm } from './ClassifyTab.js';
import { classifyRequest, defaultFacts, quotaRequest, titlesRequest } from './facts.js';
import { DEFAULT_QUOTA, QuotaForm, QuotaResultCard } from './QuotaTab.js';
import { SettingsPanel } from './SettingsPanel.js';
import { DEFAULT_TITLES, TitlesForm, TitlesResultCard } from './TitlesTab.js';
import type {
  ClassifyInput,
  ClassifyResult,
  FactsValues,
  QuotaInput,
  QuotaResult,
  QuotaValues,
  TitlesInput,
  TitlesResult,
  TitlesValues,
} from './types.js';
import { useLiveCheck } from './useLiveCheck.js';

const DEBOUNCE_MS = 350;

type Tab = 'classify' | 'quota' | 'titles';

export function RulesCheckPage() {
  const [regime, setRegime] = useState<Regime>(() => regimeForYear(new Date().getFullYear()));
  const [tab, setTab] = useState<Tab>('classify');
  const phone = useIsPhone();
  const initialFacts = useMemo(defaultFacts, []);
  const [factsForm] = Form.useForm<FactsValues>();
  const [quotaForm] = Form.useForm<QuotaValues>();
  const [titlesForm] = Form.useForm<TitlesValues>();
  // Each tab's form is rendered once (forceRender) and keeps what was typed; these mirror its values.
  const [facts, setFacts] = useState<FactsValues>(initialFacts);
  const [quota, setQuota] = useState<QuotaValues>(DEFAULT_QUOTA);
  const [titles, setTitles] = useState<TitlesValues>(DEFAULT_TITLES);

  const factsLater = useDebouncedValue(facts, DEBOUNCE_MS);
  const quotaLater = useDebouncedValue(quota, DEBOUNCE_MS);
  const titlesLater = useDebouncedValue(titles, DEBOUNCE_MS);

  const classifyReq = useMemo(() => classifyRequest(regime, factsLater), [regime, factsLater]);
  const classify = useLiveCheck<ClassifyInput, ClassifyResult>('/api/rules/classify', classifyReq, factsForm);
  const quotaReq = useMemo(
    () => (tab === 'quota' ? quotaRequest(regime, quotaLater) : null),
    [tab, regime, quotaLater],
  );
  const quotaCheck = useLiveCheck<QuotaInput, QuotaResult>('/api/rules/quota', quotaReq, quotaForm);
  const titlesReq = useMemo(
    () =>
      tab === 'titles' && !classify.waiting
        ? titlesRequest(regime, factsLater, titlesLater, classify.result)
        : null,
    [tab, regime, factsLater, titlesLater, classify.result, classify.waiting],
  );
  const titlesCheck = useLiveCheck<TitlesInput, TitlesResult>('/api/rules/titles', titlesReq, titlesForm);

  return (
    <>
      <PageHeader
        title="Kiểm tra xếp loại"
        subtitle="Thử một trường hợp theo quy định của từng năm. Kết quả tính ngay khi bạn nhập; không lưu vào hệ thống."
      />
      <Flex vertical gap={16}>
        <Card size="small">
          <Flex gap="8px 16px" wrap align="center">
            <Typography.Text strong>Năm đánh giá</Typography.Text>
            <Select<Regime>
              value={regime}
              onChange={setRegime}
              style={{ width: 140 }}
              aria-label="Năm đánh giá"
              data-testid="regime-select"
              options={REGIMES.map((r) => ({ value: r, label: r === '2026' ? 'Từ năm 2026' : `Năm ${r}` }))}
            />
            <Typography.Text type="secondary" style={{ flex: '1 1 320px' }}>
              {REGIME_LABELS[regime]}
            </Typography.Text>
          </Flex>
        </Card>
        <Tabs
          activeKey={tab}
          onChange={(k) => setTab(k as Tab)}
          items={[
            {
              key: 'classify',
              label: phone ? 'Xếp loại' : 'Xếp loại một người',
              forceRender: true,
              children: (
                <Row gutter={[16, 16]}>
                  <Col xs={24} lg={14}>
                    <Card size="small">
                      <FactsForm form={factsForm} initial={initialFacts} values={facts} onChange={setFacts} />
                    </Card>
                  </Col>
                  <Col xs={24} lg={10}>
                    <div style={{ position: 'sticky', top: 16 }}>
                      <ClassifyResultCard {...classify} />
                    </div>
                  </Col>
                </Row>
              ),
            },
            {
              key: 'quota',
              label: phone ? 'Tỷ lệ' : 'Tỷ lệ xuất sắc',
              forceRender: true,
              children: (
                <Row gutter={[16, 16]}>
                  <Col xs={24} lg={14}>
                    <Card size="small">
                      <QuotaForm
                        form={quotaForm}
                        initial={DEFAULT_QUOTA}
                        values={quota}
                        onChange={setQuota}
                      />
                    </Card>
                  </Col>
                  <Col xs={24} lg={10}>
                    <QuotaResultCard {...quotaCheck} />
                  </Col>
                </Row>
              ),
            },
            {
              key: 'titles',
              label: phone ? 'Danh hiệu' : 'Danh hiệu thi đua',
              forceRender: true,
              children: (
                <Row gutter={[16, 16]}>
                  <Col xs={24} lg={14}>
                    <Card size="small">
                      <TitlesForm
                        form={titlesForm}
                        initial={DEFAULT_TITLES}
                        classified={classify.result}
                        onChange={setTitles}
                      />
                    </Card>
                  </Col>
                  <Col xs={24} lg={10}>
                    <TitlesResultCard {...titlesCheck} waiting={titlesCheck.waiting || classify.waiting} />
                  </Col>
                </Row>
              ),
            },
          ]}
        />
        <SettingsPanel regime={regime} />
      </Flex>
    </>
  );
}

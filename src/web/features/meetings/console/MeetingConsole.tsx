/**
 * The chair's and the secretary's console of a unit review meeting. Before it: the roll call (with
 * the QR code) and the start, the agenda as a preview. During it: who speaks, the current item's
 * panel, the agenda with the move to the next item, the roll call for late arrivals, and the record
 * with corrections. After it: the locked record. Those who only follow see the same, read-only.
 */
import { Alert, Col, Flex, Row } from 'antd';
import { useState } from 'react';
import type { MeetingEntryView, MeetingView } from '../types.js';
import { AgendaCard } from './AgendaCard.js';
import { ConsoleHeader } from './ConsoleHeader.js';
import { CorrectionModal } from './CorrectionModal.js';
import { CurrentItemCard } from './CurrentItemCard.js';
import { currentItem } from './format.js';
import { RecordCard } from './RecordCard.js';
import { RollCall } from './RollCall.js';
import { SpeakerCard } from './SpeakerCard.js';
import { StartCard } from './StartCard.js';

export function MeetingConsole({ meeting: m }: { meeting: MeetingView }) {
  const [correcting, setCorrecting] = useState<MeetingEntryView | null>(null);
  const prepared = m.state === 'prepared';
  const running = m.state === 'running';
  const item = currentItem(m);
  const onCorrect = m.me.canRun && running ? setCorrecting : undefined;
  return (
    <>
      <ConsoleHeader meeting={m} />
      {!m.me.canRun ? (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 16 }}
          title="Bạn đang theo dõi cuộc họp; việc điều hành do người chủ trì và thư ký thực hiện."
        />
      ) : null}
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={16}>
          <Flex vertical gap={16}>
            {prepared && m.me.canRun ? <StartCard meeting={m} /> : null}
            {prepared ? <RollCall meeting={m} /> : null}
            {item ? (
              // A fresh panel per item: nothing typed for one person is carried to the next.
              <CurrentItemCard key={item.position} meeting={m} item={item} onCorrect={onCorrect} />
            ) : null}
            {m.state === 'locked' ? (
              <Alert
                type="success"
                showIcon
                title="Cuộc họp đã kết thúc; biên bản đã được thông qua và khóa."
              />
            ) : null}
            <RecordCard meeting={m} onCorrect={onCorrect} />
          </Flex>
        </Col>
        <Col xs={24} xl={8}>
          <Flex vertical gap={16}>
            {running ? <SpeakerCard meeting={m} /> : null}
            <AgendaCard meeting={m} />
            {!prepared ? <RollCall meeting={m} /> : null}
          </Flex>
        </Col>
      </Row>
      <CorrectionModal meeting={m} entry={correcting} onClose={() => setCorrecting(null)} />
    </>
  );
}

/**
 * The form as a printed sheet: the header block (unit, party or state motto), the title and the
 * audience, then the sections as printed, recursively, each field with its widget, and the point
 * table in the section that prints it. Fields others fill (manager, authority) are read-only here.
 */
import { Alert, Col, ConfigProvider, Flex, Row, Tag, Typography } from 'antd';
import { Fragment, type ReactNode } from 'react';
import type { FormAnswers, FormDefinition, FormField, FormSection } from '../../../domain/forms/types.js';
import { allSections, filledByPerson } from '../../../domain/forms/walk.js';
import { LEVEL_LABELS } from '../../../domain/rules/types.js';
import { useAgency } from '../../app/useAgency.js';
import { useIsPhone } from '../../components/useIsMobile.js';
import {
  LevelField,
  LineField,
  PrintedText,
  PriorResultsField,
  RemediationField,
  SuggestionsField,
  TextField,
} from './fields.js';
import { fieldDomId, headingSaysLeaders, type LevelOption, type ScoreView } from './format.js';
import type { ReviewSuggestion } from './types.js';

export const PAPER_FONT = '"Times New Roman", "Liberation Serif", Tinos, Times, serif';

const OTHERS_LABEL = {
  manager: 'Phần dành cho người quản lý trực tiếp',
  authority: 'Phần dành cho cấp có thẩm quyền đánh giá',
} as const;

export interface PaperProps {
  definition: FormDefinition;
  answers: FormAnswers;
  /** The writer may type (draft, returned, revising). */
  editable: boolean;
  unitName: string;
  /** The cycle's year, for the date line ("Quảng Ngãi, ngày … tháng … năm 2024"). */
  year: number;
  levelOptions: LevelOption[];
  /** The person is not classified this year: the level fields are disabled. */
  notClassified: boolean;
  suggestions: ReviewSuggestion[];
  /** Field key → messages from the server. */
  errors: Record<string, string[]>;
  levelErrors: string[];
  primaryLevelKey: string | null;
  /** Keys still missing (highlighted once the writer asked to submit). */
  missingKeys: ReadonlySet<string>;
  scoreView: ScoreView | null;
  /** The point table itself (rendered by the page, shown where the form prints it). */
  pointTable: ReactNode;
  onChange: (key: string, value: unknown) => void;
}

/** A field label repeating its section's heading is not printed twice. */
function labelRepeatsHeading(section: FormSection, field: FormField): boolean {
  const bare = (s: string) =>
    s
      .toLowerCase()
      .replace(/^([ivxlc]+|\d+|[a-z])\.\s*/i, '')
      .replace(/\s*\(nếu có\)\s*$/, '')
      .trim();
  return section.fields.length === 1 && bare(section.heading).startsWith(bare(field.label));
}

export function ReviewPaper(props: PaperProps) {
  const phone = useIsPhone();
  const { definition: def } = props;
  // A table no section prints goes after the last section.
  const hasTablePlace = allSections(def).some((s) => s.showsScoreTable);
  return (
    <ConfigProvider theme={{ token: { fontFamily: PAPER_FONT, fontSize: 15 } }}>
      <div
        data-testid="review-paper"
        style={{
          background: '#fff',
          border: '1px solid rgba(5, 5, 5, 0.1)',
          boxShadow: '0 1px 3px rgba(0, 0, 0, 0.06)',
          borderRadius: 4,
          padding: phone ? '20px 14px 28px' : '40px 56px 48px',
          fontFamily: PAPER_FONT,
          fontSize: 15,
          lineHeight: 1.6,
        }}
      >
        <PaperHeader frame={def.frame} unitName={props.unitName} year={props.year} />
        <div style={{ textAlign: 'center', margin: '24px 0 28px' }}>
          <h2
            style={{
              fontWeight: 700,
              fontSize: phone ? 17 : 19,
              letterSpacing: 0.3,
              margin: 0,
              fontFamily: PAPER_FONT,
            }}
          >
            {def.title}
          </h2>
          <div style={{ fontStyle: 'italic' }}>{def.audience}</div>
        </div>
        {def.sections.map((s) => (
          <SectionView key={s.key} section={s} depth={0} leadersOnly={false} {...props} />
        ))}
        {def.scoreTable && !hasTablePlace ? (
          <section style={{ marginTop: 20 }}>
            <SectionHeading depth={0}>Bảng chấm điểm</SectionHeading>
            {props.pointTable}
          </section>
        ) : null}
      </div>
    </ConfigProvider>
  );
}

function PaperHeader({
  frame,
  unitName,
  year,
}: {
  frame: FormDefinition['frame'];
  unitName: string;
  year: number;
}) {
  const phone = useIsPhone();
  const place = useAgency().data?.placeName;
  const right =
    frame === 'party' ? (
      <div style={{ fontWeight: 700, textDecoration: 'underline', textUnderlineOffset: 4 }}>
        ĐẢNG CỘNG SẢN VIỆT NAM
      </div>
    ) : (
      <>
        <div style={{ fontWeight: 700 }}>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</div>
        <div style={{ fontWeight: 700, textDecoration: 'underline', textUnderlineOffset: 4 }}>
          Độc lập - Tự do - Hạnh phúc
        </div>
      </>
    );
  return (
    <Row gutter={[16, 8]} style={{ textAlign: 'center', fontSize: phone ? 13 : 14 }}>
      <Col xs={24} md={10}>
        <div style={{ textTransform: 'uppercase' }}>{unitName}</div>
        <div style={{ letterSpacing: 2 }}>*</div>
      </Col>
      <Col xs={24} md={14}>
        {right}
        <div style={{ fontStyle: 'italic', marginTop: 10 }}>
          {place ? `${place}, ` : ''}ngày … tháng … năm {year}
        </div>
      </Col>
    </Row>
  );
}

function SectionHeading({ depth, children }: { depth: number; children: ReactNode }) {
  const style = {
    fontWeight: 700,
    fontSize: depth === 0 ? 16 : 15,
    lineHeight: 1.5,
    margin: depth === 0 ? '22px 0 8px' : '16px 0 6px',
    fontFamily: PAPER_FONT,
  };
  if (depth === 0) return <h3 style={style}>{children}</h3>;
  if (depth === 1) return <h4 style={style}>{children}</h4>;
  return <h5 style={style}>{children}</h5>;
}

function SectionView({
  section,
  depth,
  leadersOnly,
  ...props
}: PaperProps & { section: FormSection; depth: number; leadersOnly: boolean }) {
  const lo = leadersOnly || section.leadersOnly === true;
  const personal = section.fields.length > 0 && section.fields.every((f) => f.type === 'line');
  return (
    <section data-section={section.key}>
      <SectionHeading depth={depth}>
        {section.heading}
        {section.leadersOnly && !headingSaysLeaders(section.heading) ? (
          <span style={{ fontWeight: 400, fontStyle: 'italic' }}>
            {' '}
            (dành cho người giữ chức vụ lãnh đạo, quản lý)
          </span>
        ) : null}
      </SectionHeading>
      {personal ? (
        <Row gutter={[24, 6]}>
          {section.fields.map((f) => (
            <Col key={f.key} xs={24} md={12}>
              <LineRow field={f} {...props} />
            </Col>
          ))}
        </Row>
      ) : (
        section.fields.map((f) => (
          <FieldBlock key={f.key} field={f} hideLabel={labelRepeatsHeading(section, f)} {...props} />
        ))
      )}
      {section.showsScoreTable ? <div style={{ margin: '8px 0 4px' }}>{props.pointTable}</div> : null}
      {(section.sections ?? []).map((s) => (
        <Fragment key={s.key}>
          <SectionView section={s} depth={depth + 1} leadersOnly={lo} {...props} />
        </Fragment>
      ))}
    </section>
  );
}

function ErrorLines({ messages }: { messages: string[] | undefined }) {
  if (!messages || messages.length === 0) return null;
  return (
    <div role="alert">
      {messages.map((m) => (
        <Typography.Text key={m} type="danger" style={{ display: 'block', fontSize: 13 }}>
          {m}
        </Typography.Text>
      ))}
    </div>
  );
}

/** "Họ và tên: ……" — label and value on one line (wrapping on a phone). */
function LineRow({ field, ...props }: PaperProps & { field: FormField }) {
  const readOnly = !props.editable || !filledByPerson(field);
  return (
    <div id={fieldDomId(field.key)} data-testid="review-field" data-key={field.key} data-type="line">
      <Flex gap="2px 8px" align="baseline" wrap={readOnly ? 'wrap' : undefined} vertical={!readOnly}>
        <label htmlFor={`review-input-${field.key}`} style={{ whiteSpace: 'nowrap' }}>
          {field.label}:
          {!field.required && !readOnly ? (
            <span style={{ color: 'rgba(0,0,0,0.45)', fontStyle: 'italic' }}> (nếu có)</span>
          ) : null}
        </label>
        <div style={{ flex: 1, minWidth: 0, width: readOnly ? undefined : '100%' }}>
          <LineField
            field={field}
            value={props.answers[field.key]}
            readOnly={readOnly}
            onChange={(v) => props.onChange(field.key, v)}
          />
        </div>
      </Flex>
      <ErrorLines messages={props.errors[field.key]} />
    </div>
  );
}

function FieldBlock({ field, hideLabel, ...props }: PaperProps & { field: FormField; hideLabel: boolean }) {
  const byOthers = !filledByPerson(field);
  const readOnly = !props.editable || byOthers;
  const value = props.answers[field.key];
  const labelId = `review-label-${field.key}`;
  const missing = props.missingKeys.has(field.key);
  const isPrimaryLevel = field.key === props.primaryLevelKey;

  let widget: ReactNode;
  switch (field.type) {
    case 'text':
      widget = (
        <TextField
          field={field}
          value={value}
          readOnly={readOnly}
          labelledBy={hideLabel ? undefined : labelId}
          onChange={(v) => props.onChange(field.key, v)}
        />
      );
      break;
    case 'line':
      widget = (
        <LineField
          field={field}
          value={value}
          readOnly={readOnly}
          onChange={(v) => props.onChange(field.key, v)}
        />
      );
      break;
    case 'level':
      widget = (
        <>
          {props.notClassified && !byOthers ? (
            <Alert
              type="warning"
              showIcon
              style={{ marginBottom: 8 }}
              title="Năm nay bạn không được xếp loại, nên không chọn mức xếp loại."
            />
          ) : null}
          <LevelField
            field={field}
            value={value}
            readOnly={readOnly}
            options={props.levelOptions}
            onChange={(v) => props.onChange(field.key, v)}
          />
          {props.scoreView?.level && !byOthers && !readOnly ? (
            <Typography.Text type="secondary" style={{ display: 'block', marginTop: 6, fontSize: 13 }}>
              Mức gợi ý theo điểm: {LEVEL_LABELS[props.scoreView.level]}
            </Typography.Text>
          ) : null}
          {isPrimaryLevel ? <ErrorLines messages={props.levelErrors} /> : null}
        </>
      );
      break;
    case 'remediation':
      widget = (
        <RemediationField
          field={field}
          value={value}
          readOnly={readOnly}
          onChange={(v) => props.onChange(field.key, v)}
        />
      );
      break;
    case 'suggestions':
      widget = <SuggestionsField field={field} suggestions={props.suggestions} canAnswer={props.editable} />;
      break;
    case 'prior_results':
      widget = <PriorResultsField field={field} value={value} />;
      break;
  }

  return (
    <div
      id={fieldDomId(field.key)}
      data-testid="review-field"
      data-key={field.key}
      data-type={field.type}
      data-missing={missing ? 'true' : 'false'}
      style={{
        margin: '6px 0 14px',
        ...(missing ? { borderInlineStart: '3px solid #faad14', paddingInlineStart: 10 } : {}),
      }}
    >
      {hideLabel ? null : (
        <div style={{ marginBottom: 4 }}>
          <label id={labelId} htmlFor={`review-input-${field.key}`} style={{ textAlign: 'justify' }}>
            {field.label}
          </label>
          {!field.required && !byOthers && field.type !== 'suggestions' && !readOnly ? (
            <span style={{ color: 'rgba(0,0,0,0.45)', fontStyle: 'italic' }}> (nếu có)</span>
          ) : null}
          {byOthers ? (
            <Tag style={{ marginInlineStart: 8, fontFamily: 'inherit' }}>
              {OTHERS_LABEL[field.filledBy as 'manager' | 'authority']}
            </Tag>
          ) : null}
        </div>
      )}
      {field.hint && !readOnly ? (
        <Typography.Paragraph type="secondary" style={{ fontSize: 13, fontStyle: 'italic', marginBottom: 6 }}>
          {field.hint}
        </Typography.Paragraph>
      ) : null}
      {byOthers && !value ? <PrintedText value={null} empty="(chưa có)" /> : widget}
      <ErrorLines messages={props.errors[field.key]} />
    </div>
  );
}

/**
 * The form's section tree in the editor: each section's heading, who it is for, its fields (label,
 * kind, who writes it, required, hint) and its subsections; adding, moving and removing any of them.
 * Keys are the editor's business: they are never shown.
 */
import { PlusOutlined } from '@ant-design/icons';
import { Button, Checkbox, Flex, Input, Select, Tag, Typography } from 'antd';
import { useState } from 'react';
import { REMEDIATION_FIELD, WEAKNESS_FIELD } from '../../../domain/forms/carry-over.js';
import {
  FIELD_AUTHORS,
  type FieldAuthor,
  type FieldType,
  type FormDefinition,
  type FormField,
  type FormSection,
} from '../../../domain/forms/types.js';
import { useIsPhone } from '../../components/useIsMobile.js';
import { type Edit, RowActions } from './controls.js';
import {
  addField,
  addSection,
  FIELD_AUTHOR_LABELS,
  FIELD_TYPE_LABELS,
  fieldCount,
  MAX_SECTION_DEPTH,
  moveField,
  moveSection,
  removeField,
  removeSection,
  type SectionPath,
  updateField,
  updateSection,
} from './edit.js';

const TYPE_OPTIONS = (Object.keys(FIELD_TYPE_LABELS) as FieldType[]).map((value) => ({
  value,
  label: FIELD_TYPE_LABELS[value],
}));
const AUTHOR_OPTIONS = FIELD_AUTHORS.map((value) => ({ value, label: FIELD_AUTHOR_LABELS[value] }));

const blank = (s: string) => s.trim() === '';

interface Shared {
  def: FormDefinition;
  edit: Edit;
  /** The key of the element just added: its first box takes the focus. */
  focusKey: string | null;
  onAdded: (key: string) => void;
}

export function SectionsEditor(props: Shared) {
  const { def, edit, onAdded } = props;
  return (
    <Flex vertical gap={12} data-testid="sections-editor">
      <Typography.Text type="secondary">
        Số thứ tự (I, II, 1, 2…) là một phần của tiêu đề và nhãn: khi thêm hoặc đổi thứ tự, hãy sửa lại số cho
        khớp.
      </Typography.Text>
      {def.sections.map((s, i) => (
        <SectionEditor
          key={s.key}
          {...props}
          section={s}
          path={[i]}
          count={def.sections.length}
          inheritedLeadersOnly={false}
        />
      ))}
      <div>
        <Button
          icon={<PlusOutlined />}
          onClick={() => {
            onAdded(addSection(def, []).key);
            edit((d) => addSection(d, []).definition);
          }}
          data-testid="add-top-section"
        >
          Thêm mục
        </Button>
      </div>
    </Flex>
  );
}

function SectionEditor({
  section,
  path,
  count,
  inheritedLeadersOnly,
  ...props
}: Shared & {
  section: FormSection;
  path: SectionPath;
  count: number;
  inheritedLeadersOnly: boolean;
}) {
  const { def, edit, focusKey, onAdded } = props;
  const depth = path.length - 1;
  const index = path.at(-1) ?? 0;
  const fields = fieldCount(section);
  const subsections = section.sections ?? [];
  const leadersOnly = inheritedLeadersOnly || section.leadersOnly === true;
  const empty = section.fields.length === 0 && subsections.length === 0 && !section.showsScoreTable;
  const addFieldButton = (
    <Button
      size="small"
      type="dashed"
      icon={<PlusOutlined />}
      data-testid="add-field"
      onClick={() => {
        onAdded(addField(def, path).key);
        edit((d) => addField(d, path).definition);
      }}
    >
      Thêm trường
    </Button>
  );

  return (
    <section
      data-testid="form-section"
      data-section-key={section.key}
      aria-label={section.heading || 'Mục chưa có tiêu đề'}
      style={
        depth === 0
          ? { border: '1px solid rgba(5, 5, 5, 0.12)', borderRadius: 8, padding: 12, background: '#fff' }
          : { borderInlineStart: '3px solid #d6e4ff', paddingInlineStart: 12, marginTop: 4 }
      }
    >
      <Flex gap={8} align="flex-start">
        <Input.TextArea
          aria-label="Tiêu đề mục"
          data-testid="section-heading"
          placeholder="Tiêu đề mục, ví dụ: VII. Ý kiến của chi bộ"
          value={section.heading}
          status={blank(section.heading) ? 'error' : undefined}
          autoFocus={focusKey === section.key}
          autoSize={{ minRows: 1, maxRows: 6 }}
          maxLength={1000}
          style={{ fontWeight: 600 }}
          onChange={(e) => edit((d) => updateSection(d, path, { heading: e.target.value }))}
        />
        <RowActions
          what="mục"
          index={index}
          count={count}
          onMove={(delta) => edit((d) => moveSection(d, path, delta))}
          onRemove={() => edit((d) => removeSection(d, path))}
          confirm={
            empty ? undefined : (
              <span style={{ display: 'block', maxWidth: 300 }}>
                Xóa mục “{section.heading || 'chưa có tiêu đề'}”{fields > 0 ? ` cùng ${fields} trường` : ''}
                {subsections.length > 0 ? ` và ${subsections.length} mục con` : ''}?
              </span>
            )
          }
        />
      </Flex>
      <Flex gap="4px 12px" wrap align="center" style={{ margin: '8px 0' }}>
        <Checkbox
          checked={leadersOnly}
          disabled={inheritedLeadersOnly}
          onChange={(e) => edit((d) => updateSection(d, path, { leadersOnly: e.target.checked }))}
        >
          Chỉ dành cho người giữ chức vụ lãnh đạo, quản lý{inheritedLeadersOnly ? ' (theo mục trên)' : ''}
        </Checkbox>
        {section.showsScoreTable ? (
          <Tag color="geekblue" style={{ marginInlineEnd: 0 }}>
            Bảng điểm được in ở mục này
          </Tag>
        ) : null}
      </Flex>
      <Flex vertical gap={8}>
        {section.fields.map((f, i) => (
          <FieldEditor
            key={f.key}
            field={f}
            index={i}
            count={section.fields.length}
            section={path}
            edit={edit}
            autoFocus={focusKey === f.key}
          />
        ))}
        {empty ? (
          <Typography.Text type="secondary" style={{ fontSize: 13 }}>
            Mục chưa có trường nào.
          </Typography.Text>
        ) : null}
        {/* A field added here goes after the section's own fields, before its subsections. */}
        {subsections.length > 0 ? <Flex gap={8}>{addFieldButton}</Flex> : null}
        {subsections.map((s, i) => (
          <SectionEditor
            key={s.key}
            {...props}
            section={s}
            path={[...path, i]}
            count={subsections.length}
            inheritedLeadersOnly={leadersOnly}
          />
        ))}
        <Flex gap={8} wrap>
          {subsections.length > 0 ? null : addFieldButton}
          {depth < MAX_SECTION_DEPTH ? (
            <Button
              size="small"
              type="dashed"
              icon={<PlusOutlined />}
              data-testid="add-subsection"
              onClick={() => {
                onAdded(addSection(def, path).key);
                edit((d) => addSection(d, path).definition);
              }}
            >
              Thêm mục con
            </Button>
          ) : null}
        </Flex>
      </Flex>
    </section>
  );
}

function FieldEditor({
  field,
  index,
  count,
  section,
  edit,
  autoFocus,
}: {
  field: FormField;
  index: number;
  count: number;
  section: SectionPath;
  edit: Edit;
  autoFocus: boolean;
}) {
  const phone = useIsPhone();
  const author: FieldAuthor = field.filledBy ?? 'person';
  const byOthers = author !== 'person';
  // Next year's review reads these two answers (carry-over of weaknesses, rules.md §7).
  const carried = field.key === WEAKNESS_FIELD || field.key === REMEDIATION_FIELD;
  const set = (patch: Parameters<typeof updateField>[3]) =>
    edit((d) => updateField(d, section, index, patch));
  // An empty hint is a link until asked for, and stays open while it is being typed.
  const [hintOpened, setHintOpened] = useState(false);
  const showHint = hintOpened || (field.hint ?? '') !== '';

  return (
    <div
      data-testid="form-field"
      data-field-key={field.key}
      style={{
        background: '#fafafa',
        border: '1px solid rgba(5, 5, 5, 0.06)',
        borderRadius: 6,
        padding: '8px 10px',
      }}
    >
      <Flex gap={8} align="flex-start">
        <Input.TextArea
          aria-label="Nhãn trường"
          data-testid="field-label"
          placeholder="Nhãn trường, ví dụ: 3. Ý kiến của chi bộ"
          value={field.label}
          status={blank(field.label) ? 'error' : undefined}
          autoFocus={autoFocus}
          autoSize={{ minRows: 1, maxRows: 8 }}
          maxLength={1000}
          onChange={(e) => set({ label: e.target.value })}
        />
        <RowActions
          what="trường"
          index={index}
          count={count}
          onMove={(delta) => edit((d) => moveField(d, section, index, delta))}
          onRemove={() => edit((d) => removeField(d, section, index))}
          confirm={
            blank(field.label) && !carried ? undefined : (
              <span style={{ display: 'block', maxWidth: 300 }}>
                Xóa trường “{field.label || 'chưa có nhãn'}”?
                {carried
                  ? ' Trường này chuyển hạn chế, khuyết điểm sang kỳ kiểm điểm năm sau; xóa đi thì năm sau mục khắc phục không được tự điền.'
                  : ''}
              </span>
            )
          }
        />
      </Flex>
      <Flex gap="8px 12px" wrap align="center" style={{ marginTop: 8 }}>
        <Select<FieldType>
          size="small"
          aria-label="Kiểu trường"
          prefix="Kiểu:"
          value={field.type}
          options={TYPE_OPTIONS}
          popupMatchSelectWidth={false}
          style={{ width: phone ? '100%' : 280 }}
          onChange={(type) => set({ type })}
        />
        <Select<FieldAuthor>
          size="small"
          aria-label="Người ghi"
          prefix="Người ghi:"
          value={author}
          options={AUTHOR_OPTIONS}
          popupMatchSelectWidth={false}
          style={{ width: phone ? '100%' : 270 }}
          onChange={(filledBy) => set({ filledBy })}
        />
        <Checkbox
          checked={field.required}
          disabled={byOthers}
          data-testid="field-required"
          onChange={(e) => set({ required: e.target.checked })}
        >
          Bắt buộc điền
        </Checkbox>
      </Flex>
      {showHint ? (
        <Input.TextArea
          aria-label="Hướng dẫn ghi"
          placeholder="Hướng dẫn ghi cho người kiểm điểm (không bắt buộc)"
          value={field.hint ?? ''}
          autoFocus={hintOpened}
          autoSize={{ minRows: 1, maxRows: 6 }}
          maxLength={2000}
          variant="filled"
          style={{ marginTop: 8, fontSize: 13 }}
          onChange={(e) => set({ hint: e.target.value })}
          onBlur={() => setHintOpened(false)}
        />
      ) : (
        <Button
          size="small"
          type="link"
          icon={<PlusOutlined />}
          style={{ paddingInline: 0, marginTop: 4 }}
          onClick={() => setHintOpened(true)}
        >
          Hướng dẫn ghi
        </Button>
      )}
    </div>
  );
}

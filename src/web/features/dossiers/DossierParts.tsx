/**
 * The five parts of the dossier as a numbered list: ✓ or ✗, what is missing (or worth a look on a
 * complete part), and the downloads. Parts the server named in a refused submit are outlined.
 */
import { Flex, Tag, Typography } from 'antd';
import { DownloadLink } from './DownloadLink.js';
import { problemLine } from './format.js';
import type { DossierPart, DossierPartCode } from './types.js';

const GREEN = '#389e0d';
const RED = '#cf1322';
/** Darker than antd's warning text, readable on white. */
const AMBER = '#ad4e00';

function Mark({ complete }: { complete: boolean }) {
  return (
    <span
      role="img"
      aria-label={complete ? 'Đủ' : 'Chưa đủ'}
      style={{
        flex: 'none',
        display: 'inline-flex',
        alignItems: 'center',
        justifyContent: 'center',
        width: 28,
        height: 28,
        borderRadius: '50%',
        fontWeight: 700,
        fontSize: 16,
        color: '#fff',
        background: complete ? GREEN : RED,
      }}
    >
      {complete ? '✓' : '✗'}
    </span>
  );
}

function Part({ part, flagged }: { part: DossierPart; flagged: boolean }) {
  return (
    <li
      data-testid="dossier-part"
      data-part={part.code}
      data-complete={part.complete ? 'true' : 'false'}
      style={{
        listStyle: 'none',
        padding: 12,
        borderRadius: 8,
        border: `1px solid ${flagged ? RED : '#f0f0f0'}`,
        background: flagged ? '#fff1f0' : undefined,
      }}
    >
      <Flex gap={12} align="flex-start">
        <Mark complete={part.complete} />
        <Flex vertical gap={6} style={{ minWidth: 0, flex: 1 }}>
          <Flex gap={8} wrap align="center">
            <Typography.Text strong style={{ fontSize: 15 }}>
              ({part.number}) {part.title}
            </Typography.Text>
            <Tag color={part.complete ? 'green' : 'red'} style={{ marginInlineEnd: 0 }}>
              {part.complete ? 'Đủ' : 'Chưa đủ'}
            </Tag>
          </Flex>
          {part.problems.length > 0 ? (
            <ul style={{ margin: 0, paddingInlineStart: 18 }} data-testid="part-problems">
              {part.problems.map((p) => {
                const line = problemLine(p, part.complete);
                return (
                  <li key={p}>
                    <Typography.Text style={{ color: line.remark ? AMBER : RED }}>
                      {line.text}
                    </Typography.Text>
                  </li>
                );
              })}
            </ul>
          ) : null}
          {part.links.length > 0 ? (
            <Flex gap={6} wrap data-testid="part-links">
              {part.links.map((l) => (
                <DownloadLink key={l.href} link={l} context={`(${part.number}) ${part.title}`} />
              ))}
            </Flex>
          ) : null}
        </Flex>
      </Flex>
    </li>
  );
}

export function DossierParts({
  parts,
  flagged,
}: {
  parts: DossierPart[];
  flagged: ReadonlySet<DossierPartCode>;
}) {
  return (
    <ol style={{ margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: 8 }}>
      {parts.map((p) => (
        <Part key={p.code} part={p} flagged={flagged.has(p.code)} />
      ))}
    </ol>
  );
}

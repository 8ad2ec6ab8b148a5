/**
 * A document made from a record — a ballot's biên bản kiểm phiếu, a meeting's biên bản — and kept in the
 * documents register under that record (source type + the record's id), as a document of the record's
 * cycle and unit, so /van-ban and the unit's dossier list it and it can be numbered and issued there.
 *
 * The first download stores it; later downloads serve the stored copy (the PDF converted once and kept),
 * so every copy printed is the same document; an input that differs from the stored one is stored as a
 * new version of the same document (the old one is kept). Two first downloads at once store one copy:
 * each locks the record's row in the transaction that stores it, and the second, finding the first's
 * copy once the lock is released, rolls back its own.
 */
import { and, desc, eq, ne } from 'drizzle-orm';
import type { Db, Queryable, Tx } from '../../db/connect.js';
import { documents } from '../../db/schema/index.js';
import type { DocumentKind } from '../../documents/kinds/types.js';
import { actorOf, type SessionUser } from '../auth/service.js';
import { createDocument, regenerateDocument } from './service.js';

/** The formats a record's document downloads in, with their content types. */
export const DOWNLOAD_MIME = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pdf: 'application/pdf',
} as const;
export type DownloadFormat = keyof typeof DOWNLOAD_MIME;

/** JSON with keys sorted at every level: the stored input (jsonb) reorders keys. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}

/** Which record a document is made from, and of which kind. */
export interface SourceRef {
  kind: string;
  sourceType: string;
  sourceId: string;
}

export interface StoredSourceCopy {
  id: string;
  input: unknown;
}

/** The latest version of the record's stored document of that kind, if any. */
export async function latestSourceCopy(
  db: Queryable,
  agencyId: string,
  ref: SourceRef,
): Promise<StoredSourceCopy | undefined> {
  return (
    await db
      .select({ id: documents.id, input: documents.input })
      .from(documents)
      .where(
        and(
          eq(documents.agencyId, agencyId),
          eq(documents.kind, ref.kind),
          eq(documents.sourceType, ref.sourceType),
          eq(documents.sourceId, ref.sourceId),
        ),
      )
      .orderBy(desc(documents.version), desc(documents.createdAt))
      .limit(1)
  )[0];
}

export interface SourceCopy {
  kind: DocumentKind<unknown>;
  sourceType: string;
  sourceId: string;
  unitId: string | null;
  cycleId: string | null;
  /** The kind's input as built from the record (parsed by the kind when stored). */
  input: unknown;
  /** Locks the record's row inside the transaction that stores the first copy. */
  lockSource: (tx: Tx) => Promise<unknown>;
}

class AlreadyStored extends Error {}

const refOf = (c: SourceCopy): SourceRef => ({
  kind: c.kind.kind,
  sourceType: c.sourceType,
  sourceId: c.sourceId,
});

/** Store the record's document the first time; with two at once, one copy (see the module comment). */
export async function storeFirstSourceCopy(db: Db, user: SessionUser, c: SourceCopy): Promise<string> {
  try {
    const row = await createDocument(
      db,
      actorOf(user),
      {
        kind: c.kind.kind,
        input: c.input,
        unitId: c.unitId,
        cycleId: c.cycleId,
        sourceType: c.sourceType,
        sourceId: c.sourceId,
      },
      async (tx, doc) => {
        await c.lockSource(tx);
        const other = await tx
          .select({ id: documents.id })
          .from(documents)
          .where(
            and(
              eq(documents.agencyId, user.agencyId),
              eq(documents.sourceType, c.sourceType),
              eq(documents.sourceId, c.sourceId),
              ne(documents.seriesId, doc.seriesId),
            ),
          )
          .limit(1);
        if (other.length > 0) throw new AlreadyStored();
      },
    );
    return row.id;
  } catch (err) {
    const again =
      err instanceof AlreadyStored ? await latestSourceCopy(db, user.agencyId, refOf(c)) : undefined;
    if (again) return again.id;
    throw err;
  }
}

/**
 * The id of the register's copy of the record's document to serve: stored now if there is none, the
 * stored one if its input is the same, otherwise a new version. `stored` is what `latestSourceCopy`
 * found (looked up again when not given).
 */
export async function sourceCopyId(
  db: Db,
  user: SessionUser,
  c: SourceCopy,
  stored?: StoredSourceCopy | null,
): Promise<string> {
  const current = stored === undefined ? await latestSourceCopy(db, user.agencyId, refOf(c)) : stored;
  if (!current) return storeFirstSourceCopy(db, user, c);
  if (canonicalJson(c.kind.input.parse(c.input)) === canonicalJson(current.input)) return current.id;
  return (await regenerateDocument(db, actorOf(user), current.id, c.input)).id;
}

/**
 * Import of the staff list. One function computes the plan (what to add, update, create) from
 * the file and the database; a dry run returns it, a commit applies it in one transaction
 * (all-or-nothing) with one audit entry per changed record. Re-importing the same file finds
 * nothing to change and writes nothing.
 */
import { randomBytes } from 'node:crypto';
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { UnitKind } from '../../../domain/org.js';
import {
  type ImportPreview,
  type ImportResult,
  type PersonImportRow,
  parseImportTable,
} from '../../../domain/people-import.js';
import { foldVietnamese } from '../../../domain/text.js';
import type { Db, Queryable } from '../../db/connect.js';
import { accounts, people, units } from '../../db/schema/index.js';
import { type Actor, type AuditInput, writeAuditBatch } from '../audit/service.js';
import { hashPassword } from '../auth/service.js';
import { reassignRunningCycle } from '../reviews/assignment.js';
import type { RawTable } from './import-file.js';
import { diffColumns, type PersonColumns, personColumns } from './service.js';

const unitKey = (name: string) => foldVietnamese(name);
/** Staff codes match regardless of case, as duplicates within one file do (parseImportTable). */
const codeKey = (code: string) => code.toUpperCase();

function guessUnitKind(name: string): UnitKind {
  const f = foldVietnamese(name);
  if (f.startsWith('phong')) return 'phong';
  if (f.startsWith('ban')) return 'ban';
  if (f.startsWith('trung tam')) return 'trung_tam';
  if (f.startsWith('lanh dao')) return 'leadership';
  return 'khac';
}

function unitCodeFor(name: string, taken: Set<string>): string {
  const initials =
    foldVietnamese(name)
      .split(' ')
      .filter((w) => w.length > 0 && w !== '-')
      .map((w) => w[0])
      .join('')
      .toUpperCase()
      .slice(0, 12) || 'DV';
  let code = initials;
  for (let i = 2; taken.has(code); i++) code = `${initials}${i}`;
  taken.add(code);
  return code;
}

interface Plan {
  preview: ImportPreview;
  rows: PersonImportRow[];
  existingUnits: Map<string, string>;
  existingPeople: Map<string, typeof people.$inferSelect>;
}

async function planImport(db: Queryable, agencyId: string, table: RawTable): Promise<Plan> {
  const parsed = parseImportTable(table.header, table.rows);
  const problems = [...parsed.problems];
  const unitRows = await db
    .select({ id: units.id, name: units.name })
    .from(units)
    .where(eq(units.agencyId, agencyId));
  const existingUnits = new Map(unitRows.map((u) => [unitKey(u.name), u.id]));
  const codes = parsed.rows.map((r) => codeKey(r.staffCode));
  const existingPeople = new Map<string, typeof people.$inferSelect>();
  for (let i = 0; i < codes.length; i += 1000) {
    const chunk = codes.slice(i, i + 1000);
    const found = await db
      .select()
      .from(people)
      .where(and(eq(people.agencyId, agencyId), inArray(sql`upper(${people.staffCode})`, chunk)));
    for (const p of found) existingPeople.set(codeKey(p.staffCode), p);
  }
  // Usernames must be unique in the whole database; one already taken by someone else is a problem.
  const usernames = parsed.rows.flatMap((r) => (r.username ? [r.username] : []));
  const takenUsernames = new Map<string, string | null>();
  for (let i = 0; i < usernames.length; i += 1000) {
    const found = await db
      .select({ username: accounts.username, personId: accounts.personId })
      .from(accounts)
      .where(inArray(accounts.username, usernames.slice(i, i + 1000)));
    for (const a of found) takenUsernames.set(a.username, a.personId);
  }
  const personIds = [...existingPeople.values()].map((p) => p.id);
  const personHasAccount = new Set<string>();
  for (let i = 0; i < personIds.length; i += 1000) {
    const found = await db
      .select({ personId: accounts.personId })
      .from(accounts)
      .where(inArray(accounts.personId, personIds.slice(i, i + 1000)));
    for (const a of found) if (a.personId) personHasAccount.add(a.personId);
  }

  const preview: ImportPreview = {
    totalRows: parsed.rows.length + new Set(parsed.problems.map((p) => p.row)).size,
    toAdd: [],
    toUpdate: [],
    unchanged: 0,
    unitsToCreate: [],
    accountsToCreate: [],
    problems,
  };
  const newUnits = new Set<string>();
  const okRows: PersonImportRow[] = [];
  for (const r of parsed.rows) {
    const existing = existingPeople.get(codeKey(r.staffCode));
    if (r.username && takenUsernames.has(r.username)) {
      const owner = takenUsernames.get(r.username);
      if (!existing || owner !== existing.id) {
        problems.push({
          row: r.rowNumber,
          column: 'Tên đăng nhập',
          message: `Tên đăng nhập "${r.username}" đã được dùng cho tài khoản khác; vui lòng chọn tên khác.`,
        });
        continue;
      }
    }
    okRows.push(r);
    if (!existingUnits.has(unitKey(r.unitName)) && !newUnits.has(unitKey(r.unitName))) {
      newUnits.add(unitKey(r.unitName));
      preview.unitsToCreate.push(r.unitName);
    }
    if (r.username && !takenUsernames.has(r.username) && !(existing && personHasAccount.has(existing.id))) {
      preview.accountsToCreate.push(r.username);
    }
    if (!existing) {
      preview.toAdd.push({
        row: r.rowNumber,
        staffCode: r.staffCode,
        fullName: r.fullName,
        unitName: r.unitName,
      });
      continue;
    }
    const changes = diffColumns(existing, columnsFor(r, existing.unitId, existingUnits, existing));
    if (Object.keys(changes).length > 0) {
      preview.toUpdate.push({ row: r.rowNumber, staffCode: r.staffCode, fullName: r.fullName, changes });
    } else {
      preview.unchanged++;
    }
  }
  problems.sort((a, b) => a.row - b.row);
  return { preview, rows: okRows, existingUnits, existingPeople };
}

/**
 * The stored columns for an imported row. Facts the file has no column for (evaluation authority,
 * nomination flags) keep their stored value.
 */
function columnsFor(
  r: PersonImportRow,
  fallbackUnitId: string,
  unitIds: Map<string, string>,
  existing?: typeof people.$inferSelect,
): PersonColumns {
  return personColumns({
    // A code matched regardless of case keeps the spelling already stored.
    staffCode: existing?.staffCode ?? r.staffCode,
    fullName: r.fullName,
    gender: r.gender,
    birthDate: r.birthDate,
    unitId: unitIds.get(unitKey(r.unitName)) ?? fallbackUnitId,
    positionTitle: r.positionTitle,
    leadershipRank: r.leadershipRank,
    category: r.category,
    partyMember: r.partyMember,
    partyAdmittedOn: r.partyAdmittedOn,
    employmentStart: r.employmentStart,
    similarGroup: r.similarGroup,
    evaluationAuthority: existing?.evaluationAuthority ?? '',
    email: r.email,
    nomineeParty2025: existing?.nomineeParty2025 ?? false,
    standingCommitteeManaged: existing?.standingCommitteeManaged ?? false,
  });
}

export async function importPeople(
  db: Db,
  actor: Actor,
  table: RawTable,
  opts: { dryRun: boolean; fileName: string },
): Promise<ImportResult> {
  const first = await planImport(db, actor.agencyId, table);
  if (opts.dryRun || first.preview.problems.length > 0) {
    return { ...first.preview, committed: false, newAccounts: [] };
  }
  // Hash outside the transaction: argon2 is slow by design and must not hold the database.
  const temporaryPasswords = new Map<string, { plain: string; hash: string }>();
  for (const username of first.preview.accountsToCreate) {
    const plain = randomBytes(6).toString('base64url');
    temporaryPasswords.set(username, { plain, hash: await hashPassword(plain) });
  }
  return db.transaction(async (tx) => {
    // Plan again inside the transaction: what the clerk previewed may have changed meanwhile.
    const plan = await planImport(tx, actor.agencyId, table);
    if (plan.preview.problems.length > 0) return { ...plan.preview, committed: false, newAccounts: [] };
    const audits: AuditInput[] = [];
    const takenCodes = new Set(
      (await tx.select({ code: units.code }).from(units).where(eq(units.agencyId, actor.agencyId))).map(
        (u) => u.code,
      ),
    );
    for (const name of plan.preview.unitsToCreate) {
      const [u] = await tx
        .insert(units)
        .values({
          agencyId: actor.agencyId,
          code: unitCodeFor(name, takenCodes),
          name,
          kind: guessUnitKind(name),
          sortOrder: 100,
        })
        .returning();
      if (!u) throw new Error('unit insert failed');
      plan.existingUnits.set(unitKey(name), u.id);
      audits.push({
        action: 'unit.created',
        entityType: 'unit',
        entityId: u.id,
        summary: `Thêm đơn vị "${u.name}" khi nhập danh sách từ tệp ${opts.fileName}.`,
        changes: { code: u.code, name: u.name, kind: u.kind },
      });
    }
    const newAccounts: ImportResult['newAccounts'] = [];
    for (const r of plan.rows) {
      const existing = plan.existingPeople.get(codeKey(r.staffCode));
      const cols = columnsFor(r, '', plan.existingUnits, existing);
      let personId: string;
      if (!existing) {
        const [row] = await tx
          .insert(people)
          .values({ agencyId: actor.agencyId, ...cols })
          .returning({ id: people.id });
        if (!row) throw new Error('person insert failed');
        personId = row.id;
        audits.push({
          action: 'person.created',
          entityType: 'person',
          entityId: personId,
          summary: `Thêm ${cols.fullName} (${cols.staffCode}) khi nhập danh sách từ tệp ${opts.fileName}.`,
          changes: diffColumns({}, cols),
        });
      } else {
        personId = existing.id;
        const changes = diffColumns(existing, cols);
        if (Object.keys(changes).length > 0) {
          await tx
            .update(people)
            .set({ ...cols, version: existing.version + 1, updatedAt: new Date() })
            .where(eq(people.id, existing.id));
          audits.push({
            action: 'person.updated',
            entityType: 'person',
            entityId: personId,
            summary: `Cập nhật ${cols.fullName} (${cols.staffCode}) khi nhập danh sách từ tệp ${opts.fileName}.`,
            changes,
          });
        }
      }
      const pw = r.username ? temporaryPasswords.get(r.username) : undefined;
      if (r.username && pw && plan.preview.accountsToCreate.includes(r.username)) {
        const [acc] = await tx
          .insert(accounts)
          .values({
            agencyId: actor.agencyId,
            username: r.username,
            personId,
            displayName: cols.fullName,
            passwordHash: pw.hash,
          })
          .returning({ id: accounts.id });
        newAccounts.push({ username: r.username, fullName: cols.fullName, temporaryPassword: pw.plain });
        audits.push({
          action: 'account.created',
          entityType: 'account',
          entityId: acc?.id ?? null,
          summary: `Tạo tài khoản ${r.username} cho ${cols.fullName}.`,
        });
      }
    }
    if (audits.length > 0) {
      audits.push({
        action: 'people.imported',
        entityType: 'import',
        summary: `Nhập danh sách từ tệp ${opts.fileName}: thêm ${plan.preview.toAdd.length}, cập nhật ${plan.preview.toUpdate.length}, tạo ${plan.preview.unitsToCreate.length} đơn vị.`,
        changes: {
          added: plan.preview.toAdd.length,
          updated: plan.preview.toUpdate.length,
          unitsCreated: plan.preview.unitsToCreate,
        },
      });
    }
    await writeAuditBatch(tx, actor, audits);
    await reassignRunningCycle(tx, actor);
    return { ...plan.preview, committed: true, newAccounts };
  });
}

/** Synthetic staff for benchmarks: plausible Vietnamese names spread over the agency's units. */
import { eq } from 'drizzle-orm';
import { defaultSimilarGroup } from '../src/domain/org.js';
import { foldVietnamese } from '../src/domain/text.js';
import type { Db } from '../src/server/db/connect.js';
import { people, units } from '../src/server/db/schema/index.js';

const FAMILY = [
  'Nguyễn',
  'Trần',
  'Lê',
  'Phạm',
  'Huỳnh',
  'Hoàng',
  'Phan',
  'Võ',
  'Đặng',
  'Bùi',
  'Đỗ',
  'Hồ',
  'Ngô',
  'Dương',
];
const MIDDLE = ['Văn', 'Thị', 'Minh', 'Thanh', 'Quốc', 'Ngọc', 'Đức', 'Thu', 'Hoài', 'Xuân'];
const GIVEN = [
  'An',
  'Bình',
  'Chi',
  'Dũng',
  'Hà',
  'Hải',
  'Hùng',
  'Hương',
  'Khánh',
  'Lan',
  'Long',
  'Mai',
  'Nam',
  'Oanh',
  'Phúc',
  'Quân',
  'Sơn',
  'Tâm',
  'Thảo',
  'Trang',
  'Tuấn',
  'Vy',
];

export async function addSyntheticPeople(db: Db, agencyId: string, count: number) {
  const unitIds = (await db.select({ id: units.id }).from(units).where(eq(units.agencyId, agencyId))).map(
    (u) => u.id,
  );
  const rows = Array.from({ length: count }, (_, i) => {
    const fullName = `${FAMILY[i % FAMILY.length]} ${MIDDLE[(i * 7) % MIDDLE.length]} ${GIVEN[(i * 13) % GIVEN.length]}`;
    return {
      agencyId,
      staffCode: `SYN${String(i).padStart(5, '0')}`,
      fullName,
      searchName: foldVietnamese(fullName),
      gender: i % 2 ? ('female' as const) : ('male' as const),
      birthDate: `19${70 + (i % 30)}-0${1 + (i % 9)}-1${i % 10}`,
      unitId: unitIds[i % unitIds.length] as string,
      positionTitle: 'Chuyên viên',
      leadershipRank: 'none' as const,
      category: 'cong_chuc' as const,
      partyMember: i % 3 === 0,
      similarGroup: defaultSimilarGroup('cong_chuc', 'none'),
    };
  });
  for (let i = 0; i < rows.length; i += 500) await db.insert(people).values(rows.slice(i, i + 500));
}

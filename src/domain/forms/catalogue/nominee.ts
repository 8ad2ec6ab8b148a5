/**
 * Forms for people nominated to the party committee or its inspection commission for the new term
 * (Công văn 2397-CV/TU, 10/10/2024; Kế hoạch mục II.1, II.7.a): Mẫu 01, the review of the last three
 * years, and Mẫu 02, the self-check of responsibility in conclusions of the last ten years.
 * CV 2397 is a provincial letter that rules.md does not cover: every wording here is a default [R].
 */
import type { FormDefinition } from '../types.js';
import {
  BIRTH_DATE,
  FULL_NAME,
  line,
  PARTY_POST,
  personalLines,
  priorResults,
  remediation,
  text,
  WORK_UNIT,
} from './parts.js';

/** Mẫu 01 reviews the evaluation year and the two before it ("03 năm gần nhất (2022, 2023, 2024)"). */
export function threeYearReviewYears(year: number): [number, number, number] {
  return [year - 2, year - 1, year];
}

/** Mẫu 02 covers ten years including the evaluation year ("10 năm trở lại đây (từ năm 2015)" for 2024). */
export function selfCheckFromYear(year: number): number {
  return year - 9;
}

/** A nominated công chức or viên chức may hold no government post. */
const GOVERNMENT_POST_IF_ANY = line('chuc_vu_chinh_quyen', 'Chức vụ chính quyền', { required: false });

const NOMINEE_AUDIENCE = '(Dùng cho cá nhân được giới thiệu tham gia cấp ủy, ủy ban kiểm tra cấp ủy)';

export const CV2397_M01: FormDefinition = {
  code: 'CV2397_M01',
  title: 'BẢN KIỂM ĐIỂM CÁ NHÂN 03 NĂM GẦN NHẤT',
  audience: NOMINEE_AUDIENCE,
  frame: 'party',
  subject: 'person',
  regimes: ['2024', '2025', '2026'],
  sections: [
    personalLines([FULL_NAME, BIRTH_DATE, PARTY_POST, GOVERNMENT_POST_IF_ANY, WORK_UNIT]),
    {
      key: 'i',
      heading: 'I. Kết quả đánh giá, xếp loại chất lượng 03 năm gần nhất',
      fields: [
        priorResults('ket_qua_cac_nam', 'Mức xếp loại chất lượng từng năm', {
          hint: 'Lấy từ kết quả đã lưu của năm đánh giá và hai năm trước; ghi “Không xếp loại” và lý do nếu năm đó không được xếp loại.',
        }),
      ],
    },
    {
      key: 'ii',
      heading: 'II. Ưu điểm, kết quả đạt được',
      fields: [
        text(
          'pham_chat',
          '1. Phẩm chất chính trị, đạo đức, lối sống; ý thức tổ chức kỷ luật; tinh thần đoàn kết, trách nhiệm nêu gương',
        ),
        text('ket_qua_nhiem_vu', '2. Năng lực công tác và kết quả thực hiện chức trách, nhiệm vụ được giao'),
      ],
    },
    {
      key: 'iii',
      heading: 'III. Hạn chế, khuyết điểm và nguyên nhân',
      fields: [text('han_che', '1. Hạn chế, khuyết điểm'), text('nguyen_nhan', '2. Nguyên nhân')],
    },
    {
      key: 'iv',
      heading: 'IV. Kết quả khắc phục những hạn chế, khuyết điểm đã được chỉ ra',
      fields: [remediation('khac_phuc', 'Kết quả khắc phục từng hạn chế, khuyết điểm')],
    },
    {
      key: 'v',
      heading: 'V. Phương hướng, biện pháp khắc phục hạn chế, khuyết điểm',
      fields: [text('phuong_huong', 'Phương hướng, biện pháp khắc phục hạn chế, khuyết điểm')],
    },
  ],
  source:
    'Công văn 2397-CV/TU (10/10/2024) của Ban Thường vụ Tỉnh ủy, Mẫu 01; Kế hoạch năm 2024 mục II.1 (“Bảng kiểm điểm 03 năm gần nhất (2022, 2023, 2024)”) và II.7.a (gửi Ban Tổ chức Tỉnh ủy trước 31/01 năm sau). Công văn không có trong rules.md: tiêu đề và các mục là giả định theo cấu trúc bản kiểm điểm đảng viên, CHƯA ĐỐI CHIẾU [R].',
  verified: false,
};

export const CV2397_M02: FormDefinition = {
  code: 'CV2397_M02',
  title: 'BẢN TỰ RÀ SOÁT TRÁCH NHIỆM CỦA CÁ NHÂN',
  audience: NOMINEE_AUDIENCE,
  frame: 'party',
  subject: 'person',
  regimes: ['2024', '2025', '2026'],
  sections: [
    personalLines([FULL_NAME, BIRTH_DATE, PARTY_POST, GOVERNMENT_POST_IF_ANY, WORK_UNIT]),
    {
      key: 'i',
      heading: 'I. Các kết luận thanh tra, kiểm tra, kiểm toán, điều tra có liên quan đến cá nhân',
      fields: [
        text('ket_luan_thanh_tra', 'Kết luận thanh tra, kiểm tra, kiểm toán, điều tra', {
          hint: 'Các kết luận cơ quan chức năng đã xem xét, kết luận trong 10 năm gần nhất (tính cả năm đánh giá); ghi “Không có” nếu không có.',
        }),
      ],
    },
    {
      key: 'ii',
      heading: 'II. Các vụ án, vụ việc, khiếu nại, tố cáo có liên quan đến cá nhân',
      fields: [
        text(
          'vu_an_khieu_nai',
          'Vụ án, vụ việc, khiếu nại, tố cáo đã được cơ quan chức năng xem xét, kết luận',
          {
            hint: 'Trong 10 năm gần nhất; ghi “Không có” nếu không có.',
          },
        ),
      ],
    },
    {
      key: 'iii',
      heading: 'III. Trách nhiệm của cá nhân',
      fields: [
        text('trach_nhiem', 'Trách nhiệm của bản thân đối với từng kết luận, vụ việc nêu trên', {
          hint: 'Ghi “Không có” nếu không có kết luận, vụ việc nào liên quan.',
        }),
      ],
    },
  ],
  source:
    'Công văn 2397-CV/TU (10/10/2024) của Ban Thường vụ Tỉnh ủy, Mẫu 02; Kế hoạch năm 2024 mục II.1: tự rà soát trách nhiệm trong các kết luận thanh tra, kiểm tra, kiểm toán, điều tra, vụ án, vụ việc, khiếu nại, tố cáo “trong 10 năm trở lại đây (từ năm 2015 trở lại đây)”. Công văn không có trong rules.md: tiêu đề và các mục là giả định, CHƯA ĐỐI CHIẾU [R].',
  verified: false,
};

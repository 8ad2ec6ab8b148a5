/**
 * Party self-review forms (rules.md §2.1–2.2). The letters swapped between the guides:
 * HD 25-HD/BTCTW (2023, regime 2024) 02A = without a leadership post, 02B = with one;
 * HD 43-HD/BTCTW (2025, regime 2025 on) 2A = with a post, 2B = without, 2C = outside the political system.
 */
import type { FormDefinition, FormField, FormSection } from '../types.js';
import {
  BIRTH_DATE,
  FULL_NAME,
  GOVERNMENT_POST,
  level,
  PARTY_CELL,
  PARTY_POST,
  personalLines,
  qd366Table,
  remediation,
  suggestions,
  text,
  WORK_UNIT,
} from './parts.js';

/** A.I.1, the same for every individual form (QĐ 366 Điều 6 (2)(i); Mẫu 2B, 2C [V: S-tlnb-2268, S-tlnb-e1e9]). */
const QUALITIES = text(
  'pham_chat',
  '1. Về phẩm chất chính trị, đạo đức, lối sống; tinh thần đoàn kết, thống nhất trong nội bộ; ý thức tổ chức kỷ luật, trách nhiệm nêu gương, việc thực hiện những điều đảng viên không được làm; tác phong, lề lối làm việc. Liên hệ các biểu hiện về suy thoái, “tự diễn biến”, “tự chuyển hoá”',
);

/** A.I.2 for people in the political system (Mẫu 2B [V: S-tlnb-2268]). */
const DUTIES = text(
  'thuc_hien_nhiem_vu',
  '2. Việc thực hiện nhiệm vụ, quyền hạn và kết quả thực hiện các chỉ tiêu, nhiệm vụ được giao trong năm, gắn với hiệu quả, tiến độ, chất lượng công việc',
);

/** A.I.2 of Mẫu 2C: the party member's rights and duties as assigned by the cell [V: S-tlnb-e1e9]. */
const DUTIES_OUTSIDE = text(
  'thuc_hien_nhiem_vu',
  '2. Việc thực hiện quyền và nghĩa vụ của đảng viên theo các nhiệm vụ chính trị được cấp uỷ, chi bộ phân công',
);

const COMMITMENT = text(
  'cam_ket',
  '3. Việc thực hiện cam kết tu dưỡng, rèn luyện, phấn đấu của cá nhân theo quy định',
);

/**
 * The leaders' additional content, QĐ 366-QĐ/TW Điều 6 (2)(ii) [V: S-tlnb-66ef]. Its place in Mẫu 2A
 * (numbered 4–6 after A.I.3) is assumed [R].
 */
const LEADERSHIP_366: FormField[] = [
  text(
    'lanh_dao_chi_dao',
    '4. Kết quả công tác lãnh đạo, chỉ đạo, quản lý, điều hành; thực hiện chức trách, nhiệm vụ; mức độ hoàn thành nhiệm vụ của các cấp uỷ, tổ chức đảng trực thuộc, địa phương, tổ chức, cơ quan, đơn vị thuộc quyền quản lý; khả năng quy tụ, xây dựng đoàn kết nội bộ',
  ),
  text(
    'trach_nhiem_doi_moi',
    '5. Trách nhiệm trong công việc; tinh thần năng động, đổi mới sáng tạo, dám nghĩ, dám nói, dám làm, nói đi đôi với làm, dám chịu trách nhiệm, dám đương đầu với khó khăn, thử thách, dám hành động, dám hy sinh lợi ích cá nhân vì lợi ích chung; trách nhiệm trong xây dựng đội ngũ cán bộ, kiểm soát quyền lực, phòng, chống tiêu cực trong phạm vi chức trách, nhiệm vụ được giao; trách nhiệm trong lãnh đạo, chỉ đạo hoàn thiện thể chế góp phần phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số, về mở rộng hợp tác, hội nhập quốc tế, về đổi mới tư duy quản trị, tạo điều kiện phát triển kinh tế tư nhân; xử lý những vấn đề khó, phức tạp, nhạy cảm trong thực hiện nhiệm vụ',
  ),
  text(
    'neu_guong',
    '6. Trách nhiệm nêu gương của bản thân và gia đình; việc đấu tranh phòng, chống tham nhũng, lãng phí, tiêu cực; sự tín nhiệm của cán bộ, đảng viên; việc xây dựng phong cách lãnh đạo đổi mới, gần dân, sát dân, trọng dân, thường xuyên nắm bắt tâm tư, nguyện vọng của Nhân dân',
  ),
];

/**
 * HD 25 (2023) Mẫu 02B: the leadership item. The 2023 wording is NOT VERIFIED (rules.md §2.2, §9 mục 3);
 * this summary of QĐ 124's leader content is a default for the secretary to check [R].
 */
const LEADERSHIP_124 = text(
  'lanh_dao_chi_dao',
  '4. Kết quả lãnh đạo, chỉ đạo, quản lý, điều hành; mức độ hoàn thành nhiệm vụ của cơ quan, đơn vị được giao phụ trách; trách nhiệm nêu gương; khả năng quy tụ, đoàn kết nội bộ',
);

/** Part A, "Nội dung kiểm điểm" (rules.md §2.2; headings of Mẫu 2B/2C [V]). */
function partA(strengths: FormField[]): FormSection {
  return {
    key: 'a',
    heading: 'A. NỘI DUNG KIỂM ĐIỂM',
    fields: [],
    sections: [
      { key: 'a_i', heading: 'I. Ưu điểm, kết quả đạt được', fields: strengths },
      {
        key: 'a_ii',
        heading: 'II. Hạn chế, khuyết điểm và nguyên nhân',
        fields: [
          text('han_che', '1. Hạn chế, khuyết điểm'),
          text('nguyen_nhan', '2. Nguyên nhân của hạn chế, khuyết điểm'),
        ],
      },
      {
        key: 'a_iii',
        heading:
          'III. Kết quả khắc phục những hạn chế, khuyết điểm đã được cấp có thẩm quyền kết luận hoặc được chỉ ra ở các kỳ kiểm điểm trước',
        fields: [
          remediation('khac_phuc', 'Kết quả khắc phục từng hạn chế, khuyết điểm', {
            hint: 'Kiểm điểm rõ từng hạn chế, khuyết điểm (đã được khắc phục; đang khắc phục, mức độ khắc phục; chưa được khắc phục); những khó khăn, vướng mắc (nếu có); trách nhiệm của cá nhân.',
          }),
        ],
      },
      {
        key: 'a_iv',
        heading: 'IV. Giải trình những vấn đề được gợi ý kiểm điểm (nếu có)',
        fields: [
          suggestions('giai_trinh_goi_y', 'Giải trình từng vấn đề được gợi ý kiểm điểm', {
            hint: 'Giải trình từng vấn đề được gợi ý kiểm điểm, nêu nguyên nhân, xác định trách nhiệm của cá nhân đối với từng vấn đề được gợi ý kiểm điểm.',
          }),
        ],
      },
      {
        key: 'a_v',
        heading: 'V. Làm rõ trách nhiệm của cá nhân đối với những hạn chế, khuyết điểm của tập thể (nếu có)',
        fields: [
          text('trach_nhiem_tap_the', 'Trách nhiệm của cá nhân đối với hạn chế, khuyết điểm của tập thể', {
            required: false,
          }),
        ],
      },
      {
        key: 'a_vi',
        heading: 'VI. Phương hướng, biện pháp khắc phục hạn chế, khuyết điểm',
        fields: [text('phuong_huong', 'Phương hướng, biện pháp khắc phục hạn chế, khuyết điểm')],
      },
    ],
  };
}

/** HD 43 part B: points per criteria group, then the proposed level (Mẫu 2B, 2C [V]). */
function partB43(annex: string): FormSection {
  return {
    key: 'b',
    heading: 'B. NỘI DUNG TỰ ĐÁNH GIÁ, XẾP LOẠI',
    fields: [],
    sections: [
      {
        key: 'b_i',
        heading: 'I. Đánh giá theo các nhóm tiêu chí',
        fields: [],
        showsScoreTable: true,
      },
      {
        key: 'b_ii',
        heading: 'II. Đề xuất xếp loại mức chất lượng',
        fields: [
          level('de_xuat_xep_loai', 'Đề xuất xếp loại mức chất lượng', {
            hint: `Tự chấm điểm theo khung tiêu chí tại ${annex}, Quy định 366-QĐ/TW. Gửi kèm Phụ lục về kết quả thực hiện nhiệm vụ, trong đó thể hiện sản phẩm, tiến độ, chất lượng cụ thể (theo hướng dẫn của các cấp uỷ, tổ chức đảng).`,
          }),
        ],
      },
    ],
  };
}

/**
 * HD 25 part B, "Tự nhận mức xếp loại chất lượng", with two self-ratings (as CBCCVC and as party
 * member) [R: rules.md §2.2]; then the seed's scoring sheet "Mẫu 12/HDDG" (Kế hoạch mục II.1).
 */
const PART_B_25: FormSection = {
  key: 'b',
  heading: 'B. TỰ NHẬN MỨC XẾP LOẠI CHẤT LƯỢNG',
  fields: [
    level('xep_loai_cbccvc', '1. Xếp loại chất lượng cán bộ, công chức, viên chức', {
      hint: 'Người lao động tự xếp loại theo quy chế đánh giá của cơ quan.',
    }),
    level('xep_loai_dang_vien', '2. Xếp loại chất lượng đảng viên'),
  ],
  sections: [
    {
      key: 'b_bang_diem',
      heading: 'Bảng tham chiếu chấm điểm theo các tiêu chí đánh giá, xếp loại (Mẫu 12/HDDG)',
      fields: [],
      showsScoreTable: true,
    },
  ],
};

const QD366_SOURCE =
  'Quy định 366-QĐ/TW Điều 11: thang 100 điểm, tiêu chí chung 30 + kết quả thực hiện nhiệm vụ 70; xuất sắc từ 90 điểm, tốt từ 70 đến dưới 90, hoàn thành từ 50 đến dưới 70, không hoàn thành dưới 50 (rules.md §2.5, §6 [V: S-tlnb-2268, S-tlnb-1b53]).';

/**
 * Mẫu 12/HDDG is NOT FOUND (rules.md §6, §9 mục 12): the seed names it as the 2024 scoring sheet but no
 * copy is available, so the 2024 forms carry the QĐ 366 scale as an editable default.
 */
const MAU12_TABLE = qd366Table(
  'MAU12-HDDG-2024',
  `Mẫu 12/HDDG (Kế hoạch năm 2024, mục II.1): KHÔNG TÌM THẤY văn bản gốc (rules.md §6, §9 mục 12). Mặc định dùng thang điểm của ${QD366_SOURCE} Thư ký kỳ đánh giá cần thay bằng bảng gốc.`,
  false,
);

export const HD25_02A: FormDefinition = {
  code: 'HD25_02A',
  title: 'BẢN KIỂM ĐIỂM CÁ NHÂN',
  audience: '(Cá nhân không giữ chức lãnh đạo, quản lý)',
  frame: 'party',
  subject: 'person',
  regimes: ['2024'],
  sections: [
    personalLines([FULL_NAME, BIRTH_DATE, PARTY_POST, WORK_UNIT, PARTY_CELL]),
    partA([QUALITIES, DUTIES, COMMITMENT]),
    PART_B_25,
  ],
  scoreTable: MAU12_TABLE,
  source:
    'Hướng dẫn 25-HD/BTCTW (10/11/2023), Mẫu 02A-HD KĐ.ĐG 2023: đảng viên không giữ chức vụ lãnh đạo, quản lý [V-sec: S-tvpl-hd25]. Nội dung các mục CHƯA ĐỐI CHIẾU (rules.md §2.2, §9 mục 3): phần A lấy theo Mẫu 2B của Hướng dẫn 43 [R]; phần B "Tự nhận mức xếp loại chất lượng" với hai mức (cán bộ, công chức, viên chức và đảng viên) [R]; tiêu đề phụ suy theo Mẫu 02B [R]. Bảng điểm: Mẫu 12/HDDG không tìm thấy, dùng thang điểm Quy định 366-QĐ/TW làm mặc định.',
  verified: false,
};

export const HD25_02B: FormDefinition = {
  code: 'HD25_02B',
  title: 'BẢN KIỂM ĐIỂM CÁ NHÂN',
  audience: '(Cá nhân giữ chức lãnh đạo, quản lý)',
  frame: 'party',
  subject: 'person',
  regimes: ['2024'],
  sections: [
    personalLines([FULL_NAME, BIRTH_DATE, PARTY_POST, GOVERNMENT_POST, WORK_UNIT, PARTY_CELL]),
    partA([QUALITIES, DUTIES, COMMITMENT, LEADERSHIP_124]),
    PART_B_25,
  ],
  scoreTable: MAU12_TABLE,
  source:
    'Hướng dẫn 25-HD/BTCTW (10/11/2023), Mẫu 02B-HD KĐ.ĐG 2023: cá nhân giữ chức vụ lãnh đạo, quản lý; tiêu đề, tiêu đề phụ và các dòng Họ và tên, Ngày sinh, Chức vụ Đảng, Chức vụ chính quyền [V-sec: S-acchcm]. Nội dung các mục CHƯA ĐỐI CHIẾU (rules.md §2.2, §9 mục 3): phần A lấy theo Mẫu 2B của Hướng dẫn 43, thêm mục 4 về lãnh đạo, quản lý [R]; phần B hai mức tự nhận [R]. Bảng điểm: Mẫu 12/HDDG không tìm thấy, dùng thang điểm Quy định 366-QĐ/TW làm mặc định.',
  verified: false,
};

export const HD43_2A: FormDefinition = {
  code: 'HD43_2A',
  title: 'BẢN KIỂM ĐIỂM, TỰ ĐÁNH GIÁ, XẾP LOẠI CÁ NHÂN',
  audience: '(Cá nhân giữ chức vụ lãnh đạo, quản lý)',
  frame: 'party',
  subject: 'person',
  regimes: ['2025', '2026'],
  sections: [
    personalLines([FULL_NAME, BIRTH_DATE, PARTY_POST, GOVERNMENT_POST, WORK_UNIT, PARTY_CELL]),
    partA([QUALITIES, DUTIES, COMMITMENT, ...LEADERSHIP_366]),
    partB43('Phụ lục 3'),
  ],
  scoreTable: qd366Table(
    'QD366-2025',
    `${QD366_SOURCE} Khung tiêu chí: Phụ lục 3 (cá nhân giữ chức vụ lãnh đạo, quản lý).`,
    true,
  ),
  source:
    'Hướng dẫn 43-HD/BTCTW (31/10/2025), Mẫu 2A: cá nhân giữ chức vụ lãnh đạo, quản lý [V: S-tlnb-36b7, S-tlnb-5aa2]. Các mục A, B như Mẫu 2B [V: S-tlnb-2268]; nội dung lãnh đạo, quản lý theo Điều 6 khoản 2 Quy định 366-QĐ/TW [V: S-tlnb-66ef], vị trí (mục 4–6) là giả định [R]. Tiêu đề phụ, các dòng Chức vụ Đảng, Chức vụ chính quyền: giả định [R] (rules.md §2.2).',
  verified: false,
};

export const HD43_2B: FormDefinition = {
  code: 'HD43_2B',
  title: 'BẢN KIỂM ĐIỂM, TỰ ĐÁNH GIÁ, XẾP LOẠI CÁ NHÂN',
  audience: '(Cá nhân không giữ chức vụ lãnh đạo, quản lý)',
  frame: 'party',
  subject: 'person',
  regimes: ['2025', '2026'],
  sections: [
    personalLines([FULL_NAME, BIRTH_DATE, WORK_UNIT, PARTY_CELL]),
    partA([QUALITIES, DUTIES, COMMITMENT]),
    partB43('Phụ lục 4'),
  ],
  scoreTable: qd366Table(
    'QD366-2025',
    `${QD366_SOURCE} Khung tiêu chí: Phụ lục 4 (cá nhân không giữ chức vụ lãnh đạo, quản lý).`,
    true,
  ),
  source:
    'Hướng dẫn 43-HD/BTCTW (31/10/2025), Mẫu 2B: cá nhân không giữ chức vụ lãnh đạo, quản lý; tiêu đề, các dòng thông tin, tiêu đề mục A, B và nội dung từng mục [V: S-tlnb-2268, S-tlnb-e1e9] (rules.md §2.2). Tiêu đề phụ suy theo Mẫu 2C [R].',
  verified: false,
};

export const HD43_2C: FormDefinition = {
  code: 'HD43_2C',
  title: 'BẢN KIỂM ĐIỂM, TỰ ĐÁNH GIÁ, XẾP LOẠI CÁ NHÂN',
  audience: '(Đảng viên không làm việc trong hệ thống chính trị)',
  frame: 'party',
  subject: 'person',
  regimes: ['2025', '2026'],
  sections: [
    personalLines([FULL_NAME, BIRTH_DATE, WORK_UNIT, PARTY_CELL]),
    partA([QUALITIES, DUTIES_OUTSIDE, COMMITMENT]),
    partB43('Phụ lục 5'),
  ],
  scoreTable: qd366Table(
    'QD366-2025',
    `${QD366_SOURCE} Khung tiêu chí: Phụ lục 5 (đảng viên không làm việc trong hệ thống chính trị).`,
    true,
  ),
  source:
    'Hướng dẫn 43-HD/BTCTW (31/10/2025), Mẫu 2C: đảng viên không làm việc trong hệ thống chính trị (cán bộ hưu trí, học sinh, sinh viên, doanh nghiệp tư nhân…); tiêu đề, tiêu đề phụ, các dòng thông tin và toàn bộ tiêu đề mục đọc từ văn bản [V: S-tlnb-e1e9, S-tlnb-36b7] (rules.md §2.1, §2.2).',
  verified: true,
};

/**
 * The collective review report (Báo cáo kiểm điểm tập thể), drafted by the head of each unit and by
 * HCQT for the Office leadership (Kế hoạch mục II.1, II.2.b, II.3.a). Its parts follow what the plan
 * asks for: the year's results, strengths, weaknesses and causes, remedies of last year's weaknesses,
 * direction, and the proposed level; the layout borrows the party collective report (HD 43 Mẫu 01) [R].
 */
import type { FormDefinition } from '../types.js';
import { level, remediation, suggestions, text } from './parts.js';

export const TAP_THE_M01: FormDefinition = {
  code: 'TAP_THE_M01',
  title: 'BÁO CÁO KIỂM ĐIỂM TẬP THỂ',
  audience: '(Dùng cho tập thể phòng, ban, đơn vị và tập thể Lãnh đạo Văn phòng)',
  frame: 'state',
  subject: 'collective',
  regimes: ['2024', '2025', '2026'],
  sections: [
    {
      key: 'i',
      heading: 'I. Kết quả thực hiện nhiệm vụ được giao',
      fields: [
        text('ket_qua_nhiem_vu', 'Kết quả thực hiện các chỉ tiêu, nhiệm vụ trong năm', {
          hint: 'Theo chức năng, nhiệm vụ; số liệu ước tính đến thời điểm kế hoạch quy định (Kế hoạch năm 2024: đến ngày 10/11).',
        }),
      ],
    },
    {
      key: 'ii',
      heading: 'II. Ưu điểm',
      fields: [text('uu_diem', 'Ưu điểm')],
    },
    {
      key: 'iii',
      heading: 'III. Hạn chế, khuyết điểm và nguyên nhân',
      fields: [text('han_che', '1. Hạn chế, khuyết điểm'), text('nguyen_nhan', '2. Nguyên nhân')],
    },
    {
      key: 'iv',
      heading: 'IV. Kết quả khắc phục những hạn chế, khuyết điểm đã được chỉ ra ở kỳ kiểm điểm trước',
      fields: [
        remediation('khac_phuc', 'Kết quả khắc phục từng hạn chế, khuyết điểm', {
          hint: 'Nêu cụ thể việc khắc phục khuyết điểm, hạn chế của năm trước, gắn với việc đấu tranh ngăn chặn, đẩy lùi suy thoái về tư tưởng chính trị, đạo đức, lối sống, “tự diễn biến”, “tự chuyển hóa” và thực hiện Chỉ thị số 05-CT/TW, Kết luận số 01-KL/TW (Kế hoạch mục II.2.b).',
        }),
      ],
    },
    {
      key: 'v',
      heading: 'V. Giải trình những vấn đề được gợi ý kiểm điểm (nếu có)',
      fields: [suggestions('giai_trinh_goi_y', 'Giải trình từng vấn đề được gợi ý kiểm điểm')],
    },
    {
      key: 'vi',
      heading: 'VI. Phương hướng, nhiệm vụ, giải pháp khắc phục hạn chế, khuyết điểm',
      fields: [text('phuong_huong', 'Phương hướng, nhiệm vụ và giải pháp khắc phục trong năm tới')],
    },
    {
      key: 'vii',
      heading: 'VII. Tự đề xuất mức xếp loại chất lượng tập thể',
      fields: [level('de_xuat_xep_loai', 'Đề xuất mức xếp loại chất lượng tập thể')],
    },
  ],
  source:
    'Kế hoạch năm 2024 mục II.1, II.2.b (báo cáo kiểm điểm của phòng, ban, đơn vị, nêu việc khắc phục khuyết điểm năm trước), II.2.d (hồ sơ), II.3.a (báo cáo kiểm điểm của tập thể Lãnh đạo Văn phòng); khắc phục theo rules.md §7. Không có mẫu gốc: tiêu đề và cách chia mục I–VII là giả định theo Mẫu 01 của Hướng dẫn 43-HD/BTCTW (rules.md §2.1), CHƯA ĐỐI CHIẾU [R]. Khung tiêu chí tập thể (Quy định 1263-QĐ/TU) chưa tìm thấy (rules.md §2.7).',
  verified: false,
};

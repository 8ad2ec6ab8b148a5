/**
 * State-side self-review forms: the Office's own Mẫu số 01 for công chức and người lao động who are not
 * party members (Kế hoạch mục II.1), and Decree 90's Mẫu số 03 for viên chức. Both follow the general
 * criteria of NĐ 90/2020 Điều 3 (rules.md §1.2): four groups plus the results of assigned duties, and
 * for leaders the results of the unit they lead (Điều 3 khoản 5 điểm a).
 */
import type { FormDefinition, FormField } from '../types.js';
import { FULL_NAME, level, line, personalLines, text, WORK_UNIT } from './parts.js';

/** NĐ 90 Điều 3 khoản 1–4 (rules.md §1.2 [V-sec: S-baonghean]). */
const GENERAL_CRITERIA: FormField[] = [
  text('chinh_tri_tu_tuong', '1. Chính trị tư tưởng'),
  text('dao_duc_loi_song', '2. Đạo đức, lối sống'),
  text('tac_phong', '3. Tác phong, lề lối làm việc'),
  text('y_thuc_ky_luat', '4. Ý thức tổ chức kỷ luật'),
];

export const VP_M01: FormDefinition = {
  code: 'VP_M01',
  title: 'BẢN TỰ KIỂM ĐIỂM, ĐÁNH GIÁ, XẾP LOẠI CHẤT LƯỢNG',
  audience: '(Dùng cho công chức, người lao động chưa là đảng viên)',
  frame: 'state',
  subject: 'person',
  regimes: ['2024', '2025', '2026'],
  sections: [
    personalLines([FULL_NAME, line('chuc_vu', 'Chức vụ', { required: false }), WORK_UNIT]),
    {
      key: 'i',
      heading: 'I. KẾT QUẢ TỰ ĐÁNH GIÁ',
      fields: [
        ...GENERAL_CRITERIA,
        text('ket_qua_nhiem_vu', '5. Kết quả thực hiện chức trách, nhiệm vụ được giao', {
          hint: 'Nêu rõ nội dung công việc đã thực hiện; tỷ lệ hoàn thành, chất lượng, tiến độ công việc (Điều 3 khoản 5 điểm b Nghị định 90/2020/NĐ-CP).',
        }),
      ],
      sections: [
        {
          key: 'i_lanh_dao',
          heading: 'Phần dành cho người giữ chức vụ lãnh đạo, quản lý',
          leadersOnly: true,
          fields: [
            text('ket_qua_don_vi', '6. Kết quả hoạt động của cơ quan, đơn vị được giao lãnh đạo, quản lý', {
              hint: 'Điều 3 khoản 5 điểm a Nghị định 90/2020/NĐ-CP: chỉ tiêu, nhiệm vụ, sản phẩm của đơn vị.',
            }),
          ],
        },
      ],
    },
    {
      key: 'ii',
      heading: 'II. TỰ NHẬN XÉT, XẾP LOẠI CHẤT LƯỢNG',
      fields: [
        text('uu_nhuoc_diem', '1. Tự nhận xét ưu, nhược điểm'),
        level('tu_xep_loai', '2. Tự xếp loại chất lượng'),
      ],
    },
  ],
  source:
    'Văn phòng UBND tỉnh, Mẫu số 01 gửi kèm Kế hoạch năm 2024 (mục II.1): công chức và người lao động chưa là đảng viên. KHÔNG có bản mẫu gốc: các nhóm tiêu chí theo Điều 3 Nghị định 90/2020/NĐ-CP (rules.md §1.2 [V-sec]); tiêu đề, tiêu đề phụ, cách đánh số (I, II) và mục 6 cho người lãnh đạo là giả định theo Mẫu số 02 của Nghị định 90 [R]. Tiêu chí của người lao động do quy chế của cơ quan quy định (rules.md §1.1, §9 mục 11).',
  verified: false,
};

export const ND90_M03: FormDefinition = {
  code: 'ND90_M03',
  title: 'PHIẾU ĐÁNH GIÁ, XẾP LOẠI CHẤT LƯỢNG VIÊN CHỨC',
  audience: '(Viên chức; ban hành kèm theo Nghị định số 90/2020/NĐ-CP)',
  frame: 'state',
  subject: 'person',
  regimes: ['2024', '2025', '2026'],
  sections: [
    personalLines([FULL_NAME, line('chuc_danh', 'Chức danh nghề nghiệp'), WORK_UNIT]),
    {
      key: 'i',
      heading: 'I. KẾT QUẢ TỰ ĐÁNH GIÁ',
      fields: [
        ...GENERAL_CRITERIA,
        text('ket_qua_nhiem_vu', '5. Kết quả thực hiện chức trách, nhiệm vụ được giao', {
          hint: 'Theo hợp đồng làm việc đã ký kết, theo kế hoạch đề ra hoặc theo công việc cụ thể được giao: nêu rõ nội dung công việc, tỷ lệ hoàn thành, chất lượng, tiến độ (Điều 12–15 Nghị định 90/2020/NĐ-CP).',
        }),
        text(
          'thai_do_phuc_vu',
          '6. Thái độ phục vụ nhân dân, doanh nghiệp (đối với những vị trí tiếp xúc trực tiếp hoặc trực tiếp giải quyết công việc với người dân và doanh nghiệp)',
          { required: false },
        ),
      ],
      sections: [
        {
          key: 'i_quan_ly',
          heading: 'PHẦN DÀNH CHO VIÊN CHỨC QUẢN LÝ',
          leadersOnly: true,
          fields: [
            text('ket_qua_don_vi', '7. Kết quả hoạt động của đơn vị được giao quản lý, phụ trách'),
            text('nang_luc_lanh_dao', '8. Năng lực lãnh đạo, quản lý'),
            text('nang_luc_doan_ket', '9. Năng lực tập hợp, đoàn kết'),
          ],
        },
      ],
    },
    {
      key: 'ii',
      heading: 'II. TỰ NHẬN XÉT, XẾP LOẠI CHẤT LƯỢNG',
      fields: [
        text('uu_nhuoc_diem', '1. Tự nhận xét ưu, nhược điểm'),
        level('tu_xep_loai', '2. Tự xếp loại chất lượng'),
      ],
    },
    {
      key: 'iii',
      heading: 'III. Ý KIẾN NHẬN XÉT CỦA NGƯỜI QUẢN LÝ TRỰC TIẾP',
      fields: [
        text('nhan_xet_quan_ly', 'Ý kiến nhận xét của người quản lý trực tiếp', {
          filledBy: 'manager',
          hint: 'Đối với viên chức không giữ chức vụ quản lý.',
        }),
      ],
    },
    {
      key: 'iv',
      heading:
        'IV. KẾT QUẢ ĐÁNH GIÁ, XẾP LOẠI CHẤT LƯỢNG VIÊN CHỨC (Phần dành cho cấp có thẩm quyền đánh giá)',
      fields: [
        text('nhan_xet_tham_quyen', 'Nhận xét ưu, khuyết điểm', { filledBy: 'authority' }),
        level('xep_loai_tham_quyen', 'Kết quả đánh giá, xếp loại chất lượng', { filledBy: 'authority' }),
      ],
    },
  ],
  source:
    'Nghị định 90/2020/NĐ-CP, Mẫu số 03 (phiếu đánh giá, xếp loại chất lượng viên chức) [V-sec: S-tlnb-cde3 nêu tên mẫu, không có nội dung]; Kế hoạch năm 2024 mục II.1 (viên chức Trung tâm Công báo và Tin học, kèm Quy chế đánh giá của Trung tâm). Các nhóm tiêu chí theo Điều 3 (rules.md §1.2). Tiêu đề các mục I–IV, mục 6–9 và nguyên văn các dòng đọc theo trí nhớ, CHƯA ĐỐI CHIẾU bản gốc [R]. Mục III, IV do người quản lý trực tiếp và cấp có thẩm quyền ghi.',
  verified: false,
};

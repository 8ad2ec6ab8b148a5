/**
 * Sample inputs and render contexts for every document kind: shared by the tests and by whoever
 * wants to look at the documents (write them out, convert to PDF).
 */
import { partyNumberText, stateNumberText } from '../../../domain/document-format.js';
import { HD25_02B } from '../../../domain/forms/catalogue/party.js';
import { VP_M01 } from '../../../domain/forms/catalogue/state.js';
import type { MinutesInputIn } from '../kinds/minutes.js';
import { PLAN_2024, PLAN_2024_TIMELINE } from '../kinds/plan-2024.fixture.js';
import type { PartyReportInputIn, ReportInputIn } from '../kinds/report.js';
import type { ReviewFormInputIn } from '../kinds/review-form.js';
import type { TableInputIn } from '../kinds/table.js';
import type { AgencyHeading, RenderContext } from '../kinds/types.js';
import type { VoteCountInputIn } from '../kinds/vote-count.js';

export const AGENCY: AgencyHeading = {
  parentBodyName: 'Ủy ban nhân dân tỉnh Quảng Ngãi',
  issuingBodyName: 'Văn phòng UBND tỉnh',
  documentCode: 'VP',
  placeName: 'Quảng Ngãi',
};

export const ISSUED_ON = '2024-11-05';

export function contextFor(
  typeCode: string | null,
  frame: 'state' | 'party' = 'state',
  n: number | null = 5,
): RenderContext {
  const numberText = !typeCode
    ? ''
    : frame === 'party'
      ? partyNumberText(n, typeCode, 'ĐU')
      : stateNumberText(n, typeCode, AGENCY.documentCode);
  return { agency: AGENCY, numberText, date: n === null ? null : ISSUED_ON };
}

export const MINUTES: MinutesInputIn = {
  subject:
    'Họp kiểm điểm, đánh giá, xếp loại công chức, viên chức, người lao động Phòng Hành chính - Quản trị năm 2024',
  startedAt: '2024-11-05T08:00',
  place: 'Phòng họp tầng 2, Văn phòng UBND tỉnh',
  chair: { fullName: 'Trần Thị Thu Hà', title: 'Trưởng phòng Hành chính - Quản trị' },
  secretary: { fullName: 'Lê Minh Đức', title: 'Chuyên viên' },
  attendees: [
    { fullName: 'Trần Thị Thu Hà', title: 'Trưởng phòng', present: true },
    { fullName: 'Phạm Văn Hùng', title: 'Phó Trưởng phòng', present: true },
    { fullName: 'Lê Minh Đức', title: 'Chuyên viên', present: true },
    {
      fullName: 'Nguyễn Thị Ánh Tuyết',
      title: 'Chuyên viên',
      present: false,
      absenceReason: 'nghỉ thai sản',
    },
    { fullName: 'Võ Quốc Khánh', title: 'Nhân viên lái xe', present: true },
    {
      fullName: 'Huỳnh Ngọc Ẩn',
      title: 'Nhân viên bảo vệ',
      present: false,
      absenceReason: 'ốm, có đơn xin phép',
    },
  ],
  guests: [{ fullName: 'Nguyễn Văn Bình', title: 'Phó Chánh Văn phòng UBND tỉnh' }],
  items: [
    {
      heading: '1. Kiểm điểm tập thể Phòng Hành chính - Quản trị',
      entries: [
        {
          speaker: 'Trần Thị Thu Hà',
          text: 'Trình bày dự thảo Báo cáo kiểm điểm tập thể năm 2024 của Phòng, nêu rõ ưu điểm, hạn chế và việc khắc phục các hạn chế của năm 2023.',
        },
        { speaker: 'Phạm Văn Hùng', text: 'Đề nghị bổ sung số liệu về công tác văn thư, lưu trữ.' },
        { text: 'Tập thể biểu quyết thông qua Báo cáo kiểm điểm với 4/4 thành viên có mặt đồng ý.' },
      ],
    },
    {
      heading: '2. Kiểm điểm, đề xuất mức xếp loại cá nhân',
      entries: [
        {
          text: 'Từng cá nhân trình bày bản tự kiểm điểm; các thành viên góp ý; người chủ trì kết luận và đề xuất mức xếp loại.',
        },
      ],
    },
  ],
  endedAt: '2024-11-05T11:30',
  recipients: ['Lãnh đạo Văn phòng', 'Phòng HCQT', 'Lưu: VT, HCQT'],
};

export const VOTE_COUNT: VoteCountInputIn = {
  subject: 'Bầu chọn danh hiệu Lao động tiên tiến năm 2024',
  countedAt: '2024-11-05T10:15',
  place: 'Phòng họp tầng 2, Văn phòng UBND tỉnh',
  committee: [
    { fullName: 'Phạm Văn Hùng', role: 'Trưởng ban' },
    { fullName: 'Lê Minh Đức', role: 'Thành viên' },
    { fullName: 'Võ Quốc Khánh', role: 'Thành viên' },
  ],
  membersTotal: 6,
  membersPresent: 4,
  ballotsIssued: 4,
  ballotsReturned: 4,
  ballotsValid: 3,
  ballotsInvalid: 1,
  base: 'present',
  thresholdPercent: 50,
  candidates: [
    { fullName: 'Trần Thị Thu Hà', title: 'Trưởng phòng', agree: 3, disagree: 0 },
    { fullName: 'Phạm Văn Hùng', title: 'Phó Trưởng phòng', agree: 2, disagree: 1 },
    { fullName: 'Lê Minh Đức', title: 'Chuyên viên', agree: 3, disagree: 0 },
    { fullName: 'Võ Quốc Khánh', title: 'Nhân viên lái xe', agree: 1, disagree: 2 },
  ],
  recipients: ['Hội đồng Thi đua - Khen thưởng Văn phòng', 'Lưu: VT, HCQT'],
};

export const TABLE_PORTRAIT: TableInputIn = {
  typeName: 'DANH SÁCH',
  subject: 'Đề nghị công nhận danh hiệu Lao động tiên tiến năm 2024',
  columns: [
    { key: 'stt', title: 'STT', type: 'number', width: 6 },
    { key: 'fullName', title: 'Họ và tên', type: 'text', width: 26 },
    { key: 'birthDate', title: 'Ngày sinh', type: 'date', width: 14 },
    { key: 'title', title: 'Chức vụ', type: 'text', width: 24 },
    { key: 'votes', title: 'Số phiếu', type: 'number', width: 10 },
  ],
  rows: [
    { stt: 1, fullName: 'Trần Thị Thu Hà', birthDate: '1980-02-05', title: 'Trưởng phòng', votes: 3 },
    { stt: 2, fullName: 'Lê Minh Đức', birthDate: '1992-11-20', title: 'Chuyên viên', votes: 3 },
  ],
  note: 'Danh sách gồm 02 người.',
  signer: {
    prefix: 'KT.',
    onBehalfOf: 'Chánh Văn phòng',
    title: 'Phó Chánh Văn phòng',
    fullName: 'Nguyễn Văn Bình',
  },
  recipients: ['Hội đồng Thi đua - Khen thưởng tỉnh', 'Lưu: VT, HCQT'],
};

export const TABLE_LANDSCAPE: TableInputIn = {
  typeName: 'BẢNG TỔNG HỢP',
  subject: 'Kết quả đánh giá, xếp loại công chức, viên chức, người lao động năm 2024',
  columns: [
    { key: 'stt', title: 'STT', type: 'number' },
    { key: 'fullName', title: 'Họ và tên', type: 'text' },
    { key: 'birthDate', title: 'Ngày sinh', type: 'date' },
    { key: 'unit', title: 'Đơn vị', type: 'text' },
    { key: 'title', title: 'Chức vụ', type: 'text' },
    { key: 'selfLevel', title: 'Tự xếp loại', type: 'text' },
    { key: 'level', title: 'Mức xếp loại', type: 'text' },
    { key: 'score', title: 'Điểm', type: 'number' },
  ],
  rows: Array.from({ length: 40 }, (_, i) => ({
    stt: i + 1,
    fullName: ['Nguyễn Văn An', 'Trần Thị Bích Ngọc', 'Lê Quang Vũ', 'Phạm Thị Hồng Nhung'][i % 4] as string,
    birthDate: `19${70 + (i % 25)}-0${1 + (i % 9)}-1${i % 10}`,
    unit: ['Phòng Hành chính - Quản trị', 'Phòng Tổng hợp', 'Trung tâm Công báo và Tin học'][i % 3] as string,
    title: i % 5 === 0 ? 'Trưởng phòng' : 'Chuyên viên',
    selfLevel: 'Hoàn thành tốt nhiệm vụ',
    level: i % 7 === 0 ? 'Hoàn thành xuất sắc nhiệm vụ' : 'Hoàn thành tốt nhiệm vụ',
    score: 85 + (i % 10) + 0.5,
  })),
  signer: { title: 'Chánh Văn phòng', fullName: 'Nguyễn Quốc Việt' },
  recipients: ['Sở Nội vụ', 'Lưu: VT, HCQT'],
};

export const REPORT: ReportInputIn = {
  subject: 'Kết quả đánh giá, xếp loại chất lượng công chức, viên chức, người lao động năm 2024',
  preamble: [
    'Thực hiện Kế hoạch số 05/KH-VP ngày 22/10/2024 của Văn phòng UBND tỉnh, Văn phòng báo cáo kết quả như sau:',
  ],
  sections: [
    {
      heading: 'I. KẾT QUẢ THỰC HIỆN',
      paragraphs: ['Tổng số công chức, viên chức, người lao động được đánh giá: **45** người.'],
      subsections: [
        {
          heading: '1. Công chức',
          paragraphs: ['- Hoàn thành xuất sắc nhiệm vụ: 05 người.', '- Hoàn thành tốt nhiệm vụ: 25 người.'],
        },
        { heading: '2. Viên chức', paragraphs: ['- Hoàn thành tốt nhiệm vụ: 10 người.'] },
      ],
    },
    {
      heading: 'II. ĐÁNH GIÁ CHUNG',
      paragraphs: ['Việc đánh giá được thực hiện đúng quy trình, công khai, dân chủ, khách quan./.'],
    },
  ],
  signer: {
    prefix: 'KT.',
    onBehalfOf: 'Chánh Văn phòng',
    title: 'Phó Chánh Văn phòng',
    fullName: 'Nguyễn Văn Bình',
  },
  recipients: ['Sở Nội vụ', 'Lãnh đạo Văn phòng', 'Lưu: VT, HCQT'],
};

export const PARTY_REPORT: PartyReportInputIn = {
  ...REPORT,
  subject: 'Kết quả kiểm điểm, đánh giá, xếp loại chất lượng đảng viên năm 2024',
  heading: { parentBody: 'Đảng bộ Khối các cơ quan tỉnh', issuingBody: 'Đảng ủy Văn phòng UBND tỉnh' },
  signer: { prefix: 'TM.', onBehalfOf: 'Đảng ủy', title: 'Bí thư', fullName: 'Nguyễn Quốc Việt' },
  recipients: ['Đảng ủy Khối các cơ quan tỉnh', 'Các chi bộ trực thuộc', 'Lưu: VP Đảng ủy'],
};

/** One sample per kind (and both table orientations), with the context to render it. */
export const SAMPLES: {
  name: string;
  kind: string;
  input: unknown;
  ctx: RenderContext;
  typeName: string;
  landscape?: boolean;
}[] = [
  { name: 'ke-hoach-2024', kind: 'plan', input: PLAN_2024, ctx: contextFor('KH'), typeName: 'KẾ HOẠCH' },
  {
    name: 'ke-hoach-2024-moc-thoi-gian',
    kind: 'plan',
    input: { ...PLAN_2024, timeline: PLAN_2024_TIMELINE },
    ctx: contextFor('KH'),
    typeName: 'KẾ HOẠCH',
  },
  { name: 'bien-ban', kind: 'minutes', input: MINUTES, ctx: contextFor('BB'), typeName: 'BIÊN BẢN' },
  {
    name: 'bien-ban-kiem-phieu',
    kind: 'vote_count',
    input: VOTE_COUNT,
    ctx: contextFor('BB', 'state', 6),
    typeName: 'BIÊN BẢN KIỂM PHIẾU',
  },
  { name: 'danh-sach', kind: 'table', input: TABLE_PORTRAIT, ctx: contextFor(null), typeName: 'DANH SÁCH' },
  {
    name: 'bang-tong-hop',
    kind: 'table',
    input: TABLE_LANDSCAPE,
    ctx: contextFor(null),
    typeName: 'BẢNG TỔNG HỢP',
    landscape: true,
  },
  { name: 'bao-cao', kind: 'report', input: REPORT, ctx: contextFor('BC'), typeName: 'BÁO CÁO' },
  {
    name: 'bao-cao-dang',
    kind: 'party_report',
    input: PARTY_REPORT,
    ctx: contextFor('BC', 'party'),
    typeName: 'BÁO CÁO',
  },
];

/**
 * A filled party self-review (HD 25 Mẫu 02B, regime 2024, with the point table scored) and a state
 * one (the Office's Mẫu số 01) with some parts left blank: the review_form kind's samples. Not in
 * SAMPLES: a self-review is no administrative document (no number, no "Nơi nhận"); its own tests
 * check it against the frame (review-form.docx.test.ts).
 */
export const REVIEW_FORM_PARTY: ReviewFormInputIn = {
  definition: HD25_02B,
  answers: {
    chuc_vu_dang: 'Chi ủy viên',
    chi_bo: 'Phòng Tổng hợp',
    pham_chat:
      'Luôn giữ vững lập trường tư tưởng chính trị, tuyệt đối trung thành với chủ nghĩa Mác - Lênin, tư tưởng Hồ Chí Minh; chấp hành nghiêm chủ trương, đường lối của Đảng, chính sách, pháp luật của Nhà nước.\nCó lối sống giản dị, trung thực, đoàn kết; không có biểu hiện suy thoái về tư tưởng chính trị, đạo đức, lối sống, “tự diễn biến”, “tự chuyển hoá”.',
    thuc_hien_nhiem_vu:
      'Chủ trì tham mưu 45 báo cáo, đề án của UBND tỉnh, hoàn thành 100% nhiệm vụ đúng tiến độ, trong đó 12 nhiệm vụ vượt tiến độ.',
    cam_ket: 'Thực hiện đầy đủ các nội dung cam kết tu dưỡng, rèn luyện, phấn đấu đầu năm.',
    lanh_dao_chi_dao: 'Lãnh đạo Phòng hoàn thành tốt các nhiệm vụ được giao; nội bộ đoàn kết, thống nhất.',
    han_che: 'Có lúc chưa sâu sát trong việc đôn đốc tiến độ các báo cáo định kỳ.',
    nguyen_nhan: 'Khối lượng công việc lớn, nhiều nhiệm vụ đột xuất.',
    khac_phuc: [
      { weakness: 'Chậm tổng hợp báo cáo tháng của các sở', status: 'resolved' },
      {
        weakness: 'Chưa cập nhật kịp thời văn bản chỉ đạo lên hệ thống',
        status: 'in_progress',
        percent: 60,
        note: 'Hoàn thành trong quý I/2025',
      },
    ],
    phuong_huong: 'Tăng cường kiểm tra, đôn đốc; phân công cụ thể từng chuyên viên theo dõi tiến độ.',
    xep_loai_cbccvc: 'HTTNV',
    xep_loai_dang_vien: 'HTTNV',
  },
  scores: { tieu_chi_chung: { self: 27, manager: 26.5 }, ket_qua_nhiem_vu: { self: 60.5, manager: 60 } },
  proposedLevel: 'HTTNV',
  person: {
    fullName: 'Trần Văn Trưởng',
    birthDate: '1978-02-05',
    positionTitle: 'Trưởng phòng Tổng hợp',
    unitName: 'Phòng Tổng hợp',
  },
  leader: true,
  year: 2024,
  date: '2024-10-24',
  suggestions: [
    {
      text: 'Đề nghị làm rõ việc chậm tiến độ báo cáo quý III.',
      fromName: 'Đảng ủy Văn phòng',
      answer: 'Do thiếu số liệu của các sở; đã khắc phục từ tháng 10.',
    },
  ],
};

export const REVIEW_FORM_STATE: ReviewFormInputIn = {
  definition: VP_M01,
  answers: {
    chinh_tri_tu_tuong: 'Chấp hành nghiêm chủ trương của Đảng, chính sách, pháp luật của Nhà nước.',
    dao_duc_loi_song: 'Có lối sống lành mạnh, giản dị; giữ gìn đạo đức công vụ.',
    ket_qua_nhiem_vu: 'Hoàn thành 100% nhiệm vụ được giao, bảo đảm chất lượng và tiến độ.',
  },
  proposedLevel: 'HTXSNV',
  person: {
    fullName: 'Phạm Văn Viên',
    birthDate: '1990-11-20',
    positionTitle: 'Chuyên viên',
    unitName: 'Phòng Tổng hợp',
  },
  year: 2024,
  date: null,
};

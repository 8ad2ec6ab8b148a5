/**
 * The 2024 plan of the seed (/work/shared/seed): Kế hoạch triển khai kiểm điểm, đánh giá, xếp loại
 * CCVC-NLĐ; bình xét thi đua, khen thưởng và Hội nghị CCVC-NLĐ Văn phòng UBND tỉnh năm 2024.
 * The text is the seed's, with `**bold**` and `*italic*` where the original emphasises. Changed:
 * the two paragraphs split by the original's page breaks are joined, and the second "7." of
 * section II is numbered "8.". Later issues generate this input from the cycle's data; until
 * then it is the reference the plan kind must be able to reproduce.
 */
import type { PlanInputIn } from './plan.js';

const KEY_OFFICIALS =
  '(*gồm: Đảng ủy Văn phòng, Trưởng các phòng, ban, đơn vị, Chủ tịch công đoàn và Bí thư đoàn thanh niên*)';

export const PLAN_2024: PlanInputIn = {
  subject:
    'Triển khai việc kiểm điểm tập thể, cá nhân và đánh giá, xếp loại công chức, viên chức, người lao động; bình xét thi đua, khen thưởng và tổ chức Hội nghị công chức, viên chức, người lao động Văn phòng UBND tỉnh năm 2024',
  preamble: [
    'Thực hiện Công văn số 2397-CV/TU ngày 10/10/2024 của Ban Thường vụ Tỉnh ủy về việc kiểm điểm, đánh giá, nhận xét phục vụ công tác nhân sự Đại hội đảng các cấp nhiệm kỳ 2025 - 2030 và Công văn số 5615/UBND-NC ngày 18/10/2024 của Chủ tịch UBND tỉnh về việc đánh giá, xếp loại chất lượng cán bộ, công chức, viên chức năm 2024; Văn phòng UBND tỉnh (Văn phòng) ban hành Kế hoạch tổ chức kiểm điểm tập thể, đánh giá và xếp loại công chức, viên chức, người lao động; bình xét thi đua, khen thưởng và tổ chức Hội nghị công chức, viên chức, người lao động Văn phòng UBND tỉnh năm 2024, như sau:',
  ],
  sections: [
    {
      heading: 'I. MỤC ĐÍCH, YÊU CẦU',
      paragraphs: [],
      subsections: [
        {
          heading: '1. Mục đích',
          paragraphs: [
            'a) Đánh giá, phân loại công chức, viên chức, người lao động nhằm làm rõ ưu điểm, khuyết điểm, mặt mạnh, mặt yếu về tư tưởng, phẩm chất chính trị, đạo đức, năng lực trình độ chuyên môn, nghiệp vụ, kết quả thực hiện nhiệm vụ được giao.',
            'b) Kết quả đánh giá, phân loại là căn cứ để lập kế hoạch, quy hoạch phát triển nhân lực, đề bố trí, luân chuyển, điều động, tuyển dụng, sử dụng đúng năng lực sở trường; phục vụ công tác đào tạo, bồi dưỡng, giải quyết thôi việc; bổ nhiệm, miễn nhiệm và thực hiện chế độ, chính sách tiền lương và các chính sách khác đối với công chức, viên chức và người lao động.',
          ],
        },
        {
          heading: '2. Yêu cầu',
          paragraphs: [
            'a) Đánh giá, phân loại công chức, viên chức và người lao động phải đảm bảo tính khách quan, dân chủ, công khai không nể nang, trù dập, thiên vị, hình thức trên cơ sở thực hiện tự phê bình và phê bình.',
            'b) Nêu cao trách nhiệm của tập thể và cá nhân, lấy kết quả, hiệu quả hoàn thành nhiệm vụ làm thước đo chủ yếu trong đánh giá, phân loại cán bộ, công chức, viên chức và người lao động.',
          ],
        },
      ],
    },
    {
      heading: 'II. NỘI DUNG',
      paragraphs: [],
      subsections: [
        {
          heading: '1. Chuẩn bị kiểm điểm',
          paragraphs: [
            '- Các phòng, ban, đơn vị gửi gợi ý kiểm điểm đối với tổ chức, cá nhân thuộc Văn phòng UBND tỉnh (*qua Phòng Hành chính - Quản trị*) **trước ngày 25/10/2024**.',
            '- Đối với công chức, viên chức và người lao động là đảng viên: Tự làm bản kiểm điểm theo **Mẫu số 02A, Mẫu số 02B** (*gửi kèm*), căn cứ vào Bảng tham chiếu chấm điểm theo các tiêu chí đánh giá, xếp loại quy định tại **Mẫu 12/HDDG** (*gửi kèm*) và theo các tiêu chí tại Quy chế đánh giá, xếp loại chất lượng công chức và viên chức là người đứng đầu đơn vị sự nghiệp trực thuộc Văn phòng UBND tỉnh ban hành tại Quyết định số 140/QĐ-VP ngày 15/10/2021 (sau đây viết tắt là Quy chế 140).',
            'Đồng thời, cá nhân các lãnh đạo Văn phòng, công chức, viên chức được giới thiệu tham gia cấp ủy (ủy ban kiểm tra cấp ủy) nhiệm kỳ 2025 -2030 phải làm Bảng kiểm điểm 03 năm gần nhất (2022, 2023, 2024) theo Mẫu 01 kèm theo Công văn số 2397-CV/TU; tự rà soát trách nhiệm của bản thân có liên quan trong các kết luận thanh tra, kiểm tra, kiểm toán, điều tra hoặc vụ án, vụ việc, khiếu nại, tố cáo (nếu có) mà cơ quan chức năng đã xem xét, kết luận trong 10 năm trở lại đây (từ năm 2015 trở lại đây) theo Mẫu 02 kèm theo Công văn số 2397-CV/TU.',
            '- Đối với công chức, viên chức, người lao động chưa là đảng viên:',
            '+ Công chức và người lao động thuộc Văn phòng UBND tỉnh thực hiện theo **Mẫu số 01** (*gửi kèm*).',
            '+ Viên chức Trung tâm Công báo và Tin học thực hiện theo Nghị định số 90/2020/NĐ-CP ngày 13/8/2020, Nghị định số 48/2023/NĐ-CP ngày 17/7/2023 của Chính phủ và Quy chế đánh giá của Trung tâm.',
            '- Trưởng phòng, ban, đơn vị dự thảo báo cáo kiểm điểm, đánh giá việc thực hiện nhiệm vụ của phòng, ban, đơn vị mình.',
            'Thời gian hoàn thành: **Trước ngày 25/10/2024**.',
          ],
        },
        {
          heading: '2. Kiểm điểm, đánh giá tập thể, cá nhân cấp phòng',
          paragraphs: [
            'a) Thành phần tham dự: Toàn thể công chức, viên chức, người lao động trong đơn vị; mời lãnh đạo Văn phòng được phân công phụ trách và Trưởng phòng Hành chính - Quản trị dự.',
            'b) Kiểm điểm tập thể cấp phòng: Trưởng phòng, ban, đơn vị xây dựng dự thảo Báo cáo kiểm điểm việc tổ chức thực hiện nhiệm vụ công tác năm 2024 của phòng, ban, đơn vị mình, trong đó cần nêu cụ thể việc khắc phục những khuyết điểm, hạn chế của năm 2023 gắn với việc đấu tranh ngăn chặn, đẩy lùi những biểu hiện suy thoái về tư tưởng chính trị, đạo đức, lối sống và các biểu hiện “*tự diễn biến*”, “*tự chuyển hóa*” và thực hiện Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị khóa XII về đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh, Kết luận số 01-KL/TW của ngày 18/5/2021 Bộ Chính trị khóa XIII về tiếp tục thực hiện Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị khóa XII về đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh. Qua nội dung báo cáo kiểm điểm, từng cá nhân của phòng tham gia góp ý và làm rõ vai trò, trách nhiệm cá nhân đối với những ưu, khuyết điểm của tập thể. Tập thể biểu quyết và Trưởng phòng, ban, đơn vị tổng hợp, kết luận từng nội dung tiếp thu để hoàn thiện báo cáo.',
            'c) Kiểm điểm công chức, viên chức, người lao động (*nếu có*) thuộc phòng, ban, đơn vị: Cá nhân trình bày bản tự kiểm điểm; từng thành viên của đơn vị góp ý, người chủ trì kết luận những ưu điểm, khuyết điểm của từng cá nhân, đề xuất mức đánh giá xếp loại; các ý kiến góp ý và ý kiến thống nhất đề nghị mức xếp loại của lãnh đạo phòng, ban, đơn vị phải được ghi vào biên bản và thông qua tại cuộc họp; cá nhân tiếp thu, hoàn thiện bản tự kiểm điểm. Người đứng đầu và cấp phó người đứng đầu kiểm điểm trước, công chức, viên chức, người lao động kiểm điểm sau. Khi kiểm điểm người đứng đầu thì phân công cấp phó chủ trì.',
            '- Bình xét thi đua, đề nghị các trường hợp đạt danh hiệu Lao động tiên tiến cho các cá nhân thuộc phòng, ban, đơn vị (*thực hiện bằng phiếu kín*); kết quả kiểm phiếu được ghi vào biên bản.',
            'd) Sau khi họp kiểm điểm, đánh giá, xếp loại, các phòng, ban, đơn vị tổng hợp kết quả, hoàn chỉnh hồ sơ gửi Phòng Hành chính - Quản trị, gồm: (1) Biên bản cuộc họp, (2) Bản kiểm điểm của tập thể, (3) Bản tự kiểm điểm cá nhân (4) Đề xuất mức xếp loại cá nhân, tập thể, (5) Bảng tổng hợp bình xét thi đua, khen thưởng.',
            '(*Trình tự, thủ tục họp đánh giá, xếp loại công chức, viên chức, người lao động thực hiện theo Nghị định số 90/2020/NĐ-CP ngày 13/8/2020, Nghị định số 48/2023/NĐ-CP ngày 17/7/2023 của Chính phủ và Quy chế 140*).',
            '- Thời gian: **Hoàn thành chậm nhất ngày 05/11/2024**',
            '- **Lưu ý:** số lượng cá nhân được đề nghị xếp loại “Hoàn thành xuất sắc nhiệm vụ” không vượt quá 20% số được đề nghị xếp loại “Hoàn thành tốt nhiệm vụ” theo từng nhóm đối tượng có vị trí, vai trò, chức năng, nhiệm vụ tương đồng',
          ],
        },
        {
          heading:
            '3. Biểu quyết xếp loại cơ quan Văn phòng; kiểm điểm tập thể lãnh đạo văn phòng và cá nhân lãnh đạo Văn phòng',
          paragraphs: [
            'Thành viên Lãnh đạo Văn phòng hoàn thành bản kiểm điểm tự đánh giá cá nhân theo mẫu như hướng dẫn. Riêng Chánh Văn phòng căn cứ Bộ Khung Tiêu chí đánh giá cán bộ lãnh đạo, quản lý do Ban Thường vụ Tỉnh ủy ban hành kèm theo Quyết định số 1263-QĐ/TU ngày 09/11/2023 tự đánh giá, nhận mức xếp loại kết quả công tác theo chức trách, nhiệm vụ được giao.',
            'a) Chuẩn bị Báo cáo tự đánh giá kết quả thực hiện nhiệm vụ năm 2024 của Văn phòng; Báo cáo kiểm điểm của tập thể Lãnh đạo Văn phòng:',
            'Phòng Hành chính - Quản trị chủ trì, phối hợp với các phòng, ban, đơn vị dự thảo Báo cáo tự đánh giá kết quả thực hiện nhiệm vụ năm 2024 của Văn phòng; Báo cáo tự kiểm điểm năm 2024 của tập thể lãnh đạo Văn phòng và gửi lấy ý kiến tham gia, góp ý của các tập thể, cá nhân có liên quan. Hoàn thành chậm nhất **ngày 05/11/2024**.',
            'Lưu ý: Các phòng, ban, đơn vị căn cứ vào chức năng, nhiệm vụ để tổng hợp nội dung Báo cáo và kết quả công tác năm 2024 (**số liệu ước tính đến ngày 10/11/2024**), tồn tại, hạn chế, nguyên nhân; giải pháp khắc phục và nhiệm vụ chủ yếu năm 2024; gửi file mềm về Phòng Hành chính - Quản trị theo địa chỉ: hnbu@quangngai.gov.vn, **chậm nhất ngày 28/10/2024**.',
            'b) Tổ chức Hội nghị để biểu quyết tự xếp loại cơ quan Văn phòng',
            `- Trên cơ sở Báo cáo tự đánh giá kết quả thực hiện nhiệm năm 2024, Lãnh đạo cơ quan tổ chức họp cán bộ chủ chốt ${KEY_OFFICIALS} tiến hành bỏ phiếu đánh giá cấp độ hoàn thành nhiệm vụ của cơ quan theo Khung tiêu chí tập thể kèm theo Quy định số 1263-QĐ/TU ngày 09/11/2023 của Ban Thường vụ Tỉnh ủy.`,
            '- Thời gian: **Dự kiến ngày 08/11/2024**.',
            '- Trình tự, thủ tục thực hiện theo Hướng dẫn số 13-HD/TU ngày 10/11/2023 của Ban Thường vụ Tỉnh ủy.',
            'c) Tổ chức Hội nghị kiểm điểm tập thể lãnh đạo Văn phòng:',
            `- Trên cơ sở Báo cáo tự kiểm điểm năm 2024 của tập thể lãnh đạo Văn phòng, Lãnh đạo cơ quan tổ chức họp cán bộ chủ chốt ${KEY_OFFICIALS} để kiểm điểm, làm rõ trách nhiệm của tập thể, cá nhân liên quan đến khuyết điểm, hạn chế đã nêu trong Báo cáo, đồng thời bàn biện pháp khắc phục.`,
            '- Mời Chủ tịch và Phó Chủ tịch UBND tỉnh; đại diện lãnh đạo Ban Tổ chức Tỉnh ủy, Sở Nội vụ tham dự.',
            '- Thời gian: **Dự kiến ngày 08/11/2024**.',
            '- Trình tự, thủ tục thực hiện theo Hướng dẫn số 13-HD/TU ngày 10/11/2023 của Ban Thường vụ Tỉnh ủy.',
          ],
        },
        {
          heading:
            '4. Hội họp tham vấn ý kiến và đánh giá, xếp loại cấp phòng và công chức, viên chức, người lao động thuộc thẩm quyền đánh giá của Chánh Văn phòng UBND tỉnh',
          paragraphs: [
            '- Chánh Văn phòng chủ trì họp Lãnh đạo Văn phòng, Đảng ủy Văn phòng, Công đoàn, Chi đoàn và Trưởng các phòng, ban, đơn vị tham vấn ý kiến và kết luận phân loại công chức, viên chức và đánh giá người lao động thuộc thẩm quyền.',
            '- Thời gian: **Dự kiến ngày 12/11/2024**.',
          ],
        },
        {
          heading: '5. Hội đồng xét duyệt sáng kiến Văn phòng',
          paragraphs: [
            '- Chánh Văn phòng chủ trì họp Hội đồng xét duyệt sáng kiến Văn phòng để công nhận các sáng kiến cấp cơ sở.',
            '- Thời gian: **Dự kiến ngày 15/11/2024.**',
          ],
        },
        {
          heading: '6. Hội đồng thi đua - khen thưởng của Văn phòng: Dự kiến ngày 20/11/2024.',
          paragraphs: [],
        },
        {
          heading: '7. Hoàn thiện hồ sơ kiểm điểm, hồ sơ đề nghị khen thưởng',
          paragraphs: [
            'a) Đối với hồ sơ tự xếp loại cơ quan, kiểm điểm tập thể, cá nhân lãnh đạo Văn phòng; báo cáo kết quả đánh giá, phân loại công chức, viên chức, người lao động thuộc thẩm quyền: Hoàn thiện và gửi hồ sơ cho Sở Nội vụ quyền **trước ngày 15/11/2024.**',
            'Đối với công chức thuộc diện Ban Thường vụ Tỉnh ủy quản lý, kết quả kiểm điểm 03 năm (2022, 2023, 2024), kết quả tự rà soát của cá nhân và đánh giá, nhận xét của cơ quan có thẩm quyền gửi về Ban Tổ chức Tỉnh ủy **trước ngày 31/01/2025.**',
            'b) Hoàn chỉnh và gửi hồ sơ đề nghị khen thưởng của Văn phòng cho cấp có thẩm quyền: **Từ ngày 12/12 - 15/12/2024.**',
          ],
        },
        {
          heading: '8. Tổ chức Hội nghị công chức, viên chức và người lao động năm 2024',
          paragraphs: [
            '- Nội dung: Thực hiện theo đúng quy định tại Điều 51 Luật Thực hiện dân chủ cơ sở năm 2022.',
            '- Tài liệu phục vụ Hội nghị: Phòng Hành chính - Quản trị chịu trách nhiệm, gửi thành viên dự họp **chậm nhất ngày 24/12/2024.**',
            '- Thời gian tổ chức: **Dự kiến ngày 27/12/2024.**',
          ],
        },
      ],
    },
    {
      heading: 'III. TỔ CHỨC THỰC HIỆN',
      paragraphs: [
        '1. Lãnh đạo Văn phòng UBND tỉnh, Phòng Hành chính - Quản trị và các phòng, ban, đơn vị tổ chức triển khai thực hiện nghiêm túc Kế hoạch này.',
        '2. Ngay sau kiểm điểm, xếp loại chất lượng, tập thể, cá nhân phải xây dựng kế hoạch, xác định rõ những giải pháp khắc phục triệt để hạn chế, yếu kém, khuyết điểm. Phân công cụ thể việc theo dõi, tổ chức kiểm tra, giám sát, đôn đốc việc thực hiện khắc phục, sửa chữa khuyết điểm, hạn chế.',
        '3. Trong quá trình thực hiện, nếu có vướng mắc, các phòng, ban, đơn vị báo cáo Chánh Văn phòng UBND tỉnh (qua Phòng Hành chính - Quản trị) để được hướng dẫn cụ thể./.',
      ],
    },
  ],
  signer: { title: 'CHÁNH VĂN PHÒNG', fullName: 'Nguyễn Quốc Việt' },
  recipients: [
    'Ban Thường vụ Tỉnh ủy (báo cáo)',
    'CT, PCT UBND tỉnh (báo cáo)',
    'Ban Tổ chức Tỉnh ủy',
    'Sở Nội vụ',
    'VPUB: BTVĐU, CVP, PCVP, các phòng, ban, đơn vị, Công đoàn, Đoàn TN',
    'Trang TTĐT Văn phòng',
    'Lưu: VT, HCQT',
  ],
};

/**
 * The plan's deadlines as a schedule (not in the seed, which states them in the text): the
 * optional "Mốc thời gian" appendix of the plan kind, with ISO dates where the plan fixes a day.
 */
export const PLAN_2024_TIMELINE: NonNullable<PlanInputIn['timeline']> = {
  title: 'Mốc thời gian thực hiện',
  rows: [
    {
      step: 'Gửi gợi ý kiểm điểm; cá nhân làm bản tự kiểm điểm; dự thảo báo cáo kiểm điểm của phòng, ban, đơn vị',
      who: 'Các phòng, ban, đơn vị',
      deadline: '2024-10-25',
      output: 'Gợi ý kiểm điểm, bản tự kiểm điểm, dự thảo báo cáo',
    },
    {
      step: 'Gửi nội dung, số liệu kết quả công tác năm 2024 (file mềm)',
      who: 'Các phòng, ban, đơn vị',
      deadline: '2024-10-28',
      output: 'Số liệu báo cáo',
    },
    {
      step: 'Kiểm điểm, đánh giá tập thể, cá nhân cấp phòng; bình xét Lao động tiên tiến',
      who: 'Các phòng, ban, đơn vị',
      deadline: '2024-11-05',
      output: 'Biên bản, bản kiểm điểm, đề xuất xếp loại, bảng tổng hợp bình xét thi đua',
    },
    {
      step: 'Dự thảo Báo cáo tự đánh giá của Văn phòng và Báo cáo kiểm điểm tập thể lãnh đạo Văn phòng',
      who: 'Phòng Hành chính - Quản trị',
      deadline: '2024-11-05',
      output: 'Dự thảo báo cáo',
    },
    {
      step: 'Biểu quyết tự xếp loại cơ quan; kiểm điểm tập thể lãnh đạo Văn phòng',
      who: 'Lãnh đạo Văn phòng, cán bộ chủ chốt',
      deadline: 'Dự kiến 08/11/2024',
      output: 'Biên bản, kết quả biểu quyết',
    },
    {
      step: 'Tham vấn ý kiến, đánh giá, xếp loại thuộc thẩm quyền của Chánh Văn phòng',
      who: 'Chánh Văn phòng',
      deadline: 'Dự kiến 12/11/2024',
      output: 'Kết luận phân loại',
    },
    {
      step: 'Họp Hội đồng xét duyệt sáng kiến Văn phòng',
      who: 'Hội đồng xét duyệt sáng kiến',
      deadline: 'Dự kiến 15/11/2024',
      output: 'Công nhận sáng kiến cấp cơ sở',
    },
    {
      step: 'Gửi hồ sơ xếp loại cơ quan, kiểm điểm lãnh đạo và kết quả phân loại cho Sở Nội vụ',
      who: 'Phòng Hành chính - Quản trị',
      deadline: '2024-11-15',
      output: 'Hồ sơ kiểm điểm',
    },
    {
      step: 'Họp Hội đồng thi đua - khen thưởng của Văn phòng',
      who: 'Hội đồng thi đua - khen thưởng',
      deadline: 'Dự kiến 20/11/2024',
    },
    {
      step: 'Gửi hồ sơ đề nghị khen thưởng cho cấp có thẩm quyền',
      who: 'Phòng Hành chính - Quản trị',
      deadline: '12/12 - 15/12/2024',
      output: 'Hồ sơ đề nghị khen thưởng',
    },
    {
      step: 'Gửi tài liệu Hội nghị công chức, viên chức, người lao động',
      who: 'Phòng Hành chính - Quản trị',
      deadline: '2024-12-24',
      output: 'Tài liệu Hội nghị',
    },
    {
      step: 'Tổ chức Hội nghị công chức, viên chức và người lao động năm 2024',
      who: 'Văn phòng UBND tỉnh',
      deadline: 'Dự kiến 27/12/2024',
      output: 'Nghị quyết Hội nghị',
    },
    {
      step: 'Gửi kết quả kiểm điểm 03 năm của công chức thuộc diện Ban Thường vụ Tỉnh ủy quản lý',
      who: 'Phòng Hành chính - Quản trị',
      deadline: '2025-01-31',
      output: 'Hồ sơ gửi Ban Tổ chức Tỉnh ủy',
    },
  ],
};

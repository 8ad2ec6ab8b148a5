/**
 * The rules engine over HTTP: pure computation on the facts the caller sends, no data read, so the
 * routes are public. Other systems can integrate against them; the web uses them for previews.
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { checkQuota, checkTitles, classify, ruleSettings } from '../../../domain/rules/index.js';
import type { AppDeps } from '../../app.js';
import {
  classifyBody,
  classifyResult,
  quotaBody,
  quotaResult,
  settingsQuery,
  settingsResult,
  titlesBody,
  titlesResult,
} from './schemas.js';

const tags = ['Quy tắc xếp loại'];
const open = { public: true } as const;

export const rulesRoutes =
  (_deps: AppDeps): FastifyPluginAsyncZod =>
  async (app) => {
    app.post(
      '/rules/classify',
      {
        config: open,
        schema: {
          tags,
          summary: 'Xếp loại chất lượng một người theo quy định của năm',
          description:
            'Tính từ dữ kiện gửi lên (không đọc dữ liệu đã lưu): có được xếp loại năm nay không (làm việc dưới 6 tháng thì chỉ kiểm điểm, trừ nghỉ thai sản), ' +
            'mức tối đa do hoàn cảnh (nghỉ từ 3 đến dưới 6 tháng: tối đa Hoàn thành nhiệm vụ; bị kỷ luật trong năm: Không hoàn thành nhiệm vụ) ' +
            'và mức cao nhất mà kết quả đạt được: tiêu chí của Nghị định 90/2020/NĐ-CP (sửa đổi bởi Nghị định 48/2023/NĐ-CP), ' +
            'hoặc khung điểm của Nghị định 335/2025/NĐ-CP đối với công chức từ năm 2026. Mỗi kết luận kèm lý do và điều khoản áp dụng.',
          body: classifyBody,
          response: { 200: classifyResult },
        },
      },
      async (req) => classify(req.body),
    );

    app.post(
      '/rules/quota',
      {
        config: open,
        schema: {
          tags,
          summary: 'Kiểm tra tỷ lệ Hoàn thành xuất sắc nhiệm vụ theo nhóm tương đồng',
          description:
            'Mỗi nhóm đối tượng có nhiệm vụ tương đồng: số người xuất sắc không quá 20% số người hoàn thành tốt nhiệm vụ (làm tròn xuống, cấu hình được), ' +
            'hoặc mức ngoại lệ khi đơn vị có thành tích nổi trội được cấp có thẩm quyền chấp thuận (25% theo Quy định 366-QĐ/TW). ' +
            'Vượt tỷ lệ là cảnh báo (ok = false), không chặn, trừ khi cơ quan cấu hình khác.',
          body: quotaBody,
          response: { 200: quotaResult },
        },
      },
      async (req) => checkQuota(req.body),
    );

    app.post(
      '/rules/titles',
      {
        config: open,
        schema: {
          tags,
          summary: 'Xét điều kiện danh hiệu Lao động tiên tiến và Chiến sĩ thi đua cơ sở',
          description:
            'Lao động tiên tiến: hoàn thành tốt nhiệm vụ trở lên, không mới tuyển dụng dưới 6 tháng, không đang bị xem xét kỷ luật, thanh tra, khiếu nại, tố cáo ' +
            '(Luật Thi đua, khen thưởng 2022 Điều 24; Nghị định 152/2025/NĐ-CP Điều 4). Chiến sĩ thi đua cơ sở: đạt Lao động tiên tiến và hoàn thành xuất sắc nhiệm vụ, ' +
            'hoặc có sáng kiến được công nhận cấp cơ sở, hoặc đề tài khoa học được nghiệm thu (Luật 2022 Điều 23).',
          body: titlesBody,
          response: { 200: titlesResult },
        },
      },
      async (req) => checkTitles(req.body),
    );

    app.get(
      '/rules/settings',
      {
        config: open,
        schema: {
          tags,
          summary: 'Các giá trị mặc định của bộ quy tắc theo giai đoạn',
          description:
            'Mọi ngưỡng, tỷ lệ, cách làm tròn mà bộ quy tắc dùng, kèm nguồn và cờ verified: false là giá trị mặc định chưa kiểm chứng với văn bản gốc.',
          querystring: settingsQuery,
          response: { 200: settingsResult },
        },
      },
      async (req) => {
        const settings = ruleSettings(req.query.regime);
        return {
          regime: req.query.regime,
          settings: Object.entries(settings).map(([key, s]) => ({
            key,
            label: s.label,
            value: s.value,
            verified: s.verified,
            source: s.source,
          })),
        };
      },
    );
  };

/**
 * The provisions the ballot code cites, written once (rules.md §3.2, §3.6, §4.4, §5.5, §8.4, §8.5).
 * The council articles are shared with the rules engine (`rules/articles.ts`).
 */
import { ART } from '../rules/articles.js';

const DAN_CHU = 'Luật Thực hiện dân chủ ở cơ sở số 10/2022/QH15';

export const BALLOT_ART = {
  /** Who may be on the Lao động tiên tiến ballot (rules.md §3.2). */
  ldtt: ART.ldtt,
  /** No national pass mark for the unit's LĐTT ballot (rules.md §3.6, §9 item 2: NOT VERIFIED). */
  ldttThreshold:
    'Không có tỷ lệ chung toàn quốc; do Quy chế thi đua, khen thưởng của cơ quan hoặc kế hoạch năm quy định (rules.md §3.6, §9 mục 2: chưa kiểm chứng)',
  /** CSTĐCS: ≥ 80% of all council members, absentees in writing; regime A [V] (rules.md §3.6). */
  council2024: ART.councilVote2024,
  /** Regime B: the procedure is devolved to the province; threshold NOT VERIFIED (rules.md §3.6). */
  council2025: ART.councilVote2025,
  /** Conference quorum: ≥ 2/3 of all staff or of summoned delegates [V-sec] (rules.md §4.4, §8.4). */
  conferenceQuorum: `Điều 51 khoản 2 điểm c ${DAN_CHU}`,
  /** Resolutions: > 50% of attendees [V-sec]; the exact article is [R] (rules.md §4.4, §9 mục 8). */
  conferenceMajority: `${DAN_CHU} (quá nửa số người dự hội nghị; điều khoản cụ thể chưa đối chiếu)`,
  /** Forging documents or cheating to falsify a vote is prohibited (rules.md §4.1, §8.5). */
  noFalsifying: `Điều 9 ${DAN_CHU}`,
  /** What the vote-count minutes record [R] (rules.md §5.5). */
  voteCountMinutes:
    'Biên bản kiểm phiếu: số phiếu phát ra, thu vào, hợp lệ, không hợp lệ; số đồng ý, không đồng ý của từng người và tỷ lệ (rules.md §5.5)',
} as const;

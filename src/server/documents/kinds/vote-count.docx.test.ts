/** Biên bản kiểm phiếu: counts, percentages, who passes, the committee's signatures, validation. */
import { Packer } from 'docx';
import { describe, expect, it } from 'vitest';
import { openDocx, paragraphsOf, rowsOf, textOf } from '../testing/docx-xml.js';
import { contextFor, VOTE_COUNT } from '../testing/samples.js';
import { percentText } from './common.js';
import {
  passes,
  resultsSentence,
  thresholdText,
  type VoteCountInputIn,
  voteCount,
  voteCountInput,
} from './vote-count.js';

const parse = (patch: Partial<VoteCountInputIn> = {}) => voteCountInput.parse({ ...VOTE_COUNT, ...patch });

async function render(patch: Partial<VoteCountInputIn> = {}) {
  const docx = await openDocx(
    await Packer.toBuffer(voteCount.docx(parse(patch), contextFor('BB', 'state', 6))),
  );
  return { ...docx, paras: paragraphsOf(docx.document), text: textOf(docx.document) };
}

describe('percentText', () => {
  it.each([
    [2, 3, '66,7%'],
    [1, 3, '33,3%'],
    [3, 4, '75,0%'],
    [4, 4, '100,0%'],
    [0, 7, '0,0%'],
    [1, 8, '12,5%'],
    [5, 0, ''],
  ])('%d/%d → %s', (part, whole, text) => {
    expect(percentText(part, whole)).toBe(text);
  });
});

describe('passes: agree compared with threshold% of the base', () => {
  it.each([
    // base present (4), more than 50%: 3 passes, 2 does not (exactly 50%)
    [{ base: 'present', thresholdPercent: 50 }, 3, true],
    [{ base: 'present', thresholdPercent: 50 }, 2, false],
    // base all (6), more than 50%: 3 is exactly 50% → fails; 4 passes
    [{ base: 'all', thresholdPercent: 50 }, 3, false],
    [{ base: 'all', thresholdPercent: 50, ballotsValid: 4, ballotsInvalid: 0 }, 4, true],
    // at least 50% of those present: 2 of 4 passes
    [{ base: 'present', thresholdPercent: 50, comparison: 'at_least' }, 2, true],
    // CSTĐCS: at least 80% of all members (6): 4.8 → needs 5
    [{ base: 'all', thresholdPercent: 80, comparison: 'at_least' }, 4, false],
    [{ base: 'present', thresholdPercent: 70 }, 3, true],
  ] as const)('%o, agree %d → %s', (patch, agree, result) => {
    const v = parse(patch as Partial<VoteCountInputIn>);
    expect(passes(v, agree)).toBe(result);
  });

  it.each([
    [{}, 'trên 50% tổng số thành viên có mặt'],
    [{ base: 'all', thresholdPercent: 80, comparison: 'at_least' }, 'từ 80% tổng số thành viên trở lên'],
    [{ thresholdPercent: 66.5 }, 'trên 66,5% tổng số thành viên có mặt'],
  ] as const)('threshold text %o', (patch, text) => {
    expect(thresholdText(parse(patch as Partial<VoteCountInputIn>))).toBe(text);
  });
});

describe('vote count: document', () => {
  it('prints the counts of members and ballots', async () => {
    const { text } = await render();
    expect(text).toContain('Thời gian: 10 giờ 15, ngày 05 tháng 11 năm 2024.');
    expect(text).toContain('1. Tổng số thành viên: 6 người; có mặt: 4 người; vắng: 2 người.');
    expect(text).toContain(
      '2. Số phiếu phát ra: 4 phiếu; số phiếu thu về: 4 phiếu; số phiếu hợp lệ: 3 phiếu; số phiếu không hợp lệ: 1 phiếu.',
    );
    expect(text).toContain('3. Kết quả kiểm phiếu (tỷ lệ tính trên tổng số thành viên có mặt là 4 người):');
    expect(text).toContain('Đồng chí Phạm Văn Hùng - Trưởng ban;');
    expect(text).toContain('Đồng chí Võ Quốc Khánh - Thành viên.');
  });

  it('tabulates each candidate: votes, % of the base with a decimal comma, result', async () => {
    const rows = rowsOf((await render()).document).filter(
      (r) => r.xml.includes('w:tblHeader') || /^\d+$/.test(r.cells[0] ?? ''),
    );
    // Two header rows: "Đồng ý" and "Không đồng ý" span their two columns.
    expect(rows[0]?.cells).toEqual(['STT', 'Họ và tên', 'Chức vụ', 'Đồng ý', 'Không đồng ý', 'Kết quả']);
    expect(rows[0]?.xml).toContain('<w:gridSpan w:val="2"/>');
    // STT, Họ và tên, Chức vụ, Kết quả span both rows (vertically merged cells, empty below).
    expect(rows[1]?.cells).toEqual(['', '', '', 'Số phiếu', 'Tỷ lệ', 'Số phiếu', 'Tỷ lệ', '']);
    expect(rows[0]?.xml.match(/<w:vMerge w:val="restart"\/>/g)).toHaveLength(4);
    expect(rows[1]?.xml.match(/<w:vMerge w:val="continue"\/>/g)).toHaveLength(4);
    expect(rows[0]?.header && rows[1]?.header).toBe(true);
    expect(rows.slice(2).map((r) => r.cells)).toEqual([
      ['1', 'Trần Thị Thu Hà', 'Trưởng phòng', '3', '75,0%', '0', '0,0%', 'Đạt'],
      ['2', 'Phạm Văn Hùng', 'Phó Trưởng phòng', '2', '50,0%', '1', '25,0%', 'Không đạt'],
      ['3', 'Lê Minh Đức', 'Chuyên viên', '3', '75,0%', '0', '0,0%', 'Đạt'],
      ['4', 'Võ Quốc Khánh', 'Nhân viên lái xe', '1', '25,0%', '2', '50,0%', 'Không đạt'],
    ]);
  });

  it('percentages follow the base: all members', async () => {
    const rows = rowsOf((await render({ base: 'all' })).document);
    const first = rows.find((r) => r.cells[1] === 'Trần Thị Thu Hà');
    expect(first?.cells.slice(3)).toEqual(['3', '50,0%', '0', '0,0%', 'Không đạt']);
  });

  it('lists who passed in the results paragraph', async () => {
    const { text } = await render();
    expect(text).toContain(
      '4. Kết quả: Các đồng chí có số phiếu đồng ý trên 50% tổng số thành viên có mặt (2 người): ' +
        'Đồng chí Trần Thị Thu Hà (3/4 phiếu, 75,0%); Đồng chí Lê Minh Đức (3/4 phiếu, 75,0%).',
    );
  });

  it('says so when nobody passed', () => {
    expect(resultsSentence(parse({ thresholdPercent: 90 }))).toBe(
      'Không có đồng chí nào có số phiếu đồng ý trên 90% tổng số thành viên có mặt.',
    );
  });

  it('the committee signs: members on the left, the head on the right', async () => {
    const rows = rowsOf((await render()).document);
    const sign = rows.find((r) => r.cells.length === 2 && r.cells[1]?.startsWith('TRƯỞNG BAN'));
    expect(sign?.cells[1]).toMatch(/^TRƯỞNG BAN\n[\s\S]*Phạm Văn Hùng$/);
    expect(sign?.cells[0]).toMatch(
      /^THÀNH VIÊN\n[\s\S]*Lê Minh Đức\n[\s\S]*THÀNH VIÊN\n[\s\S]*Võ Quốc Khánh$/,
    );
    expect(sign?.cantSplit).toBe(true);
  });

  it('a committee of one signs on the right only', async () => {
    const rows = rowsOf(
      (await render({ committee: [{ fullName: 'Phạm Văn Hùng', role: 'Trưởng ban' }] })).document,
    );
    const sign = rows.find((r) => r.cells.length === 2 && r.cells[1]?.startsWith('TRƯỞNG BAN'));
    expect(sign?.cells[0]).toBe('');
  });
});

describe('vote count: validation', () => {
  it.each([
    [{ ballotsReturned: 5 }, 'ballotsReturned', 'Số phiếu thu về không được lớn hơn số phiếu phát ra.'],
    [
      { ballotsValid: 4, ballotsInvalid: 1 },
      'ballotsValid',
      'Số phiếu hợp lệ cộng số phiếu không hợp lệ phải bằng số phiếu thu về.',
    ],
    [
      { candidates: [{ fullName: 'Trần Thị Thu Hà', agree: 3, disagree: 1 }] },
      'candidates.0.agree',
      'Trần Thị Thu Hà: số phiếu đồng ý cộng không đồng ý không được lớn hơn số phiếu hợp lệ.',
    ],
    [{ membersPresent: 7 }, 'membersPresent', 'Số thành viên có mặt không được lớn hơn tổng số thành viên.'],
    [
      { committee: [{ fullName: 'A', role: 'Thành viên' }] },
      'committee',
      'Ban kiểm phiếu cần đúng một Trưởng ban.',
    ],
    [{ ballotsIssued: -1 }, 'ballotsIssued', 'Số phiếu phát ra không được âm.'],
    [{ ballotsIssued: 1.5 }, 'ballotsIssued', 'Số phiếu phát ra phải là số nguyên.'],
    [{ membersTotal: 0 }, 'membersTotal', 'Tổng số thành viên phải lớn hơn 0.'],
    [{ thresholdPercent: 0 }, 'thresholdPercent', undefined],
    [{ thresholdPercent: 101 }, 'thresholdPercent', undefined],
    [{ base: 'attendees' }, 'base', undefined],
    [{ candidates: [] }, 'candidates', 'Vui lòng nhập ít nhất một người được bầu chọn.'],
    [{ countedAt: '05/11/2024 10:15' }, 'countedAt', 'Thời gian kiểm phiếu phải có dạng YYYY-MM-DDTHH:mm.'],
  ])('rejects %o at %s', (patch, path, message) => {
    const r = voteCountInput.safeParse({ ...VOTE_COUNT, ...patch });
    expect(r.success).toBe(false);
    const issue = r.error?.issues.find((i) => i.path.join('.') === path);
    expect(issue, JSON.stringify(r.error?.issues)).toBeDefined();
    if (message) expect(issue?.message).toBe(message);
  });

  it('accepts the boundaries: all returned and valid, agree + disagree = valid', () => {
    expect(
      voteCountInput.safeParse({
        ...VOTE_COUNT,
        ballotsValid: 4,
        ballotsInvalid: 0,
        candidates: [{ fullName: 'A', agree: 4, disagree: 0 }],
      }).success,
    ).toBe(true);
  });
});

/** A secret ballot counted by the system (modules/ballots/minutes.ts): every optional field. */
const BALLOT: VoteCountInputIn = {
  subject: 'Bình xét danh hiệu “Lao động tiên tiến” năm 2024 của Phòng Tổng hợp',
  countedAt: '2024-11-05T10:40',
  place: 'Phòng Tổng hợp, Văn phòng UBND tỉnh',
  method: 'Bỏ phiếu kín bằng phiếu điện tử và phiếu giấy',
  committeeName: 'Tổ kiểm phiếu',
  committee: [
    { fullName: 'Đỗ Văn Một', role: 'Tổ viên' },
    { fullName: 'Lê Thị Hai', role: 'Tổ trưởng tổ kiểm phiếu' },
  ],
  membersTotal: 6,
  membersPresent: 5,
  ballotsIssued: 5,
  ballotsReturned: 5,
  ballotsValid: 4,
  ballotsInvalid: 1,
  ballotsByForm: {
    electronic: { issued: 3, returned: 3, valid: 3, invalid: 0 },
    paper: { issued: 2, returned: 2, valid: 1, invalid: 1 },
  },
  base: 'present',
  thresholdPercent: 50,
  comparison: 'more_than',
  thresholdWords: 'Hơn 50% số thành viên có mặt',
  candidates: [
    { fullName: 'Đỗ Văn Một', title: 'Chuyên viên', agree: 2, disagree: 2, blank: 0, passed: false },
    { fullName: 'Lê Thị Hai', title: 'Chuyên viên', agree: 3, disagree: 0, blank: 1, passed: true },
    { fullName: 'Phan Thị Sáu', agree: 2, disagree: 1, blank: 1, passed: false },
  ],
  notOnBallot: [
    {
      fullName: 'Ngô Văn Ba',
      title: 'Chuyên viên',
      reason:
        'Lao động tiên tiến cần hoàn thành tốt nhiệm vụ trở lên (Điều 24 khoản 1 Luật Thi đua, khen thưởng 2022).',
    },
  ],
};

async function renderBallot(patch: Partial<VoteCountInputIn> = {}) {
  const docx = await openDocx(
    await Packer.toBuffer(
      voteCount.docx(voteCountInput.parse({ ...BALLOT, ...patch }), contextFor('BB', 'state', 7)),
    ),
  );
  return { paras: paragraphsOf(docx.document), rows: rowsOf(docx.document), text: textOf(docx.document) };
}

describe('vote count of a secret ballot: the optional fields', () => {
  it('names the form of voting and the committee as a "Tổ kiểm phiếu" with its roles as written', async () => {
    const { text } = await renderBallot();
    expect(text).toContain('Hình thức bỏ phiếu: Bỏ phiếu kín bằng phiếu điện tử và phiếu giấy.');
    expect(text).toContain(
      'Tổ kiểm phiếu gồm:\n1. Đồng chí Đỗ Văn Một - Tổ viên;\n2. Đồng chí Lê Thị Hai - Tổ trưởng tổ kiểm phiếu.',
    );
    expect(text).toContain('Tổ kiểm phiếu đã tiến hành kiểm phiếu, kết quả như sau:');
    expect(text).toContain('Tổ kiểm phiếu thống nhất kết quả trên và cùng ký tên vào biên bản./.');
  });

  it('tabulates the ballots per form with their total, and says what electronic "issued" means', async () => {
    const { text, rows } = await renderBallot();
    expect(text).toContain(
      '2. Số phiếu phát ra: 5 phiếu; số phiếu thu về: 5 phiếu; số phiếu hợp lệ: 4 phiếu; số phiếu không hợp lệ: 1 phiếu, cụ thể:',
    );
    const form = rows.filter((r) =>
      ['Hình thức', 'Phiếu điện tử', 'Phiếu giấy', 'Cộng'].includes(r.cells[0] ?? ''),
    );
    expect(form.map((r) => r.cells)).toEqual([
      ['Hình thức', 'Phát ra', 'Thu về', 'Hợp lệ', 'Không hợp lệ'],
      ['Phiếu điện tử', '3', '3', '3', '0'],
      ['Phiếu giấy', '2', '2', '1', '1'],
      ['Cộng', '5', '5', '4', '1'],
    ]);
    expect(text).toContain(
      'Ghi chú: phiếu điện tử phát ra là số thành viên có mặt đã nhận phiếu bầu điện tử',
    );
    // Paper only: no electronic row, no note.
    const paper = await renderBallot({
      ballotsByForm: { paper: { issued: 5, returned: 5, valid: 4, invalid: 1 } },
    });
    expect(paper.rows.some((r) => r.cells[0] === 'Phiếu điện tử')).toBe(false);
    expect(paper.text).not.toContain('Ghi chú');
  });

  it('states the threshold in the ballot’s words and uses them in the result', async () => {
    const { text } = await renderBallot();
    expect(text).toContain('Ngưỡng đạt: số phiếu đồng ý hơn 50% số thành viên có mặt.');
    expect(text).toContain(
      '4. Kết quả: Các đồng chí có số phiếu đồng ý hơn 50% số thành viên có mặt (1 người): Đồng chí Lê Thị Hai (3/5 phiếu, 60,0%).',
    );
    expect(thresholdText(voteCountInput.parse(BALLOT))).toBe('hơn 50% số thành viên có mặt');
  });

  it('with blank ballots: agree with its share, disagree and blank counts, the result as the tally decided', async () => {
    const { rows } = await renderBallot();
    const header = rows.filter((r) => r.header && r.cells.includes('Đồng ý'));
    expect(header[0]?.cells).toEqual([
      'STT',
      'Họ và tên',
      'Chức vụ',
      'Đồng ý',
      'Không đồng ý',
      'Không ghi ý kiến',
      'Kết quả',
    ]);
    const body = rows.filter((r) => /^\d+$/.test(r.cells[0] ?? '')).map((r) => r.cells);
    expect(body).toEqual([
      ['1', 'Đỗ Văn Một', 'Chuyên viên', '2', '40,0%', '2', '0', 'Không đạt'],
      ['2', 'Lê Thị Hai', 'Chuyên viên', '3', '60,0%', '0', '1', 'Đạt'],
      ['3', 'Phan Thị Sáu', '', '2', '40,0%', '1', '1', 'Không đạt'],
    ]);
    // `passed` is the tally's exact decision; the kind's own arithmetic is not applied over it.
    const overridden = await renderBallot({
      candidates: [{ fullName: 'Lê Thị Hai', agree: 3, disagree: 0, blank: 1, passed: false }],
    });
    expect(overridden.rows.find((r) => r.cells[1] === 'Lê Thị Hai')?.cells.at(-1)).toBe('Không đạt');
  });

  it('lists the people not on the ballot with the reason', async () => {
    const { text } = await renderBallot();
    expect(text).toContain(
      'Không đưa vào phiếu bầu (chưa đủ điều kiện theo quy định):\n' +
        '- Đồng chí Ngô Văn Ba, Chuyên viên: Lao động tiên tiến cần hoàn thành tốt nhiệm vụ trở lên (Điều 24 khoản 1 Luật Thi đua, khen thưởng 2022).',
    );
    const nobody = await renderBallot({ candidates: [] });
    expect(nobody.text).toContain('Không có người nào đủ điều kiện đưa vào phiếu bầu.');
    expect(nobody.text).toContain(
      '4. Kết quả: Không có đồng chí nào có số phiếu đồng ý hơn 50% số thành viên có mặt.',
    );
  });

  it('records discrepancies instead of refusing counts that do not add up', async () => {
    const patch = {
      ballotsReturned: 6,
      discrepancies: [
        'Phiếu giấy: số phiếu thu vào (3) nhiều hơn số phiếu phát ra (2).',
        'Số mã bỏ phiếu đã cấp (3) cộng số phiếu giấy phát ra (2) nhiều hơn số thành viên có mặt (4).',
      ],
    };
    expect(voteCountInput.safeParse({ ...BALLOT, ballotsReturned: 6 }).success).toBe(false);
    const { text } = await renderBallot(patch);
    expect(text).toContain(
      '5. Những điểm chưa khớp khi đối chiếu số liệu, tổ kiểm phiếu kiểm tra lại trước khi công bố kết quả:\n' +
        '- Phiếu giấy: số phiếu thu vào (3) nhiều hơn số phiếu phát ra (2);\n' +
        '- Số mã bỏ phiếu đã cấp (3) cộng số phiếu giấy phát ra (2) nhiều hơn số thành viên có mặt (4).',
    );
    expect((await renderBallot()).text).not.toContain('chưa khớp');
  });

  it('the head signs on the right under the role in capitals, the members on the left', async () => {
    const { rows } = await renderBallot();
    const sign = rows.find((r) => r.cells.length === 2 && r.cells[1]?.startsWith('TỔ TRƯỞNG'));
    expect(sign?.cells[1]).toMatch(/^TỔ TRƯỞNG TỔ KIỂM PHIẾU\n[\s\S]*Lê Thị Hai$/);
    expect(sign?.cells[0]).toMatch(/^TỔ VIÊN\n[\s\S]*Đỗ Văn Một$/);
  });

  it('keeps the closing sentence with the signatures (keep with next)', async () => {
    for (const r of [await render(), await renderBallot()]) {
      const closing = r.paras.find((p) => p.text.endsWith('cùng ký tên vào biên bản./.'));
      expect(closing?.xml).toContain('<w:keepNext/>');
    }
  });

  it.each([
    [
      { ballotsByForm: { paper: { issued: 2, returned: 2, valid: 1, invalid: 1 } } },
      'ballotsByForm.issued',
      'Số phiếu phát ra theo từng hình thức phải cộng lại bằng tổng số.',
    ],
    [
      { committee: [{ fullName: 'Lê Thị Hai', role: 'Tổ viên' }] },
      'committee',
      'Tổ kiểm phiếu cần đúng một Tổ trưởng.',
    ],
    [
      {
        committee: [
          { fullName: 'Lê Thị Hai', role: 'Tổ trưởng' },
          { fullName: 'Đỗ Văn Một', role: 'Tổ trưởng tổ kiểm phiếu' },
        ],
      },
      'committee',
      'Tổ kiểm phiếu cần đúng một Tổ trưởng.',
    ],
    [
      { candidates: [{ fullName: 'Lê Thị Hai', agree: 3, disagree: 1, blank: 1 }] },
      'candidates.0.agree',
      'Lê Thị Hai: số phiếu đồng ý, không đồng ý và không ghi ý kiến cộng lại không được lớn hơn số phiếu hợp lệ.',
    ],
    [{ candidates: [], notOnBallot: [] }, 'candidates', 'Vui lòng nhập ít nhất một người được bầu chọn.'],
  ])('rejects %o at %s', (patch, path, message) => {
    const r = voteCountInput.safeParse({ ...BALLOT, ...patch });
    expect(r.success).toBe(false);
    const issue = r.error?.issues.find((i) => i.path.join('.') === path);
    expect(issue, JSON.stringify(r.error?.issues)).toBeDefined();
    expect(issue?.message).toBe(message);
  });
});

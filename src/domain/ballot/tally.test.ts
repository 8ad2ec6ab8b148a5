import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tallyCandidates, tallyOpen } from './tally.js';
import type {
  Candidate,
  Choice,
  ElectronicBallot,
  PaperTally,
  TallyInput,
  TallyResult,
  Threshold,
} from './types.js';

const MORE_50: Threshold = { base: 'present', pct: 50, strict: true };
const AN: Candidate = { id: 'an', name: 'Nguyễn Văn An', eligible: true };
const BINH: Candidate = { id: 'binh', name: 'Trần Thị Bình', eligible: true };
const CUONG: Candidate = {
  id: 'cuong',
  name: 'Lê Văn Cường',
  eligible: false,
  reason: 'xếp loại Hoàn thành nhiệm vụ',
};
const CANDIDATES = [AN, BINH, CUONG];

const ballot = (choices: Record<string, Choice>): ElectronicBallot => ({ choices });
const paper = (p: Partial<PaperTally> = {}): PaperTally => ({
  issued: 1,
  returned: 1,
  valid: 1,
  invalid: 0,
  agree: {},
  disagree: {},
  ...p,
});
const input = (p: Partial<TallyInput> = {}): TallyInput => ({
  candidates: CANDIDATES,
  electronic: [],
  paper: null,
  mode: 'electronic',
  threshold: MORE_50,
  membersTotal: 6,
  presentTotal: 6,
  ...p,
});
const row = (r: TallyResult, id: string) => {
  const c = r.perCandidate.find((x) => x.id === id);
  if (!c) throw new Error(`no ${id}`);
  return c;
};

describe('tallyCandidates: the Lao động tiên tiến ballot (issue 6 §3; rules.md §3.2, §3.6, §5.5)', () => {
  it('3 of 6 present is not "more than 50%", 4 of 6 is', () => {
    const r = tallyCandidates(
      input({
        electronic: [
          ballot({ an: 'agree', binh: 'agree' }),
          ballot({ an: 'agree', binh: 'agree' }),
          ballot({ an: 'agree', binh: 'agree' }),
          ballot({ an: 'agree', binh: 'disagree' }),
          ballot({ an: 'disagree', binh: 'disagree' }),
          ballot({ binh: 'disagree' }),
        ],
      }),
    );
    expect(r.problems).toEqual([]);
    expect(r.base).toBe(6);
    expect(r.thresholdText).toBe('Hơn 50% số thành viên có mặt');
    expect(row(r, 'an')).toEqual({
      id: 'an',
      name: 'Nguyễn Văn An',
      eligible: true,
      agree: 4,
      disagree: 1,
      blank: 1,
      pct: 66.67,
      passed: true,
      reasons: ['Đồng ý 4/6 số thành viên có mặt (66,67%): đạt ngưỡng hơn 50% số thành viên có mặt.'],
    });
    expect(row(r, 'binh')).toMatchObject({ agree: 3, disagree: 3, blank: 0, pct: 50, passed: false });
    expect(row(r, 'binh').reasons).toEqual([
      'Đồng ý 3/6 số thành viên có mặt (50%): không đạt ngưỡng hơn 50% số thành viên có mặt.',
    ]);
    expect(r.ballots).toEqual({
      electronic: 6,
      electronicInvalid: 0,
      paperValid: 0,
      paperInvalid: 0,
      valid: 6,
      invalid: 0,
      total: 6,
    });
  });

  it('an ineligible candidate is listed with the reason and never passes', () => {
    const r = tallyCandidates(input({ electronic: [ballot({ an: 'agree' })] }));
    expect(row(r, 'cuong')).toEqual({
      id: 'cuong',
      name: 'Lê Văn Cường',
      eligible: false,
      agree: 0,
      disagree: 0,
      blank: 1,
      pct: 0,
      passed: false,
      reasons: ['Không đủ điều kiện đưa vào phiếu: xếp loại Hoàn thành nhiệm vụ; không xét kết quả.'],
    });
  });

  it('base present or members: 4 agree of 5 present pass, of 9 members do not', () => {
    const electronic = [1, 2, 3, 4].map(() => ballot({ an: 'agree' }));
    const present = tallyCandidates(input({ electronic, membersTotal: 9, presentTotal: 5 }));
    expect(present.base).toBe(5);
    expect(row(present, 'an')).toMatchObject({ agree: 4, blank: 0, pct: 80, passed: true });
    const members = tallyCandidates(
      input({ electronic, membersTotal: 9, presentTotal: 5, threshold: { ...MORE_50, base: 'members' } }),
    );
    expect(members.base).toBe(9);
    expect(row(members, 'an')).toMatchObject({ agree: 4, pct: 44.44, passed: false });
    expect(row(members, 'an').reasons).toEqual([
      'Đồng ý 4/9 tổng số thành viên (44,44%): không đạt ngưỡng hơn 50% tổng số thành viên.',
    ]);
  });

  it("mixed mode adds 5 electronic ballots and 1 paper ballot (the issue's meeting)", () => {
    const r = tallyCandidates(
      input({
        mode: 'mixed',
        electronic: [
          ballot({ an: 'agree', binh: 'agree' }),
          ballot({ an: 'agree', binh: 'disagree' }),
          ballot({ an: 'agree' }),
          ballot({ an: 'disagree', binh: 'disagree' }),
          ballot({ binh: 'agree' }),
        ],
        paper: paper({
          issued: 1,
          returned: 1,
          valid: 1,
          invalid: 0,
          agree: { an: 1 },
          disagree: { binh: 1 },
        }),
      }),
    );
    expect(r.problems).toEqual([]);
    expect(r.ballots).toEqual({
      electronic: 5,
      electronicInvalid: 0,
      paperValid: 1,
      paperInvalid: 0,
      valid: 6,
      invalid: 0,
      total: 6,
    });
    expect(row(r, 'an')).toMatchObject({ agree: 4, disagree: 1, blank: 1, passed: true });
    expect(row(r, 'binh')).toMatchObject({ agree: 2, disagree: 3, blank: 1, passed: false });
  });

  it("paper mode counts the committee's figures, invalid papers included in the total", () => {
    const r = tallyCandidates(
      input({
        mode: 'paper',
        paper: paper({
          issued: 6,
          returned: 6,
          valid: 5,
          invalid: 1,
          agree: { an: 4, binh: 2 },
          disagree: { an: 1 },
        }),
      }),
    );
    expect(r.problems).toEqual([]);
    expect(r.ballots).toMatchObject({ paperValid: 5, paperInvalid: 1, valid: 5, invalid: 1, total: 6 });
    expect(row(r, 'an')).toMatchObject({ agree: 4, disagree: 1, blank: 0, passed: true });
    expect(row(r, 'binh')).toMatchObject({ agree: 2, disagree: 0, blank: 3, passed: false });
  });

  describe('invalid electronic ballots: the whole ballot is invalid, counted in problems', () => {
    it.each<[string, Record<string, unknown>, string]>([
      [
        'an ineligible candidate marked',
        { an: 'agree', cuong: 'agree' },
        '1 phiếu điện tử không hợp lệ: ghi ý kiến cho Lê Văn Cường, người không đủ điều kiện đưa vào phiếu.',
      ],
      [
        'an unknown candidate marked',
        { an: 'agree', ghost: 'disagree' },
        '1 phiếu điện tử không hợp lệ: ghi ý kiến cho mã "ghost" không có trong danh sách.',
      ],
      [
        'a mark that is neither agree nor disagree',
        { an: 'abstain' },
        '1 phiếu điện tử không hợp lệ: ý kiến cho Nguyễn Văn An không hợp lệ.',
      ],
      [
        'a prototype key',
        JSON.parse('{"__proto__": "agree"}') as Record<string, unknown>,
        '1 phiếu điện tử không hợp lệ: ghi ý kiến cho mã "__proto__" không có trong danh sách.',
      ],
    ])('%s', (_name, choices, problem) => {
      const r = tallyCandidates(
        input({ electronic: [ballot({ an: 'agree' }), { choices: choices as Record<string, Choice> }] }),
      );
      expect(r.problems).toEqual([problem]);
      expect(r.ballots).toMatchObject({
        electronic: 2,
        electronicInvalid: 1,
        valid: 1,
        invalid: 1,
        total: 2,
      });
      expect(row(r, 'an')).toMatchObject({ agree: 1, disagree: 0, blank: 0 });
    });

    it('an unreadable ballot is invalid; several of one kind are reported once with their number', () => {
      const r = tallyCandidates(
        input({
          electronic: [
            { choices: null } as unknown as ElectronicBallot,
            ballot({ cuong: 'agree' }),
            ballot({ cuong: 'disagree' }),
          ],
        }),
      );
      expect(r.problems).toEqual([
        '2 phiếu điện tử không hợp lệ: ghi ý kiến cho Lê Văn Cường, người không đủ điều kiện đưa vào phiếu.',
        '1 phiếu điện tử không hợp lệ: phiếu không đọc được.',
      ]);
      expect(r.ballots).toMatchObject({ electronicInvalid: 3, valid: 0 });
    });

    it('an empty ballot is valid: every candidate blank', () => {
      const r = tallyCandidates(input({ electronic: [ballot({})] }));
      expect(r.problems).toEqual([]);
      expect(row(r, 'an')).toMatchObject({ agree: 0, disagree: 0, blank: 1 });
    });
  });

  describe('impossible inputs are problems, in Vietnamese', () => {
    const cases: [string, Partial<TallyInput>, string[]][] = [
      [
        'paper valid + invalid ≠ returned',
        { mode: 'paper', paper: paper({ issued: 6, returned: 6, valid: 4, invalid: 1 }) },
        ['Phiếu giấy: số phiếu hợp lệ (4) cộng số phiếu không hợp lệ (1) khác số phiếu thu vào (6).'],
      ],
      [
        'paper returned > issued',
        { mode: 'paper', paper: paper({ issued: 4, returned: 5, valid: 5 }) },
        ['Phiếu giấy: số phiếu thu vào (5) nhiều hơn số phiếu phát ra (4).'],
      ],
      [
        'paper issued > present',
        { mode: 'paper', presentTotal: 3, paper: paper({ issued: 4, returned: 3, valid: 3 }) },
        ['Phiếu giấy: số phiếu phát ra (4) nhiều hơn số thành viên có mặt (3).'],
      ],
      [
        "a candidate's agree + disagree > valid papers",
        {
          mode: 'paper',
          paper: paper({ issued: 3, returned: 3, valid: 3, agree: { an: 2 }, disagree: { an: 2 } }),
        },
        ['Phiếu giấy: Nguyễn Văn An có 4 phiếu đồng ý và không đồng ý, nhiều hơn số phiếu hợp lệ (3).'],
      ],
      [
        'paper votes for an unknown id',
        { mode: 'paper', paper: paper({ agree: { ghost: 1 } }) },
        ['Phiếu giấy: có số phiếu đồng ý cho mã "ghost" không có trong danh sách.'],
      ],
      [
        'paper votes for an ineligible candidate',
        { mode: 'paper', paper: paper({ disagree: { cuong: 1 } }) },
        [
          'Phiếu giấy: có 1 phiếu không đồng ý cho Lê Văn Cường, người không đủ điều kiện; phiếu ghi ý kiến cho người này là phiếu không hợp lệ, ban kiểm phiếu cần kiểm lại.',
        ],
      ],
      [
        'negative and fractional paper figures',
        {
          mode: 'paper',
          paper: paper({ issued: -1, returned: 1, valid: 0.5, invalid: 0, agree: { an: -2 } }),
        },
        [
          'Số phiếu giấy phát ra phải là số nguyên không âm (đang là -1).',
          'Số phiếu giấy hợp lệ phải là số nguyên không âm (đang là 0.5).',
          'Phiếu giấy: số phiếu đồng ý của Nguyễn Văn An phải là số nguyên không âm.',
        ],
      ],
      [
        'more ballots than members present',
        { presentTotal: 2, electronic: [ballot({}), ballot({}), ballot({})] },
        ['Tổng số phiếu (3) nhiều hơn số thành viên có mặt (2).'],
      ],
      [
        'more present than members',
        { presentTotal: 7, membersTotal: 6 },
        ['Số thành viên có mặt (7) lớn hơn tổng số thành viên (6).'],
      ],
      [
        'paper mode with electronic ballots',
        { mode: 'paper', paper: paper(), electronic: [ballot({ an: 'agree' })] },
        ['Hình thức bỏ phiếu giấy nhưng có 1 phiếu điện tử: không tính các phiếu này.'],
      ],
      [
        'electronic mode with a paper count',
        { mode: 'electronic', paper: paper() },
        ['Hình thức bỏ phiếu điện tử nhưng có số liệu phiếu giấy: không tính số liệu này.'],
      ],
      ['mixed mode without the paper count', { mode: 'mixed' }, ['Chưa nhập kết quả kiểm phiếu giấy.']],
      [
        'an unknown mode',
        { mode: 'postal' as TallyInput['mode'], paper: paper() },
        ['Hình thức bỏ phiếu phải là điện tử, giấy hoặc kết hợp cả hai.'],
      ],
      [
        'two candidates with one id',
        { candidates: [AN, { ...BINH, id: 'an' }] },
        ['Danh sách có hai người cùng mã "an".'],
      ],
      [
        'an unusable threshold',
        { threshold: { base: 'present', pct: 120, strict: true } },
        ['Tỷ lệ của ngưỡng biểu quyết phải từ 0% đến 100%.'],
      ],
    ];
    it.each(cases)('%s', (_name, p, problems) => {
      expect(tallyCandidates(input(p)).problems).toEqual(problems);
    });

    it('ignored votes are not counted; an unusable threshold passes nobody', () => {
      const ignored = tallyCandidates(
        input({ mode: 'paper', paper: paper({ agree: { an: 1 } }), electronic: [ballot({ an: 'agree' })] }),
      );
      expect(row(ignored, 'an')).toMatchObject({ agree: 1 });
      expect(ignored.ballots).toMatchObject({ electronic: 0, paperValid: 1, total: 1 });
      const noThreshold = tallyCandidates(
        input({
          electronic: [ballot({ an: 'agree' })],
          threshold: { base: 'present', pct: 100, strict: true },
        }),
      );
      expect(row(noThreshold, 'an')).toMatchObject({
        passed: false,
        reasons: ['Ngưỡng biểu quyết không hợp lệ: chưa xác định kết quả.'],
      });
      const ineligiblePaper = tallyCandidates(
        input({ mode: 'paper', paper: paper({ agree: { cuong: 1 } }) }),
      );
      expect(row(ineligiblePaper, 'cuong')).toMatchObject({ agree: 0, passed: false });
    });
  });

  describe('properties', () => {
    const candidatesArb = fc
      .array(fc.boolean(), { minLength: 1, maxLength: 5 })
      .map((el) => el.map((eligible, i): Candidate => ({ id: `c${i}`, name: `Người ${i}`, eligible })));
    const ballotsArb = (n: number) =>
      fc.array(
        fc
          .array(fc.constantFrom<Choice | null>(null, 'agree', 'disagree'), { minLength: n, maxLength: n })
          .map((marks) => ({
            choices: Object.fromEntries(
              marks.flatMap((m, i) => (m === null ? [] : [[`c${i}`, m] as const])),
            ) as Record<string, Choice>,
          })),
        { maxLength: 30 },
      );
    const setup = candidatesArb.chain((candidates) =>
      fc.record({
        candidates: fc.constant(candidates),
        electronic: ballotsArb(candidates.length),
        extraPresent: fc.nat(5),
        absent: fc.nat(5),
        base: fc.constantFrom<Threshold['base']>('present', 'members'),
        pct: fc.integer({ min: 1, max: 99 }),
        strict: fc.boolean(),
      }),
    );
    type Setup = {
      candidates: Candidate[];
      electronic: ElectronicBallot[];
      extraPresent: number;
      absent: number;
      base: Threshold['base'];
      pct: number;
      strict: boolean;
    };
    const toInput = (s: Setup): TallyInput => ({
      candidates: s.candidates,
      electronic: s.electronic,
      mode: 'electronic',
      threshold: { base: s.base, pct: s.pct, strict: s.strict },
      presentTotal: s.electronic.length + s.extraPresent,
      membersTotal: s.electronic.length + s.extraPresent + s.absent,
    });

    it('shuffling the ballots never changes the tally', () => {
      fc.assert(
        fc.property(
          setup.chain((s) =>
            fc.tuple(fc.constant(s), fc.shuffledSubarray(s.electronic, { minLength: s.electronic.length })),
          ),
          ([s, shuffled]) => {
            expect(tallyCandidates({ ...toInput(s), electronic: shuffled })).toEqual(
              tallyCandidates(toInput(s)),
            );
          },
        ),
      );
    });

    it('every valid ballot counts once per candidate; ineligible candidates never pass', () => {
      fc.assert(
        fc.property(setup, (s) => {
          const r = tallyCandidates(toInput(s));
          expect(r.ballots.total).toBe(s.electronic.length);
          for (const c of r.perCandidate) {
            if (c.eligible) expect(c.agree + c.disagree + c.blank).toBe(r.ballots.valid);
            else expect(c).toMatchObject({ agree: 0, disagree: 0, passed: false });
          }
          // A problem here is only an invalid ballot (a mark for an ineligible candidate).
          const invalid = s.electronic.filter((b) =>
            s.candidates.some((c) => !c.eligible && Object.hasOwn(b.choices, c.id)),
          ).length;
          expect(r.ballots.invalid).toBe(invalid);
          expect(r.problems.length > 0).toBe(invalid > 0);
        }),
      );
    });

    it('mixed mode equals the electronic tally plus the paper figures', () => {
      fc.assert(
        fc.property(setup, fc.nat(3), (s, paperAgree) => {
          const base = toInput(s);
          const first = s.candidates[0];
          fc.pre(first?.eligible === true);
          const paperBallots = paperAgree + 1;
          const mixed = tallyCandidates({
            ...base,
            mode: 'mixed',
            presentTotal: base.presentTotal + paperBallots,
            membersTotal: base.membersTotal + paperBallots,
            paper: paper({
              issued: paperBallots,
              returned: paperBallots,
              valid: paperBallots,
              agree: { c0: paperAgree },
            }),
          });
          const electronic = tallyCandidates(base);
          expect(mixed.ballots.valid).toBe(electronic.ballots.valid + paperBallots);
          expect(mixed.perCandidate[0]?.agree).toBe((electronic.perCandidate[0]?.agree ?? 0) + paperAgree);
          expect(mixed.perCandidate[0]?.disagree).toBe(electronic.perCandidate[0]?.disagree);
        }),
      );
    });
  });
});

describe('tallyOpen: open votes, e.g. approving the collective report or the minutes (issue 6 §2, §5)', () => {
  const open = (
    agree: number,
    disagree: number,
    abstain: number,
    p: Partial<Parameters<typeof tallyOpen>[0]> = {},
  ) => tallyOpen({ agree, disagree, abstain, presentTotal: 6, membersTotal: 8, threshold: MORE_50, ...p });

  it.each([
    [4, 1, 1, true, 66.67],
    [3, 3, 0, false, 50],
    [3, 0, 3, false, 50],
    [6, 0, 0, true, 100],
    [0, 0, 0, false, 0],
  ])('%i for, %i against, %i abstaining of 6 present → %s', (a, d, ab, passed, pct) => {
    expect(open(a, d, ab)).toEqual({ passed, pct, base: 6, problems: [] });
  });

  it('of all members: 4 of 8 is not more than half', () => {
    expect(open(4, 1, 1, { threshold: { ...MORE_50, base: 'members' } })).toEqual({
      passed: false,
      pct: 50,
      base: 8,
      problems: [],
    });
  });

  it.each<[string, Parameters<typeof open>, string[]]>([
    ['more opinions than present', [4, 2, 1], ['Tổng số ý kiến (7) nhiều hơn số thành viên có mặt (6).']],
    ['a negative count', [-1, 0, 0], ['Số đồng ý phải là số nguyên không âm (đang là -1).']],
    [
      'present above members',
      [1, 0, 0, { presentTotal: 9 }],
      ['Số thành viên có mặt (9) lớn hơn tổng số thành viên (8).'],
    ],
    [
      'an unusable threshold',
      [6, 0, 0, { threshold: { base: 'present', pct: 0, strict: false } }],
      ['Ngưỡng "từ 0% trở lên" không cần phiếu đồng ý nào.'],
    ],
  ])('%s is a problem', (_name, args, problems) => {
    const r = open(...args);
    expect(r.problems).toEqual(problems);
  });

  it('invalid counts or threshold never pass', () => {
    expect(open(-1, 0, 0).passed).toBe(false);
    expect(open(6, 0, 0, { threshold: { base: 'present', pct: 0, strict: false } }).passed).toBe(false);
  });
});

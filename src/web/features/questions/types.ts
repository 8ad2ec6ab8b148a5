/** Shapes of the questions API (/api/questions): a unit's questions to the Chánh Văn phòng. */

export type QuestionState = 'open' | 'forwarded' | 'answered';

export interface Question {
  id: string;
  cycleId: string;
  unitId: string;
  unitName: string;
  askedByName: string;
  subject: string;
  body: string;
  state: QuestionState;
  answer: string | null;
  answeredByName: string | null;
  answeredAt: string | null;
  published: boolean;
  createdAt: string;
  version: number;
}

export interface QuestionsResponse {
  items: Question[];
  canAnswer: boolean;
  canAsk: boolean;
}

/** The filter tabs of the page. */
export type QuestionTab = 'all' | 'waiting' | 'answered' | 'published';

export interface VersionResult {
  version: number;
}

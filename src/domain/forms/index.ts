/** Self-review forms as data (issue 5.2): catalogue, assignment, scoring, answers, definition checks. */
export * from './answers.js';
export * from './assign.js';
export { CV2397_M01, CV2397_M02, selfCheckFromYear, threeYearReviewYears } from './catalogue/nominee.js';
export * from './catalogue.js';
export * from './definition-check.js';
export * from './scoring.js';
export * from './types.js';
export { allFields, allSections, filledByPerson, type PlacedField } from './walk.js';

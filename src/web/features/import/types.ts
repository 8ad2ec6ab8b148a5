export type { ImportPreview, ImportProblem, ImportResult } from '../../../domain/people-import.js';

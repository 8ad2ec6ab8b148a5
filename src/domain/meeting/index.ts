export * from './agenda.js';
export * from './quota.js';
export * from './record.js';
export * from './types.js';

export * from './audit.js';
export * from './auth.js';
export * from './ballots.js';
export * from './cycle.js';
export * from './documents.js';
export * from './notifications.js';
export * from './org.js';
export * from './reviews.js';

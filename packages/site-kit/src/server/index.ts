export { database } from './database.ts';
export { healthHandle, isOperationalPath } from './health.ts';

export { default } from '@solidair/tooling/eslint';

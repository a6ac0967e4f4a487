export { default } from '@solidair/tooling/prettier';

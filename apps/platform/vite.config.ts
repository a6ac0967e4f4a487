import { appConfig } from '@solidair/tooling/vite';

export default appConfig('platform');

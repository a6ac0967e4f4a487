import { crawlApp } from '../../platform/e2e/crawl-roles.ts';

crawlApp('wsm', ['/', '/nl', '/fr', '/en', '/es']);

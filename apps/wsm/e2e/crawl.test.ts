import { crawlApp } from '@solidair/account/e2e/crawl-roles';

crawlApp('wsm', ['/', '/nl', '/fr', '/en', '/es']);

import { crawlApp } from '@solidair/account/e2e/crawl-roles';

crawlApp('intranet', ['/', '/nl', '/fr', '/en']);

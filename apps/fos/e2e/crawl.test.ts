import { crawlApp } from '@solidair/account/e2e/crawl-roles';

crawlApp('fos', ['/', '/nl', '/fr', '/en']);

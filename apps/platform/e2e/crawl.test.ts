import { crawlApp } from '@solidair/account/e2e/crawl-roles';

crawlApp('platform', ['/', '/nl', '/nl/members', '/fr', '/en']);

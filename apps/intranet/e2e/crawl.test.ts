import { crawlApp } from '../../platform/e2e/crawl-roles.ts';

crawlApp('intranet', ['/', '/nl', '/fr', '/en']);

import { crawlApp } from '../../platform/e2e/crawl-roles.ts';

crawlApp('fos', ['/', '/nl', '/fr', '/en']);

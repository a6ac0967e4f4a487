import { crawlApp } from './crawl-roles.ts';

crawlApp('platform', ['/', '/nl', '/nl/members', '/fr', '/en']);

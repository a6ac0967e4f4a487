// The end-to-end tests both public sites share: every page type in every locale, the forms with
// good and bad input (without JavaScript), feeds, calendars, the sitemap and the donation QR code,
// each checked with a real parser. Each app's e2e/pages.test.ts calls definePublicSiteTests; the
// tests live in one file per concern beside this one, declared here in their running order.
import type { PublicSite } from '../src/site.ts';
import { defineFeedTests } from './feeds.ts';
import { defineFormTests } from './forms.ts';
import { defineHostileInputTests } from './hostile-input.ts';
import { defineImageTests, defineVideoTests } from './media.ts';
import { defineCampaignTests, definePageTests } from './pages.ts';

export { expectEventCalendars, expectPdf, samplePng } from './helpers.ts';
export { defineHomeTests } from './home.ts';

export function definePublicSiteTests(site: PublicSite) {
	definePageTests(site);
	defineFormTests(site);
	defineFeedTests(site);
	defineImageTests(site);
	defineCampaignTests(site);
	defineVideoTests(site);
	// Last: its rate limit uses up this address's newsletter posts for ten minutes.
	defineHostileInputTests(site);
}

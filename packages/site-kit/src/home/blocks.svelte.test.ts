// Two blocks of the home in a real browser: the lead (its picture and description, its call to
// action, the language of a stand-in text) and the events (date-led, one column on a phone).
import * as m from '@solidair/i18n/messages';
import { expect, test } from 'vitest';
import { page } from 'vitest/browser';
import { render } from 'vitest-browser-svelte';
import '@solidair/ui/styles.css';
import type { EventCardData } from '../server/agenda.ts';
import type { LeadData } from '../server/home.ts';
import EventsBlock from './EventsBlock.svelte';
import LeadBlock from './LeadBlock.svelte';

const locale = 'nl';
const picture =
	'data:image/svg+xml,' +
	encodeURIComponent('<svg xmlns="http://www.w3.org/2000/svg" width="16" height="9"/>');
const lead: LeadData = {
	type: 'campaign',
	title: 'Sociale bescherming voor iedereen',
	summary: 'Teken voor een sociale beschermingsvloer in elk land.',
	href: '/nl/doe-mee/sociale-bescherming',
	image: {
		src: picture,
		srcset: `${picture} 960w`,
		sources: [],
		width: 960,
		height: 540,
		alt: 'Betogers in Kinshasa'
	}
};

test('the lead shows its picture with its description, its title as a heading and one call to action', async () => {
	const screen = await render(LeadBlock, { lead, locale });
	const region = screen.getByRole('region', { name: lead.title });
	await expect.element(region.getByRole('img', { name: 'Betogers in Kinshasa' })).toBeVisible();
	await expect.element(region.getByRole('heading', { level: 2 })).toHaveTextContent(lead.title);
	await expect.element(region).toMatchTextContent(m.home_lead_campaign({}, { locale }));
	const cta = region.getByRole('link', { name: m.home_lead_cta_campaign({}, { locale }) });
	await expect.element(cta).toHaveAttribute('href', lead.href);
});

test('a news lead says so; a text standing in for the visitor’s language carries its own lang', async () => {
	const screen = await render(LeadBlock, {
		lead: { ...lead, type: 'news', image: undefined, lang: 'nl' },
		locale: 'fr'
	});
	await expect
		.element(screen.getByRole('link', { name: m.home_lead_cta_news({}, { locale: 'fr' }) }))
		.toBeVisible();
	expect(screen.container.querySelector('.text')?.getAttribute('lang')).toBe('nl');
	expect(screen.container.querySelector('img')).toBeNull();
});

const event = (day: number, title: string): EventCardData => ({
	href: `/nl/agenda/${title.toLowerCase().replaceAll(' ', '-')}`,
	title,
	summary: '',
	startsAt: `2027-03-${String(day).padStart(2, '0')}T18:00:00.000Z`,
	endsAt: `2027-03-${String(day).padStart(2, '0')}T20:00:00.000Z`,
	timeZone: 'Europe/Brussels',
	place: day === 12 ? 'Brussel' : null,
	online: day !== 12
});

test('events lead with their day, link their title, say where (or online), one under the other on a phone', async () => {
	await page.viewport(390, 800);
	const screen = await render(EventsBlock, {
		items: [event(12, 'Debat waardig werk'), event(20, 'Webinar pensioenen')],
		locale
	});
	const region = screen.getByRole('region', { name: m.home_events_title({}, { locale }) });
	const items = region.getByRole('listitem');
	expect(items.elements()).toHaveLength(2);
	await expect.element(items.first()).toMatchTextContent(/^\s*12\s*mrt/);
	await expect.element(items.first().getByRole('link', { name: 'Debat waardig werk' })).toBeVisible();
	await expect.element(items.first()).toMatchTextContent('Brussel');
	await expect.element(items.nth(1)).toMatchTextContent(m.event_online({}, { locale }));
	await expect
		.element(items.first().getByRole('time'))
		.toHaveAttribute('datetime', '2027-03-12T18:00:00.000Z');
	const [first, second] = items.elements().map((element) => element.getBoundingClientRect());
	expect(second!.top).toBeGreaterThanOrEqual(first!.bottom);
	expect(first!.right).toBeLessThanOrEqual(390);
	await expect
		.element(region.getByRole('link', { name: m.home_events_all({}, { locale }) }))
		.toHaveAttribute('href', '/nl/agenda');
	await page.viewport(1280, 800);
});

// What the public sites' end-to-end tests share: the database they inspect, the checks every
// public page must pass, and helpers the portal and intranet suites use too (exported by ./e2e).

import { expect, type APIRequestContext, type APIResponse, type Page } from '@playwright/test';
import type { Locale } from '@solidair/i18n';
import { expectAccessible, watchConsole } from '@solidair/tooling/playwright/checks';
import ICAL from 'ical.js';
import { PNG } from 'pngjs';

/** The database the built apps use in the end-to-end suite. */
export const databaseUrl =
	process.env.DATABASE_URL ?? 'postgres://postgres:postgres@127.0.0.1:54330/solidair';

/** Loads a page and checks what every public page promises; returns its title. */
export async function checkPage(page: Page, path: string, locale: Locale): Promise<string> {
	const errors = watchConsole(page);
	const scripts: string[] = [];
	page.on('request', (request) => {
		if (request.resourceType() === 'script') scripts.push(request.url());
	});
	const response = await page.goto(path);
	expect(response?.status(), path).toBe(200);
	await expect(page.locator('html')).toHaveAttribute('lang', locale);
	await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
	const title = await page.title();
	expect(title.length, `${path} has a title`).toBeGreaterThan(3);
	const description = await page.locator('meta[name="description"]').getAttribute('content');
	expect(description?.length ?? 0, `${path} has a description`).toBeGreaterThan(10);
	const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
	expect(new URL(canonical ?? '', 'http://x').pathname, `${path} is its own canonical URL`).toBe(
		path.split('?')[0]
	);
	await expectAccessible(page);
	expect(scripts, `${path} ships no JavaScript`).toEqual([]);
	expect(errors).toEqual([]);
	page.removeAllListeners('request');
	return title;
}

/** The first link in the page's main content that leads below `prefix` (a detail page). */
export async function firstLinkUnder(page: Page, prefix: string): Promise<string | undefined> {
	const hrefs = await page
		.getByRole('main')
		.locator(`a[href^="${prefix}/"]`)
		.evaluateAll((links) => links.map((link) => link.getAttribute('href')!));
	return hrefs.find((href) => !/\.(xml|ics)$/.test(href) && !href.includes('?'));
}

/** A small real PNG (4 × 3 pixels) whose pixels, and so bytes, follow from `seed`: a fresh upload each run. */
export function samplePng(seed: number): Buffer {
	const image = new PNG({ width: 4, height: 3 });
	for (let i = 0; i < image.data.length; i += 4) {
		image.data[i] = (seed + i) % 256;
		image.data[i + 1] = (seed >>> 8) % 256;
		image.data[i + 2] = (seed >>> 16) % 256;
		image.data[i + 3] = 255;
	}
	return PNG.sync.write(image);
}

/** A publication's file: a whole PDF, served as one, as long as it says. Returns the response. */
export async function expectPdf(request: APIRequestContext, href: string): Promise<APIResponse> {
	const response = await request.get(href);
	expect(response.status(), href).toBe(200);
	expect(response.headers()['content-type']).toBe('application/pdf');
	const body = await response.body();
	expect(body.subarray(0, 5).toString()).toBe('%PDF-');
	expect(body.subarray(-6).toString()).toContain('%%EOF');
	expect(Number(response.headers()['content-length'])).toBe(body.byteLength);
	return response;
}

/**
 * The first event the agenda at `agendaPath` links to: its `.ics`, read by ical.js as calendar
 * apps read it, holds that one event with the page's title and start; the agenda's feed lists it
 * too. Returns the event page's path.
 */
export async function expectEventCalendars(
	page: Page,
	request: APIRequestContext,
	agendaPath: string
): Promise<string> {
	await page.goto(agendaPath);
	const link = await firstLinkUnder(page, agendaPath);
	expect(link, `${agendaPath} links to an event`).toBeDefined();
	await page.goto(link!);
	const title = await page.getByRole('heading', { level: 1 }).textContent();
	const start = await page.locator('main time[datetime]').first().getAttribute('datetime');
	const ics = await request.get(`${link}.ics`);
	expect(ics.headers()['content-type']).toMatch(/^text\/calendar/);
	const vevents = new ICAL.Component(ICAL.parse(await ics.text())).getAllSubcomponents('vevent');
	expect(vevents).toHaveLength(1);
	const event = new ICAL.Event(vevents[0]!);
	expect(event.summary).toBe(title);
	expect(event.startDate.toJSDate().getTime()).toBe(new Date(start!).getTime());

	const feed = await request.get(`${agendaPath}/feed.ics`);
	expect(feed.headers()['content-type']).toMatch(/^text\/calendar/);
	const all = new ICAL.Component(ICAL.parse(await feed.text())).getAllSubcomponents('vevent');
	expect(all.map((vevent) => new ICAL.Event(vevent).summary)).toContain(title);
	return link!;
}

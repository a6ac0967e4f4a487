import { afterEach, beforeEach, expect, test } from 'vitest';
import { userEvent } from 'vitest/browser';
import { render } from 'vitest-browser-svelte';
import '../../styles/index.css';
// A file, not a data: URL, so that fetching it shows among the page's requests.
import poster from './poster-example.svg?no-inline';
import VideoEmbed from './VideoEmbed.svelte';

const props = {
	provider: 'youtube' as const,
	videoId: 'dQw4w9WgXcQ',
	title: 'Waardig werk wereldwijd',
	playLabel: 'Video afspelen',
	consentText: 'Dit laadt de video van YouTube, dat cookies kan plaatsen.',
	linkLabel: 'Bekijk de video op YouTube'
};

const thirdParty = /youtube|youtu\.be|ytimg|googlevideo|vimeo|vimeocdn/i;

// Every resource the test page requests from now on: the test code runs in the page itself.
let requested: string[] = [];
let observer: PerformanceObserver;
beforeEach(() => {
	performance.clearResourceTimings();
	requested = [];
	observer = new PerformanceObserver((list) => {
		for (const entry of list.getEntries()) requested.push(entry.name);
	});
	observer.observe({ type: 'resource' });
});
afterEach(() => observer.disconnect());

/** Everything requested so far, whether reported to the observer yet or only in the buffer. */
function resources(): string[] {
	const buffered = performance.getEntriesByType('resource').map((entry) => entry.name);
	return [...new Set([...requested, ...observer.takeRecords().map((entry) => entry.name), ...buffered])];
}

/** URLs the page's markup (the component's, or what it put in <head>) makes the browser fetch. */
function fetchedByMarkup(): string[] {
	return [...document.querySelectorAll('[src], [srcset], [poster], object[data], link[href]')].flatMap((el) =>
		['src', 'srcset', 'poster', 'data', 'href'].map((name) => el.getAttribute(name) ?? '').filter(Boolean)
	);
}

test('nothing is requested from the provider before the click; after it, the privacy-enhanced player', async () => {
	const screen = await render(VideoEmbed, { ...props, poster });
	const root = screen.container;
	await expect.element(screen.getByText(props.title)).toBeVisible();
	await expect.element(screen.getByText(props.consentText)).toBeVisible();
	// Wait for the poster: it shows the page's requests are being observed at all.
	const posterUrl = new URL(poster, location.href).href;
	await expect.poll(() => resources()).toContain(posterUrl);

	expect(root.querySelector('iframe')).toBeNull();
	expect(resources().filter((url) => thirdParty.test(url))).toEqual([]);
	expect(fetchedByMarkup().filter((url) => thirdParty.test(url))).toEqual([]);

	const button = screen.getByRole('button', { name: 'Video afspelen' });
	await expect.element(button).toHaveAccessibleDescription(`${props.title} ${props.consentText}`);
	await button.click();

	const iframe = screen.getByTitle(props.title);
	await expect
		.element(iframe)
		.toHaveAttribute('src', 'https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?autoplay=1');
	await expect.element(iframe).toHaveAttribute('allow', 'autoplay; fullscreen; picture-in-picture');
	await expect.element(iframe).toHaveAttribute('allowfullscreen');
	await expect.element(iframe).toHaveAttribute('referrerpolicy', 'strict-origin-when-cross-origin');
	// Focus follows the click into the player, so the keyboard can control it at once.
	await expect.poll(() => document.activeElement).toBe(iframe.element());
	await expect.element(screen.getByRole('button', { name: 'Video afspelen' })).not.toBeInTheDocument();
});

test('Vimeo plays with Do Not Track, and the link to the video works without the player', async () => {
	const screen = await render(VideoEmbed, {
		...props,
		provider: 'vimeo',
		videoId: '76979871',
		linkLabel: 'Bekijk de video op Vimeo'
	});
	await expect
		.element(screen.getByRole('link', { name: 'Bekijk de video op Vimeo' }))
		.toHaveAttribute('href', 'https://vimeo.com/76979871');
	expect(resources().filter((url) => thirdParty.test(url))).toEqual([]);

	await userEvent.click(screen.getByRole('button', { name: 'Video afspelen' }));
	await expect
		.element(screen.getByTitle(props.title))
		.toHaveAttribute('src', 'https://player.vimeo.com/video/76979871?dnt=1&autoplay=1');
});

test('an invalid video id renders only the link to the provider', async () => {
	for (const [provider, videoId] of [
		['youtube', 'abc"><img src=x>'],
		['youtube', 'abc'],
		['vimeo', 'dQw4w9WgXcQ']
	] as const) {
		const screen = await render(VideoEmbed, { ...props, provider, videoId });
		expect(screen.container.querySelector('button, iframe, img')).toBeNull();
		await expect.element(screen.getByText(props.title)).not.toBeInTheDocument();
		const link = screen.getByRole('link', { name: props.linkLabel }).element() as HTMLAnchorElement;
		// The id is encoded into the link, never into markup.
		expect(
			link.href.startsWith(provider === 'vimeo' ? 'https://vimeo.com/' : 'https://www.youtube.com/watch?v=')
		).toBe(true);
		expect(link.getAttribute('href')).toContain(encodeURIComponent(videoId));
		screen.unmount();
	}
});

test('with playHref the play control is a link, which works without JavaScript and looks like the button', async () => {
	// Another address than the first test's poster, which the browser has cached.
	const fresh = new URL(poster, location.href);
	fresh.searchParams.set('test', 'link');
	const screen = await render(VideoEmbed, {
		...props,
		poster: fresh.href,
		playHref: '?video=1#video-1',
		id: 'video-1'
	});
	const root = screen.container;
	await expect.poll(() => resources()).toContain(fresh.href);

	const link = screen.getByRole('link', { name: 'Video afspelen' });
	await expect.element(link).toHaveAttribute('href', '?video=1#video-1');
	await expect.element(link).toHaveAccessibleDescription(`${props.title} ${props.consentText}`);
	expect(root.querySelector('button, iframe')).toBeNull();
	expect(resources().filter((url) => thirdParty.test(url))).toEqual([]);
	expect(fetchedByMarkup().filter((url) => thirdParty.test(url))).toEqual([]);

	// The same look as the button of a player without playHref.
	const other = await render(VideoEmbed, props);
	const button = other.getByRole('button', { name: 'Video afspelen' }).element();
	const look = (element: Element) => {
		const style = getComputedStyle(element);
		return [
			'display',
			'color',
			'background-color',
			'border',
			'border-radius',
			'padding',
			'min-height',
			'font-family',
			'font-size',
			'font-weight',
			'line-height',
			'text-decoration-line',
			'cursor',
			'width',
			'height'
		].map((name) => `${name}: ${style.getPropertyValue(name)}`);
	};
	// Neither under the pointer, which an earlier test left where the play control is.
	await userEvent.unhover(link);
	await userEvent.unhover(button);
	await expect.poll(() => look(link.element())).toEqual(look(button));
	other.unmount();

	// With JavaScript the link plays in place, as the button does: the page stays where it is.
	const before = location.href;
	await link.click();
	const iframe = screen.getByTitle(props.title);
	await expect
		.element(iframe)
		.toHaveAttribute('src', 'https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?autoplay=1');
	await expect.poll(() => document.activeElement).toBe(iframe.element());
	expect(location.href).toBe(before);
	expect(root.querySelector('#video-1 iframe')).not.toBeNull();
});

test('playing renders the player at once, as after following the play link', async () => {
	const screen = await render(VideoEmbed, { ...props, playHref: '?video=1#video-1', playing: true });
	const iframe = screen.getByTitle(props.title);
	await expect
		.element(iframe)
		.toHaveAttribute('src', 'https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?autoplay=1');
	await expect.element(iframe).toHaveAttribute('allow', 'autoplay; fullscreen; picture-in-picture');
	expect(screen.container.querySelector('a.play, button')).toBeNull();
	await expect.element(screen.getByRole('link', { name: props.linkLabel })).toBeVisible();
});

test('a title with markup in it is shown as text', async () => {
	const title = '<img src=x onerror="document.title=1">"><script>alert(1)</script>';
	const screen = await render(VideoEmbed, { ...props, title, playHref: '?video=1#video-1' });
	await expect.element(screen.getByText(title)).toBeVisible();
	expect(screen.container.querySelector('img, script')).toBeNull();
	await screen.getByRole('link', { name: 'Video afspelen' }).click();
	await expect.element(screen.getByTitle(title)).toBeInTheDocument();
	expect(screen.container.querySelector('img, script')).toBeNull();
});

import { describe, expect, it } from 'vitest';
import { describeUserAgent, userAgentName } from './user-agent.ts';

// Real User-Agent headers of current browsers, as their sessions record them.
const cases: Array<[string, string, { browser?: string; system?: string }]> = [
	[
		'Chrome on Windows',
		'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/142.0.0.0 Safari/537.36',
		{ browser: 'Chrome', system: 'Windows' }
	],
	[
		'Firefox on Windows',
		'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:145.0) Gecko/20100101 Firefox/145.0',
		{ browser: 'Firefox', system: 'Windows' }
	],
	[
		'Edge on Windows',
		'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/142.0.0.0 Safari/537.36 Edg/142.0.3595.65',
		{ browser: 'Edge', system: 'Windows' }
	],
	[
		'Safari on macOS',
		'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/26.1 Safari/605.1.15',
		{ browser: 'Safari', system: 'macOS' }
	],
	[
		'Chrome on macOS',
		'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/142.0.0.0 Safari/537.36',
		{ browser: 'Chrome', system: 'macOS' }
	],
	[
		'Firefox on macOS',
		'Mozilla/5.0 (Macintosh; Intel Mac OS X 10.15; rv:145.0) Gecko/20100101 Firefox/145.0',
		{ browser: 'Firefox', system: 'macOS' }
	],
	[
		'Edge on macOS',
		'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/142.0.0.0 Safari/537.36 Edg/142.0.3595.65',
		{ browser: 'Edge', system: 'macOS' }
	],
	[
		'Firefox on Linux',
		'Mozilla/5.0 (X11; Linux x86_64; rv:145.0) Gecko/20100101 Firefox/145.0',
		{ browser: 'Firefox', system: 'Linux' }
	],
	[
		'Chrome on Linux',
		'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/142.0.0.0 Safari/537.36',
		{ browser: 'Chrome', system: 'Linux' }
	],
	[
		'Chrome on Android',
		'Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/142.0.0.0 Mobile Safari/537.36',
		{ browser: 'Chrome', system: 'Android' }
	],
	[
		'Firefox on Android',
		'Mozilla/5.0 (Android 15; Mobile; rv:145.0) Gecko/145.0 Firefox/145.0',
		{ browser: 'Firefox', system: 'Android' }
	],
	[
		'Samsung Internet on Android',
		'Mozilla/5.0 (Linux; Android 14; SM-S918B) AppleWebKit/537.36 (KHTML, like Gecko) SamsungBrowser/28.0 Chrome/130.0.0.0 Mobile Safari/537.36',
		{ browser: 'Samsung Internet', system: 'Android' }
	],
	[
		'Edge on Android',
		'Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/142.0.0.0 Mobile Safari/537.36 EdgA/142.0.3595.66',
		{ browser: 'Edge', system: 'Android' }
	],
	[
		'Safari on iPhone',
		'Mozilla/5.0 (iPhone; CPU iPhone OS 18_7 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/26.1 Mobile/15E148 Safari/604.1',
		{ browser: 'Safari', system: 'iPhone' }
	],
	[
		'Chrome on iPhone',
		'Mozilla/5.0 (iPhone; CPU iPhone OS 18_7 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) CriOS/142.0.7444.77 Mobile/15E148 Safari/604.1',
		{ browser: 'Chrome', system: 'iPhone' }
	],
	[
		'Firefox on iPhone',
		'Mozilla/5.0 (iPhone; CPU iPhone OS 18_7 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) FxiOS/145.0 Mobile/15E148 Safari/605.1.15',
		{ browser: 'Firefox', system: 'iPhone' }
	],
	[
		'Edge on iPad',
		'Mozilla/5.0 (iPad; CPU OS 18_7 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/26.0 EdgiOS/142.3595.66 Mobile/15E148 Safari/605.1.15',
		{ browser: 'Edge', system: 'iPad' }
	],
	[
		'a web view on iPhone (no Safari token)',
		'Mozilla/5.0 (iPhone; CPU iPhone OS 18_7 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148',
		{ browser: 'Safari', system: 'iPhone' }
	],
	['a command-line client', 'curl/8.14.1', {}],
	['an unknown browser on Linux', 'SomeBrowser/1.0 (X11; Linux x86_64)', { system: 'Linux' }],
	['an empty header', '', {}]
];

describe('describeUserAgent', () => {
	it.each(cases)('%s', (_, userAgent, expected) => {
		expect(describeUserAgent(userAgent)).toEqual(expected);
	});

	it('knows nothing of a missing header', () => {
		expect(describeUserAgent(null)).toEqual({});
		expect(describeUserAgent(undefined)).toEqual({});
	});
});

describe('userAgentName', () => {
	const firefox = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:145.0) Gecko/20100101 Firefox/145.0';
	it('names browser and system in the reader’s language', () => {
		expect(userAgentName(firefox, 'nl')).toBe('Firefox op Windows');
		expect(userAgentName(firefox, 'fr')).toBe('Firefox sur Windows');
		expect(userAgentName(firefox, 'en')).toBe('Firefox on Windows');
	});

	it('names what it knows, else says it is unknown', () => {
		expect(userAgentName('SomeBrowser/1.0 (X11; Linux x86_64)', 'en')).toBe('Linux');
		expect(userAgentName('curl/8.14.1', 'nl')).toBe('Onbekend');
		expect(userAgentName(null, 'en')).toBe('Unknown');
	});
});

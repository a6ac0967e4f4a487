// A session's browser and system as a person recognises them ("Firefox on Windows"), read from
// its User-Agent header: the account pages list sessions by it, and the raw header is long,
// unbroken and meaningless to most. Only the common browsers and systems are named; anything
// else is left out rather than guessed.
import type { Locale } from '@solidair/i18n';
import * as m from '@solidair/i18n/messages';

/** What `describeUserAgent` recognised: a browser, a system, either or neither. */
export interface UserAgentParts {
	browser?: string;
	system?: string;
}

// In order: the first that matches wins (Edge and Opera also say "Chrome", Chrome says "Safari").
const browsers: Array<[RegExp, string]> = [
	[/\bEdg(?:e|A|iOS)?\//, 'Edge'],
	[/\b(?:OPR|OPT|Opera)\//, 'Opera'],
	[/\bSamsungBrowser\//, 'Samsung Internet'],
	[/\b(?:Firefox|FxiOS)\//, 'Firefox'],
	[/\b(?:Chrome|CriOS|Chromium)\//, 'Chrome'],
	[/\bVersion\/[\d.]+.*\bSafari\//, 'Safari'],
	[/\b(?:iPhone|iPad).*AppleWebKit\//, 'Safari']
];

const systems: Array<[RegExp, string]> = [
	[/\biPhone\b/, 'iPhone'],
	[/\biPad\b/, 'iPad'],
	[/\bAndroid\b/, 'Android'],
	[/\bWindows\b/, 'Windows'],
	[/\bCrOS\b/, 'ChromeOS'],
	[/\bMac OS X\b|\bMacintosh\b/, 'macOS'],
	[/\bLinux\b/, 'Linux']
];

/** The browser and system a User-Agent header names, as far as it is one we know. */
export function describeUserAgent(userAgent: string | null | undefined): UserAgentParts {
	const parts: UserAgentParts = {};
	if (!userAgent) return parts;
	const browser = browsers.find(([pattern]) => pattern.test(userAgent))?.[1];
	const system = systems.find(([pattern]) => pattern.test(userAgent))?.[1];
	if (browser) parts.browser = browser;
	if (system) parts.system = system;
	return parts;
}

/**
 * A session's device as the account page lists it: "Firefox on Windows" in the reader's
 * language, the browser or the system alone when only one is known, else "Unknown".
 */
export function userAgentName(userAgent: string | null | undefined, locale: Locale): string {
	const { browser, system } = describeUserAgent(userAgent);
	if (browser && system) return m.account_session_browser_on({ browser, system }, { locale });
	return browser ?? system ?? m.account_session_unknown({}, { locale });
}

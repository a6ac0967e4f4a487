// The environment every app reads, checked once when the server starts: a wrong value stops the
// process at once with a message naming the variable, rather than surfacing at the first
// request (or never: TRUST_PROXY=true used to mean "no proxy").
import { isIP } from 'node:net';
import { mediaStoreSettings, mediaStoreVariables } from '@solidair/db/storage';

export interface ServerConfig {
	port: number;
	host: string;
	/** A proxy in front terminates HTTPS and says so in X-Forwarded-* headers. */
	trustProxy: boolean;
	/** Seconds requests in flight may take to finish once SIGTERM came. */
	shutdownTimeout: number;
	/** BODY_SIZE_LIMIT as given (adapter-node's syntax), or undefined for the default. */
	bodySizeLimit: string | undefined;
	/** One log line per request (LOG_REQUESTS=0 turns them off). */
	logRequests: boolean;
	/** This instance sends the outbox's mail (OUTBOX=off for one that should not). */
	outbox: boolean;
	/** Megabytes the page cache may hold (apps that have one: the public sites); 0 = off. */
	pageCacheMb: number;
}

export type ConfigResult = { ok: true; config: ServerConfig } | { ok: false; problems: string[] };

interface Rule {
	name: string;
	/** Ends "NAME must be …". */
	expected: string;
	valid: (value: string) => boolean;
	/** Never shown in a message: a URL that may hold a password (its scheme is named), or a key. */
	secret?: 'url' | 'key';
	/** Unlike the others, an empty value is not taken as "unset". */
	emptyIsError?: boolean;
}

const wholeNumber = /^\d+$/;

/** Enough for a few thousand pages in three encodings; a site's whole public estate is far less. */
export const defaultPageCacheMb = 64;
const positiveDecimal = /^\d+(\.\d+)?$/;
const byteSize = /^(?:\d+(?:\.\d+)?[kKmMgG]?|Infinity)$/;
const hostLabel = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/i;
const address = String.raw`[^\s@<>"]+@[^\s@<>"]+`;
const mailbox = new RegExp(`^(?:${address}|[^<>]*<${address}>)$`);

/** Bytes in an adapter-node size (`512K`, `1M`, `Infinity`), as adapter-node computes them. */
export function parseBytes(value: string): number {
	const multiplier = { K: 1024, M: 1024 ** 2, G: 1024 ** 3 }[value.slice(-1).toUpperCase()];
	return multiplier ? Number(value.slice(0, -1)) * multiplier : Number(value);
}

/** A size adapter-node accepts for BODY_SIZE_LIMIT, and more than nothing. */
export function validByteSize(value: string): boolean {
	return byteSize.test(value) && parseBytes(value) > 0;
}

function isHost(value: string): boolean {
	if (isIP(value)) return true;
	const name = value.endsWith('.') ? value.slice(0, -1) : value;
	return name.length > 0 && name.length <= 253 && name.split('.').every((label) => hostLabel.test(label));
}

function urlWithScheme(schemes: string[]): (value: string) => boolean {
	return (value) => URL.canParse(value) && schemes.includes(new URL(value).protocol);
}

/** Scheme, host and port only: `https://wsm.be`, not `https://wsm.be/nl` nor `https://wsm.be/`. */
function isOrigin(value: string): boolean {
	return (
		urlWithScheme(['http:', 'https:'])(value) &&
		new URL(value).pathname === '/' &&
		!value.endsWith('/') &&
		!new URL(value).search
	);
}

const rules: Rule[] = [
	{
		name: 'PORT',
		expected: 'a whole number from 1 to 65535',
		valid: (v) => wholeNumber.test(v) && Number(v) >= 1 && Number(v) <= 65535
	},
	{
		name: 'HOST',
		expected: 'a host name or IP address to listen on, such as 0.0.0.0, 127.0.0.1 or ::',
		valid: isHost
	},
	{ name: 'TRUST_PROXY', expected: '0 or 1', valid: (v) => v === '0' || v === '1' },
	{
		// The public address of the app; every absolute URL is built on it. serve() requires it
		// (checked there, so that tests of other variables need not set it).
		name: 'ORIGIN',
		expected: 'the public address of the app, such as https://waardigwerk.be (no path)',
		valid: isOrigin
	},
	{
		// The public sites' addresses, for the intranet's preview links to them.
		name: 'WSM_ORIGIN',
		expected: 'the public address of the WSM site, such as https://wsm.be (no path)',
		valid: isOrigin
	},
	{
		name: 'FOS_ORIGIN',
		expected: 'the public address of the FOS site, such as https://fos.ngo (no path)',
		valid: isOrigin
	},
	{
		// Signs the intranet's preview links; the same value on the intranet and both sites.
		name: 'PREVIEW_SECRET',
		expected: 'at least 32 characters, the same on the intranet and the public sites',
		valid: (v) => v.length >= 32,
		secret: 'key'
	},
	{
		name: 'SHUTDOWN_TIMEOUT',
		expected: 'a positive number of seconds',
		valid: (v) => positiveDecimal.test(v) && Number(v) > 0
	},
	{
		name: 'BODY_SIZE_LIMIT',
		expected:
			'a positive number of bytes, optionally followed by K, M or G (such as 512K or 1M), or Infinity',
		valid: validByteSize
	},
	{
		name: 'DATABASE_URL',
		expected: 'a postgres:// or postgresql:// URL',
		valid: urlWithScheme(['postgres:', 'postgresql:']),
		secret: 'url'
	},
	{
		name: 'SMTP_URL',
		expected: 'an smtp:// or smtps:// URL',
		valid: urlWithScheme(['smtp:', 'smtps:']),
		secret: 'url'
	},
	{
		name: 'MAIL_FROM',
		expected: 'an e-mail address, optionally with a name: Name <address@example.org>',
		valid: (v) => mailbox.test(v.trim())
	},
	{
		// Memory of the public sites' page cache, per process; 0 turns it off.
		name: 'PAGE_CACHE_MB',
		expected: 'a whole number of megabytes, 0 or more (0 turns the page cache off)',
		valid: (v) => wholeNumber.test(v)
	},
	{ name: 'OUTBOX', expected: 'on or off', valid: (v) => v === 'on' || v === 'off' },
	{ name: 'LOG_REQUESTS', expected: '0 or 1', valid: (v) => v === '0' || v === '1' },
	{
		name: 'MEDIA_DIR',
		expected: 'a folder path (absolute, or relative to the working directory), not empty',
		valid: (v) => v.trim() !== '' && !v.includes('\0'),
		emptyIsError: true
	}
];

/**
 * The variables checked here; an empty value counts as unset (except MEDIA_DIR's). MEDIA_STORE and
 * the S3 variables are checked by the media store's own settings (`@solidair/db/storage`), which
 * the seed reads too: one set of rules and messages.
 */
export const checkedVariables: readonly string[] = [
	...rules.map((rule) => rule.name),
	...mediaStoreVariables
];

function shown(value: string, secret: Rule['secret']): string {
	if (secret === 'key') return `${value.length} characters (not shown)`;
	if (secret === 'url') {
		return URL.canParse(value)
			? `a ${new URL(value).protocol}// URL`
			: 'something that is not a URL (not shown: it may hold a password)';
	}
	return JSON.stringify(value.length > 80 ? `${value.slice(0, 80)}…` : value);
}

/** Checks the environment; on success, the server's settings with their defaults. */
export function readConfig(env: NodeJS.ProcessEnv = process.env): ConfigResult {
	const problems: string[] = [];
	const value = (name: string) => (env[name] === '' ? undefined : env[name]);
	for (const rule of rules) {
		const raw = env[rule.name];
		if (raw === undefined || (raw === '' && !rule.emptyIsError)) continue;
		if (!rule.valid(raw))
			problems.push(`${rule.name} must be ${rule.expected}, got ${shown(raw, rule.secret)}`);
	}
	if (value('SMTP_URL') && !value('MAIL_FROM')) {
		problems.push(
			'MAIL_FROM must be set when SMTP_URL is: the sender of every e-mail, such as WSM <no-reply@wsm.be>'
		);
	}
	const media = mediaStoreSettings(env);
	if (!media.ok) problems.push(...media.problems);
	if (problems.length > 0) return { ok: false, problems };
	return {
		ok: true,
		config: {
			port: Number(value('PORT') ?? 3000),
			host: value('HOST') ?? '0.0.0.0',
			trustProxy: value('TRUST_PROXY') === '1',
			shutdownTimeout: Number(value('SHUTDOWN_TIMEOUT') ?? 20),
			bodySizeLimit: value('BODY_SIZE_LIMIT'),
			logRequests: value('LOG_REQUESTS') !== '0',
			outbox: value('OUTBOX') !== 'off',
			pageCacheMb: Number(value('PAGE_CACHE_MB') ?? defaultPageCacheMb)
		}
	};
}

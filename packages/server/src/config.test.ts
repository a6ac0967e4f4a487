import { describe, expect, test } from 'vitest';
import { parseBytes, readConfig } from './config.ts';

const good: Array<[string, string]> = [
	['PORT', '1'],
	['PORT', '3000'],
	['PORT', '65535'],
	['HOST', '0.0.0.0'],
	['HOST', '127.0.0.1'],
	['HOST', '::'],
	['HOST', '::1'],
	['HOST', 'localhost'],
	['HOST', 'app-1.internal.example.org'],
	['TRUST_PROXY', '0'],
	['TRUST_PROXY', '1'],
	['ORIGIN', 'https://waardigwerk.be'],
	['ORIGIN', 'http://127.0.0.1:3003'],
	['WSM_ORIGIN', 'https://wsm.be'],
	['FOS_ORIGIN', 'http://localhost:3002'],
	['PREVIEW_SECRET', 'x'.repeat(32)],
	['PREVIEW_SECRET', 'Zm9vYmFyYmF6cXV4LXByZXZpZXctc2VjcmV0LTIwMjY'],
	['SHUTDOWN_TIMEOUT', '20'],
	['SHUTDOWN_TIMEOUT', '0.5'],
	['BODY_SIZE_LIMIT', '1024'],
	['BODY_SIZE_LIMIT', '512K'],
	['BODY_SIZE_LIMIT', '1M'],
	['BODY_SIZE_LIMIT', '1.5m'],
	['BODY_SIZE_LIMIT', '2G'],
	['BODY_SIZE_LIMIT', 'Infinity'],
	['DATABASE_URL', 'postgres://solidair:secret@db.internal:5432/solidair'],
	['DATABASE_URL', 'postgresql://localhost/solidair?sslmode=require'],
	['SMTP_URL', 'smtp://mail.example.org:587'],
	['SMTP_URL', 'smtps://user:secret@mail.example.org'],
	['MAIL_FROM', 'no-reply@wsm.be'],
	['MAIL_FROM', 'WSM <no-reply@wsm.be>'],
	['MAIL_FROM', 'Solidair <no-reply@localhost>'],
	['PAGE_CACHE_MB', '0'],
	['PAGE_CACHE_MB', '256'],
	['OUTBOX', 'on'],
	['OUTBOX', 'off'],
	['LOG_REQUESTS', '0'],
	['LOG_REQUESTS', '1'],
	['MEDIA_DIR', '/var/lib/solidair/media'],
	['MEDIA_DIR', '.data/media'],
	['MEDIA_STORE', 'file:']
];

const bad: Array<[string, string, string]> = [
	['PORT', 'abc', 'PORT must be a whole number from 1 to 65535, got "abc"'],
	['PORT', '0', 'PORT must be a whole number from 1 to 65535, got "0"'],
	['PORT', '65536', 'PORT must be a whole number from 1 to 65535, got "65536"'],
	['PORT', '80.5', 'PORT must be a whole number from 1 to 65535, got "80.5"'],
	['PORT', ' 3000', 'PORT must be a whole number from 1 to 65535, got " 3000"'],
	['HOST', 'http://localhost', 'HOST must be a host name or IP address'],
	['HOST', '0.0.0.0:3000', 'HOST must be a host name or IP address'],
	['HOST', 'my host', 'HOST must be a host name or IP address'],
	['TRUST_PROXY', 'true', 'TRUST_PROXY must be 0 or 1, got "true"'],
	[
		'ORIGIN',
		'waardigwerk.be',
		'ORIGIN must be the public address of the app, such as https://waardigwerk.be (no path), got "waardigwerk.be"'
	],
	[
		'ORIGIN',
		'https://waardigwerk.be/nl',
		'ORIGIN must be the public address of the app, such as https://waardigwerk.be (no path), got "https://waardigwerk.be/nl"'
	],
	['WSM_ORIGIN', 'https://wsm.be/nl', 'WSM_ORIGIN must be the public address of the WSM site'],
	['FOS_ORIGIN', 'fos.ngo', 'FOS_ORIGIN must be the public address of the FOS site'],
	[
		'PREVIEW_SECRET',
		'too-short-secret',
		'PREVIEW_SECRET must be at least 32 characters, the same on the intranet and the public sites, got 16 characters (not shown)'
	],
	['TRUST_PROXY', 'yes', 'TRUST_PROXY must be 0 or 1, got "yes"'],
	['SHUTDOWN_TIMEOUT', '0', 'SHUTDOWN_TIMEOUT must be a positive number of seconds, got "0"'],
	['SHUTDOWN_TIMEOUT', '-5', 'SHUTDOWN_TIMEOUT must be a positive number of seconds, got "-5"'],
	['SHUTDOWN_TIMEOUT', '20s', 'SHUTDOWN_TIMEOUT must be a positive number of seconds, got "20s"'],
	['BODY_SIZE_LIMIT', '1MB', 'BODY_SIZE_LIMIT must be a positive number of bytes'],
	['BODY_SIZE_LIMIT', '0', 'BODY_SIZE_LIMIT must be a positive number of bytes'],
	['BODY_SIZE_LIMIT', 'lots', 'BODY_SIZE_LIMIT must be a positive number of bytes'],
	['BODY_SIZE_LIMIT', '-1K', 'BODY_SIZE_LIMIT must be a positive number of bytes'],
	[
		'DATABASE_URL',
		'mysql://root:hunter2@db/solidair',
		'DATABASE_URL must be a postgres:// or postgresql:// URL, got a mysql:// URL'
	],
	[
		'DATABASE_URL',
		'hunter2',
		'DATABASE_URL must be a postgres:// or postgresql:// URL, got something that is not a URL'
	],
	['SMTP_URL', 'http://mail.example.org', 'SMTP_URL must be an smtp:// or smtps:// URL, got a http:// URL'],
	['MAIL_FROM', 'wsm.be', 'MAIL_FROM must be an e-mail address'],
	['MAIL_FROM', 'WSM <no-reply>', 'MAIL_FROM must be an e-mail address'],
	[
		'PAGE_CACHE_MB',
		'-1',
		'PAGE_CACHE_MB must be a whole number of megabytes, 0 or more (0 turns the page cache off), got "-1"'
	],
	['PAGE_CACHE_MB', '1.5', 'PAGE_CACHE_MB must be a whole number of megabytes, 0 or more'],
	['PAGE_CACHE_MB', '64M', 'PAGE_CACHE_MB must be a whole number of megabytes, 0 or more'],
	['OUTBOX', 'false', 'OUTBOX must be on or off, got "false"'],
	['OUTBOX', 'OFF', 'OUTBOX must be on or off, got "OFF"'],
	['LOG_REQUESTS', 'off', 'LOG_REQUESTS must be 0 or 1, got "off"'],
	['MEDIA_DIR', '', 'MEDIA_DIR must be a folder path'],
	['MEDIA_DIR', '   ', 'MEDIA_DIR must be a folder path']
];

describe('the environment checked at start', () => {
	test('nothing set: the defaults', () => {
		expect(readConfig({})).toEqual({
			ok: true,
			config: {
				port: 3000,
				host: '0.0.0.0',
				trustProxy: false,
				shutdownTimeout: 20,
				bodySizeLimit: undefined,
				logRequests: true,
				outbox: true,
				pageCacheMb: 64
			}
		});
	});

	test.each(good)('%s=%j is accepted', (name, value) => {
		const env = { [name]: value, ...(name === 'SMTP_URL' && { MAIL_FROM: 'WSM <no-reply@wsm.be>' }) };
		expect(readConfig(env)).toMatchObject({ ok: true });
	});

	test.each(bad)('%s=%j is refused, naming the variable and what it expects', (name, value, message) => {
		const env = { [name]: value, ...(name === 'SMTP_URL' && { MAIL_FROM: 'WSM <no-reply@wsm.be>' }) };
		const result = readConfig(env);
		expect(result.ok).toBe(false);
		const problems = result.ok ? [] : result.problems;
		expect(problems).toHaveLength(1);
		expect(problems[0]).toContain(message);
	});

	test('a refused URL never shows its password', () => {
		for (const value of ['mysql://root:hunter2@db/solidair', 'hunter2', 'smtp//user:hunter2@mail']) {
			const result = readConfig({ DATABASE_URL: value, SMTP_URL: value, MAIL_FROM: 'a@b.be' });
			expect(result.ok).toBe(false);
			expect(JSON.stringify(result)).not.toContain('hunter2');
		}
	});

	test('a refused preview secret is never shown', () => {
		const result = readConfig({ PREVIEW_SECRET: 'hunter2-is-my-secret' });
		expect(result.ok).toBe(false);
		expect(JSON.stringify(result)).not.toContain('hunter2');
	});

	test('an empty value counts as unset, except for MEDIA_DIR', () => {
		expect(readConfig({ PORT: '', TRUST_PROXY: '', BODY_SIZE_LIMIT: '', OUTBOX: '' })).toMatchObject({
			ok: true,
			config: { port: 3000, trustProxy: false, bodySizeLimit: undefined, outbox: true }
		});
		expect(readConfig({ MEDIA_DIR: '' }).ok).toBe(false);
	});

	test('MEDIA_STORE=s3://… needs its endpoint and key pair, and says what to set', () => {
		const s3 = {
			MEDIA_STORE: 's3://solidair-media/prod',
			S3_ENDPOINT: 'http://127.0.0.1:9000',
			AWS_ACCESS_KEY_ID: 'solidair',
			AWS_SECRET_ACCESS_KEY: 'hunter2-secret-key'
		};
		expect(readConfig(s3)).toMatchObject({ ok: true });
		expect(readConfig({ MEDIA_STORE: 'file:' })).toMatchObject({ ok: true });
		expect(readConfig({ MEDIA_STORE: 's3://solidair-media', PORT: '0' })).toEqual({
			ok: false,
			problems: [
				'PORT must be a whole number from 1 to 65535, got "0"',
				expect.stringMatching(
					/^S3_ENDPOINT must be set when MEDIA_STORE is s3:\/\/…: .*http:\/\/127\.0\.0\.1:9000/
				),
				expect.stringMatching(
					/^AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY must be set when MEDIA_STORE is s3:\/\/…/
				)
			]
		});
		const wrong = readConfig({ ...s3, MEDIA_STORE: 'minio://solidair-media' });
		expect(wrong).toMatchObject({
			ok: false,
			problems: [expect.stringMatching(/^MEDIA_STORE must be file: .*s3:\/\/bucket/)]
		});
		expect(JSON.stringify(wrong)).not.toContain('hunter2');
	});

	test('SMTP_URL needs MAIL_FROM', () => {
		expect(readConfig({ SMTP_URL: 'smtp://mail.example.org' })).toEqual({
			ok: false,
			problems: [
				'MAIL_FROM must be set when SMTP_URL is: the sender of every e-mail, such as WSM <no-reply@wsm.be>'
			]
		});
	});

	test('every problem is reported, not only the first', () => {
		const result = readConfig({ PORT: 'abc', TRUST_PROXY: 'true', OUTBOX: 'no' });
		expect(result.ok ? [] : result.problems.map((problem) => problem.split(' ')[0])).toEqual([
			'PORT',
			'TRUST_PROXY',
			'OUTBOX'
		]);
	});

	test('values are read into settings', () => {
		expect(
			readConfig({
				PORT: '8080',
				HOST: '127.0.0.1',
				TRUST_PROXY: '1',
				SHUTDOWN_TIMEOUT: '5',
				BODY_SIZE_LIMIT: '50M',
				LOG_REQUESTS: '0',
				OUTBOX: 'off',
				PAGE_CACHE_MB: '0'
			})
		).toEqual({
			ok: true,
			config: {
				port: 8080,
				host: '127.0.0.1',
				trustProxy: true,
				shutdownTimeout: 5,
				bodySizeLimit: '50M',
				logRequests: false,
				outbox: false,
				pageCacheMb: 0
			}
		});
	});

	test('sizes count as adapter-node counts them', () => {
		expect(parseBytes('512')).toBe(512);
		expect(parseBytes('512K')).toBe(512 * 1024);
		expect(parseBytes('1M')).toBe(1024 * 1024);
		expect(parseBytes('1.5m')).toBe(1.5 * 1024 * 1024);
		expect(parseBytes('2G')).toBe(2 * 1024 ** 3);
		expect(parseBytes('Infinity')).toBe(Infinity);
	});
});

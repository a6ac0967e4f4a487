import { describe, expect, test } from 'vitest';
import { mediaStoreSettings } from './settings.ts';

const s3 = {
	S3_ENDPOINT: 'http://127.0.0.1:9000',
	AWS_ACCESS_KEY_ID: 'solidair',
	AWS_SECRET_ACCESS_KEY: 'a-long-secret-key'
};

describe('mediaStoreSettings', () => {
	test('files under MEDIA_DIR unless MEDIA_STORE says otherwise', () => {
		expect(mediaStoreSettings({ MEDIA_DIR: '/srv/media' })).toEqual({
			ok: true,
			kind: 'file',
			dir: '/srv/media'
		});
		expect(mediaStoreSettings({ MEDIA_STORE: 'file:', MEDIA_DIR: '/srv/media' })).toMatchObject({
			kind: 'file'
		});
		expect(mediaStoreSettings({ MEDIA_STORE: '', MEDIA_DIR: '/srv/media' })).toMatchObject({ kind: 'file' });
	});

	test('an S3 bucket, with or without a prefix, and the region by default', () => {
		expect(mediaStoreSettings({ MEDIA_STORE: 's3://solidair-media', ...s3 })).toEqual({
			ok: true,
			kind: 's3',
			s3: {
				endpoint: 'http://127.0.0.1:9000',
				region: 'us-east-1',
				bucket: 'solidair-media',
				prefix: '',
				accessKeyId: 'solidair',
				secretAccessKey: 'a-long-secret-key'
			}
		});
		expect(
			mediaStoreSettings({ MEDIA_STORE: 's3://media.solidair/prod/media/', S3_REGION: 'eu-west-1', ...s3 })
		).toMatchObject({ s3: { bucket: 'media.solidair', prefix: 'prod/media', region: 'eu-west-1' } });
	});

	test.each([
		['file:/srv/media', /MEDIA_STORE must be file: .* got "file:\/srv\/media"/],
		['s3://', /MEDIA_STORE must be/],
		['s3://Upper_Case', /MEDIA_STORE must be/],
		['s3://ok-bucket//double', /MEDIA_STORE must be/],
		['https://bucket', /MEDIA_STORE must be/]
	])('refuses MEDIA_STORE=%s', (value, message) => {
		const result = mediaStoreSettings({ MEDIA_STORE: value, ...s3 });
		expect(result.ok).toBe(false);
		expect(!result.ok && result.problems.join('\n')).toMatch(message);
	});

	test('refuses s3 without its endpoint or credentials, saying what to set', () => {
		const result = mediaStoreSettings({ MEDIA_STORE: 's3://solidair-media' });
		expect(result).toEqual({
			ok: false,
			problems: [
				expect.stringMatching(/^S3_ENDPOINT must be set when MEDIA_STORE is s3:\/\/…/),
				expect.stringMatching(
					/^AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY must be set when MEDIA_STORE is s3:\/\/…/
				)
			]
		});
		const noSecret = mediaStoreSettings({
			...s3,
			MEDIA_STORE: 's3://solidair-media',
			AWS_SECRET_ACCESS_KEY: ''
		});
		expect(!noSecret.ok && noSecret.problems).toEqual([
			expect.stringMatching(/^AWS_SECRET_ACCESS_KEY must be set/)
		]);
	});

	test('refuses an endpoint that is not an address, without showing credentials', () => {
		const bad = (S3_ENDPOINT: string) => {
			const result = mediaStoreSettings({ ...s3, MEDIA_STORE: 's3://solidair-media', S3_ENDPOINT });
			return result.ok ? '' : result.problems.join('\n');
		};
		expect(bad('127.0.0.1:9000')).toMatch(/S3_ENDPOINT must be an http:\/\/ or https:\/\/ address/);
		expect(bad('http://key:secret@127.0.0.1:9000')).toMatch(/something with credentials \(not shown\)/);
		expect(bad('http://key:secret@127.0.0.1:9000')).not.toMatch(/secret/);
		expect(
			mediaStoreSettings({ ...s3, MEDIA_STORE: 's3://solidair-media', S3_REGION: 'EU West' })
		).toMatchObject({
			ok: false,
			problems: [expect.stringMatching(/S3_REGION must be a region name/)]
		});
	});
});

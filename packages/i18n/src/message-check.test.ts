import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { allLocales, type Locale, type LocaleConfig } from './locales.ts';
import {
	checkMessages,
	countsInWords,
	hasPluralForms,
	messageParameters,
	usedMessageKeys,
	type Catalogue
} from './message-check.ts';

describe('the message checker', () => {
	const catalogues = {
		nl: { hello: 'Dag {name}', bye: 'Tot ziens' },
		fr: { hello: 'Bonjour {nom}' },
		en: { hello: 'Hello {name}', bye: 'Bye' }
	};

	test('finds a message missing in one of an app’s locales, and differing parameters', () => {
		expect(checkMessages(catalogues, [{ app: 'fos', locales: ['nl', 'fr', 'en'], used: ['bye'] }])).toEqual([
			'fos: message "bye" is missing in fr',
			'message "hello" has different parameters per locale (nl: {name}; fr: {nom}; en: {name})'
		]);
	});

	test('says nothing when the app does not use the message in that locale', () => {
		const consistent = { nl: { bye: 'Tot ziens' }, fr: {}, en: { bye: 'Bye' } };
		expect(checkMessages(consistent, [{ app: 'x', locales: ['nl', 'en'], used: ['bye'] }])).toEqual([]);
	});

	test('finds a message that counts in words without plural forms, in each locale', () => {
		const members = (one: string, other: string) => [
			{
				declarations: ['input count', 'local countPlural = count: plural'],
				selectors: ['countPlural'],
				match: { 'countPlural=one': one, 'countPlural=other': other }
			}
		];
		const counted = {
			nl: { members: '{count} leden', found: 'Gevonden: {count}' },
			fr: { members: members('{count} membre', '{count} membres'), found: 'Trouvés : {count}' }
		};
		expect(checkMessages(counted, [])).toEqual([
			'message "members" counts in words without plural forms in nl'
		]);
		const noOther = [{ ...members('{count} lid', '')[0]!, match: { 'countPlural=one': '{count} lid' } }];
		expect(checkMessages({ nl: { members: noOther } }, [])).toEqual([
			'message "members" counts in words without plural forms in nl'
		]);
		expect(checkMessages({ nl: { members: members('{count} lid', '{count} leden') } }, [])).toEqual([]);
		expect(countsInWords('{count} item(s)')).toBe(true);
		expect(countsInWords('Items ({count})')).toBe(false);
		expect(hasPluralForms('{count} leden')).toBe(false);
	});

	test('reads the parameters of every variant', () => {
		const thread = [
			{
				declarations: ['input count', 'input date', 'local countPlural = count: plural'],
				selectors: ['countPlural'],
				match: { 'countPlural=one': '{count} bericht', 'countPlural=other': '{count} berichten op {date}' }
			}
		];
		expect(messageParameters(thread)).toEqual(['count', 'date']);
	});

	test('reads parameters and used keys', () => {
		expect(messageParameters('{count} of {total}, {count}')).toEqual(['count', 'total']);
		const source =
			"import * as m from '@solidair/i18n/messages';\nm.nav_news({}, { locale }); tagline: m.wsm_tagline,";
		expect(usedMessageKeys(source).sort()).toEqual(['nav_news', 'wsm_tagline']);
		expect(usedMessageKeys('const m = { x: 1 }; m.x')).toEqual([]);
	});
});

// The real check, over this repository: each app's code plus the workspace packages it depends on.
const root = fileURLToPath(new URL('../../../', import.meta.url));
const packageDir = (name: string) => join(root, 'packages', name.replace('@solidair/', ''));

function sourceFiles(dir: string): string[] {
	if (!existsSync(dir)) return [];
	return readdirSync(dir, { withFileTypes: true, recursive: true })
		.filter((entry) => entry.isFile() && /\.(ts|svelte)$/.test(entry.name) && !/\.test\.ts$/.test(entry.name))
		.filter((entry) => !entry.parentPath.includes('paraglide'))
		.map((entry) => join(entry.parentPath, entry.name));
}

function appLocales(app: string): LocaleConfig {
	// Each app declares its languages in src/lib/site.ts (or app.ts): `locales: ['nl', 'fr', 'en']`.
	const config = sourceFiles(join(root, 'apps', app, 'src', 'lib'))
		.map((file) => readFileSync(file, 'utf8'))
		.map((source) => /locales:\s*\[([^\]]*)\]/.exec(source)?.[1])
		.find((list) => list !== undefined);
	if (!config) throw new Error(`apps/${app} declares no locales`);
	const locales = [...config.matchAll(/'(\w+)'/g)].map((match) => match[1] as Locale);
	return { locales, defaultLocale: locales[0]! };
}

test('every app’s messages exist in each of its locales, with the same parameters everywhere', () => {
	const catalogues = Object.fromEntries(
		allLocales.map((locale) => [
			locale,
			JSON.parse(readFileSync(join(root, 'packages/i18n/messages', `${locale}.json`), 'utf8')) as Catalogue
		])
	);
	const apps = readdirSync(join(root, 'apps')).map((app) => {
		const manifest = JSON.parse(readFileSync(join(root, 'apps', app, 'package.json'), 'utf8')) as {
			dependencies?: Record<string, string>;
			devDependencies?: Record<string, string>;
		};
		const packages = Object.keys({ ...manifest.dependencies, ...manifest.devDependencies }).filter((name) =>
			name.startsWith('@solidair/')
		);
		const files = [
			join(root, 'apps', app, 'src'),
			...packages.map((name) => join(packageDir(name), 'src'))
		].flatMap(sourceFiles);
		const used = files.flatMap((file) => usedMessageKeys(readFileSync(file, 'utf8')));
		return { app, locales: appLocales(app).locales, used };
	});
	expect(apps.length).toBe(4);
	expect(apps.every((app) => app.used.length > 0)).toBe(true);
	expect(checkMessages(catalogues, apps)).toEqual([]);
});

import { describe, expect, test } from 'vitest';
import { homeBlockKinds, type HomeBlock } from '@solidair/db/input';
import { homeBlocksOf, homeDefaults } from './defaults.ts';

const shown = (blocks: readonly HomeBlock[]) => blocks.filter((b) => b.enabled).map((b) => b.kind);

describe("each organisation's default home", () => {
	test('WSM leads with its campaign and its network; FOS with its themes and partners', () => {
		expect(shown(homeDefaults.wsm).slice(0, 2)).toEqual(['lead', 'figures']);
		expect(shown(homeDefaults.wsm)).not.toContain('partners');
		expect(shown(homeDefaults.fos).slice(0, 3)).toEqual(['lead', 'themes', 'partners']);
		expect(shown(homeDefaults.fos)).not.toContain('figures');
	});

	test('both show news, events, a donate and a newsletter call, and list every kind once', () => {
		for (const blocks of Object.values(homeDefaults)) {
			expect(shown(blocks)).toEqual(expect.arrayContaining(['news', 'events', 'donate', 'newsletter']));
			expect(blocks.map((b) => b.kind).toSorted()).toEqual([...homeBlockKinds].toSorted());
			// The lead is the latest campaign until staff choose one.
			expect(blocks.find((b) => b.kind === 'lead')?.entryId).toBeNull();
		}
	});

	test('what staff stored replaces the defaults; nothing stored (for a language) gives them', () => {
		expect(homeBlocksOf('fos', undefined)).toEqual(homeDefaults.fos);
		const stored: HomeBlock[] = [{ kind: 'events', enabled: true, count: 2, entryId: null }];
		const blocks = homeBlocksOf('wsm', stored);
		expect(shown(blocks)).toEqual(['events']);
		expect(blocks).toHaveLength(homeBlockKinds.length);
	});
});

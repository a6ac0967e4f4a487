import * as v from 'valibot';
import { describe, expect, test } from 'vitest';
import { completeBlocks, homeBlockKinds, homeFormSchema, moveBlock, type HomeBlockKind } from './home.ts';
import { problems } from './test-helpers.ts';

const order = 'lead,news,events,figures,themes,partners,donate,newsletter';
const form = (extra: Record<string, string> = {}) => ({
	order,
	...Object.fromEntries(homeBlockKinds.map((kind) => [`on_${kind}`, 'on'])),
	newsCount: '4',
	eventsCount: '3',
	lead: '',
	move: '',
	...extra
});

describe('the home form', () => {
	test('reads the order, the switches, the counts and the lead into blocks', () => {
		const lead = '0b7c2f7e-5d0a-4a55-9b9e-2f2f8f3e1a10';
		const { blocks, moved } = v.parse(homeFormSchema, form({ on_donate: '', lead }));
		expect(moved).toBe(false);
		expect(blocks.map((b) => b.kind)).toEqual(order.split(','));
		expect(blocks.find((b) => b.kind === 'donate')?.enabled).toBe(false);
		expect(blocks.find((b) => b.kind === 'news')).toEqual({
			kind: 'news',
			enabled: true,
			count: 4,
			entryId: null
		});
		expect(blocks.find((b) => b.kind === 'events')?.count).toBe(3);
		expect(blocks.find((b) => b.kind === 'lead')).toEqual({
			kind: 'lead',
			enabled: true,
			count: null,
			entryId: lead
		});
	});

	test('an up or down button moves its block one place before saving', () => {
		const up = v.parse(homeFormSchema, form({ move: 'events:up' }));
		expect(up.moved).toBe(true);
		expect(up.blocks.slice(0, 3).map((b) => b.kind)).toEqual(['lead', 'events', 'news']);
		const top = v.parse(homeFormSchema, form({ move: 'lead:up' }));
		expect(top.blocks[0]?.kind).toBe('lead');
		const bottom = v.parse(homeFormSchema, form({ move: 'newsletter:down' }));
		expect(bottom.blocks.at(-1)?.kind).toBe('newsletter');
	});

	test('counts are bounded, kinds known and each once, the lead an entry id, a move one of the buttons', () => {
		expect(problems(homeFormSchema, form({ newsCount: '0' }))).toEqual({ newsCount: 'choose' });
		expect(problems(homeFormSchema, form({ eventsCount: '7' }))).toEqual({ eventsCount: 'choose' });
		expect(problems(homeFormSchema, form({ newsCount: '2.5' }))).toEqual({ newsCount: 'choose' });
		expect(problems(homeFormSchema, form({ order: order.replace('news', 'blog') }))).toEqual({
			order: 'choose'
		});
		expect(problems(homeFormSchema, form({ order: order.replace('news', 'lead') }))).toEqual({
			order: 'choose'
		});
		expect(problems(homeFormSchema, form({ order: 'lead,news' }))).toEqual({ order: 'choose' });
		expect(problems(homeFormSchema, form({ lead: 'drop table' }))).toEqual({ lead: 'choose' });
		expect(problems(homeFormSchema, form({ move: 'lead:left' }))).toEqual({ move: 'choose' });
		expect(problems(homeFormSchema, form({ on_news: 'yes' }))).toEqual({ on_news: 'choose' });
	});
});

describe('blocks made whole', () => {
	test('the missing kinds follow, switched off, and nothing is lost', () => {
		const blocks = completeBlocks([{ kind: 'news', enabled: true, count: 4, entryId: null }]);
		expect(blocks).toHaveLength(homeBlockKinds.length);
		expect(blocks[0]).toEqual({ kind: 'news', enabled: true, count: 4, entryId: null });
		expect(blocks.slice(1).every((b) => !b.enabled)).toBe(true);
		expect(blocks.find((b) => b.kind === 'events')?.count).toBe(3);
	});

	test('moveBlock does nothing at the ends or for a kind not there', () => {
		const kinds: HomeBlockKind[] = ['lead', 'news'];
		moveBlock(kinds, 'lead:up');
		moveBlock(kinds, 'news:down');
		moveBlock(kinds, 'donate:up');
		expect(kinds).toEqual(['lead', 'news']);
		moveBlock(kinds, 'news:up');
		expect(kinds).toEqual(['news', 'lead']);
	});
});

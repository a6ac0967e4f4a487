// The home page a site's staff compose in the intranet: an ordered list of blocks per site and
// language, each on or off, with its options. The form posts flat strings (no JavaScript needed):
// the order as a comma-separated list, one checkbox per block, the two counts, the lead entry and,
// from an up/down button, the move to make before saving.
import * as v from 'valibot';
import { choice } from './fields.ts';

/** Every kind of block a home page may have, in no particular order. */
export const homeBlockKinds = [
	'lead',
	'news',
	'events',
	'figures',
	'themes',
	'partners',
	'donate',
	'newsletter'
] as const;

export type HomeBlockKind = (typeof homeBlockKinds)[number];

/** How many news items or events a block shows: enough to fill a row, never a whole list page. */
export const homeCountMin = 1;
export const homeCountMax = 6;
const counts = Array.from({ length: homeCountMax - homeCountMin + 1 }, (_, i) => String(homeCountMin + i));

/** The blocks with a count of items. */
export const countedBlocks: readonly HomeBlockKind[] = ['news', 'events'];

export interface HomeBlock {
	kind: HomeBlockKind;
	enabled: boolean;
	/** News and events: how many to show (homeCountMin…homeCountMax); null for the others. */
	count: number | null;
	/** The lead: the campaign or news item staff chose; null for the latest campaign (see loadHome). */
	entryId: string | null;
}

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** Whether `order` names every kind exactly once. */
function isFullOrder(kinds: string[]): kinds is HomeBlockKind[] {
	return (
		kinds.length === homeBlockKinds.length &&
		new Set(kinds).size === kinds.length &&
		kinds.every((kind) => (homeBlockKinds as readonly string[]).includes(kind))
	);
}

const onOff = () =>
	v.pipe(
		choice(['', 'on']),
		v.transform((value) => value === 'on')
	);

const count = () =>
	v.pipe(
		choice(counts),
		v.transform((value) => Number(value))
	);

const moves = homeBlockKinds.flatMap((kind) => [`${kind}:up`, `${kind}:down`]);

/** The form's field names: `on_<kind>` is a block's checkbox. */
export const homeFormFields = [
	'order',
	...homeBlockKinds.map((kind) => `on_${kind}`),
	'newsCount',
	'eventsCount',
	'lead',
	'move'
] as const;

export type HomeFormValues = Record<(typeof homeFormFields)[number], string>;

/**
 * The home form. A value no form of ours sends (an unknown or repeated kind, a count outside the
 * bounds, a lead that is no entry id) is refused; whether the lead is one of the site's published
 * campaigns or news items is the query's to check (`isLeadCandidate`).
 */
export const homeFormSchema = v.pipe(
	v.object({
		order: v.pipe(
			v.string('choose'),
			v.transform((text) => text.split(',')),
			v.check(isFullOrder, 'choose')
		),
		...(Object.fromEntries(homeBlockKinds.map((kind) => [`on_${kind}`, onOff()])) as Record<
			`on_${HomeBlockKind}`,
			ReturnType<typeof onOff>
		>),
		newsCount: count(),
		eventsCount: count(),
		lead: v.pipe(
			v.string('choose'),
			v.check((text) => text === '' || uuid.test(text), 'choose')
		),
		move: v.union([v.literal(''), v.picklist(moves)], 'choose')
	}),
	v.transform((input) => {
		const order = [...(input.order as HomeBlockKind[])];
		if (input.move) moveBlock(order, input.move);
		const blocks: HomeBlock[] = order.map((kind) => ({
			kind,
			enabled: input[`on_${kind}`],
			count: kind === 'news' ? input.newsCount : kind === 'events' ? input.eventsCount : null,
			entryId: kind === 'lead' && input.lead ? input.lead : null
		}));
		return { blocks, moved: input.move !== '' };
	})
);

/** Moves `move`'s block one place up or down in `order` (in place); nothing at either end. */
export function moveBlock(order: HomeBlockKind[], move: string): void {
	const [kind, direction] = move.split(':');
	const from = order.indexOf(kind as HomeBlockKind);
	const to = direction === 'up' ? from - 1 : from + 1;
	if (from < 0 || to < 0 || to >= order.length) return;
	[order[from], order[to]] = [order[to]!, order[from]!];
}

/**
 * A stored or default list made whole: every kind once, in the given order, the missing ones off
 * at the end (a kind added later shows up in the intranet without hiding anything on the site).
 */
export function completeBlocks(blocks: readonly HomeBlock[]): HomeBlock[] {
	const seen = new Set(blocks.map((block) => block.kind));
	return [
		...blocks,
		...homeBlockKinds
			.filter((kind) => !seen.has(kind))
			.map((kind) => ({
				kind,
				enabled: false,
				count: countedBlocks.includes(kind) ? 3 : null,
				entryId: null
			}))
	];
}

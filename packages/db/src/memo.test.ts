import { describe, expect, it } from 'vitest';
import { createMemo } from './memo.ts';

/** A load that counts its calls and answers `value`. */
function counted<T>(value: T) {
	const load = async () => {
		load.calls++;
		return value;
	};
	load.calls = 0;
	return load;
}

const tagged =
	(...tags: string[]) =>
	() =>
		tags;

describe('memo', () => {
	it('passes every read through, and keeps nothing, until invalidations are heard', async () => {
		const memo = createMemo();
		const load = counted('row');
		expect(await memo.get('session:a', load, tagged('user:1'))).toBe('row');
		expect(await memo.get('session:a', load, tagged('user:1'))).toBe('row');
		expect(load.calls).toBe(2);
		expect(memo.size).toBe(0);
	});

	it('answers from memory while heard, until a tag of the entry is invalidated', async () => {
		const memo = createMemo();
		memo.listening(true);
		const load = counted({ roles: ['admin'] });
		const first = await memo.get('actor:1', load, tagged('user:1'));
		expect(await memo.get('actor:1', load, tagged('user:1'))).toBe(first);
		expect(load.calls).toBe(1);

		memo.invalidate(['user:2']);
		await memo.get('actor:1', load, tagged('user:1'));
		expect(load.calls).toBe(1);

		memo.invalidate(['user:1']);
		await memo.get('actor:1', load, tagged('user:1'));
		expect(load.calls).toBe(2);
	});

	it('drops every entry with a shared tag, and only those', async () => {
		const memo = createMemo();
		memo.listening(true);
		const dashboard1 = counted('d1');
		const dashboard2 = counted('d2');
		const actor = counted('a1');
		await memo.get('dashboard:1', dashboard1, tagged('user:1', 'portal'));
		await memo.get('dashboard:2', dashboard2, tagged('user:2', 'portal'));
		await memo.get('actor:1', actor, tagged('user:1'));
		memo.invalidate(['portal']);
		expect(memo.size).toBe(1);
		await memo.get('dashboard:1', dashboard1, tagged('user:1', 'portal'));
		await memo.get('dashboard:2', dashboard2, tagged('user:2', 'portal'));
		await memo.get('actor:1', actor, tagged('user:1'));
		expect([dashboard1.calls, dashboard2.calls, actor.calls]).toEqual([2, 2, 1]);
	});

	it('does not keep a value read while an invalidation came in: it may predate the change', async () => {
		const memo = createMemo();
		memo.listening(true);
		let release = () => {};
		const slow = () =>
			new Promise<string>((resolve) => {
				release = () => resolve('before the change');
			});
		const pending = memo.get('session:a', slow, tagged('user:1'));
		// The change is announced while the read is under way (any tag: the memo cannot tell).
		memo.invalidate(['user:9']);
		release();
		expect(await pending).toBe('before the change');
		expect(memo.size).toBe(0);
	});

	it('keeps nothing a load says not to keep (an unknown session)', async () => {
		const memo = createMemo();
		memo.listening(true);
		const load = counted(undefined);
		await memo.get('session:unknown', load, (row) => (row ? ['user:1'] : undefined));
		await memo.get('session:unknown', load, (row) => (row ? ['user:1'] : undefined));
		expect(load.calls).toBe(2);
		expect(memo.size).toBe(0);
	});

	it('reads afresh after the time to live, whatever was heard', async () => {
		let now = 1_000;
		const memo = createMemo({ ttlMs: 60_000, now: () => now });
		memo.listening(true);
		const load = counted('meeting still on');
		await memo.get('dashboard:1', load, tagged('portal'));
		now += 59_999;
		await memo.get('dashboard:1', load, tagged('portal'));
		expect(load.calls).toBe(1);
		now += 1;
		await memo.get('dashboard:1', load, tagged('portal'));
		expect(load.calls).toBe(2);
	});

	it('lets go of entries past their time as new ones come, so memory holds a minute’s worth', async () => {
		let now = 1_000;
		const memo = createMemo({ ttlMs: 60_000, now: () => now });
		memo.listening(true);
		await memo.get('dashboard:1', counted('d1'), tagged('user:1'));
		await memo.get('dashboard:2', counted('d2'), tagged('user:2'));
		now += 60_000;
		await memo.get('dashboard:3', counted('d3'), tagged('user:3'));
		expect(memo.size).toBe(1);
		// Their tags no longer point at them either.
		memo.invalidate(['user:1', 'user:2']);
		expect(memo.size).toBe(1);
	});

	it('forgets everything when it stops hearing, and answers nothing from memory meanwhile', async () => {
		const memo = createMemo();
		memo.listening(true);
		const load = counted('row');
		await memo.get('session:a', load, tagged('user:1'));
		memo.listening(false);
		expect(memo.size).toBe(0);
		await memo.get('session:a', load, tagged('user:1'));
		await memo.get('session:a', load, tagged('user:1'));
		expect(load.calls).toBe(3);
		memo.listening(true);
		await memo.get('session:a', load, tagged('user:1'));
		await memo.get('session:a', load, tagged('user:1'));
		expect(load.calls).toBe(4);
	});

	it('keeps at most maxEntries, the oldest going first', async () => {
		const memo = createMemo({ maxEntries: 2 });
		memo.listening(true);
		const loads = ['a', 'b', 'c'].map((key) => counted(key));
		for (const [index, key] of ['a', 'b', 'c'].entries())
			await memo.get(key, loads[index]!, tagged(`t:${key}`));
		expect(memo.size).toBe(2);
		for (const index of [2, 1, 0]) await memo.get('abc'[index]!, loads[index]!, tagged(`t:${'abc'[index]}`));
		// "c" and "b" were kept; "a" had gone and was read again, "b" going in turn.
		expect(loads.map((load) => load.calls)).toEqual([2, 1, 1]);
		// An evicted entry's tags no longer point at it.
		memo.invalidate(['t:a', 't:b']);
		expect(memo.size).toBe(1);
	});
});

import { describe, expect, inject, test } from 'vitest';
import { editingDatabase, saved } from './fixture.ts';
import { alignedPairs, translationMemory } from './memory.ts';

describe('alignedPairs', () => {
	test('title, summary and, where the blocks and sentences line up, the body by position', () => {
		expect(
			alignedPairs(
				{ title: 'Titel', summary: '', body: '## Kop\n\nEen. Twee.' },
				{ title: 'Titre', summary: 'Résumé', body: '## Titre\n\nUn. Deux.' }
			)
		).toEqual([
			{ source: 'Titel', target: 'Titre' },
			{ source: 'Kop', target: 'Titre' },
			{ source: 'Een.', target: 'Un.' },
			{ source: 'Twee.', target: 'Deux.' }
		]);
	});

	test('a body whose sentences do not line up gives no pair; a copy of the source is none either', () => {
		expect(
			alignedPairs(
				{ title: 'Zelfde', summary: '', body: 'Een. Twee.' },
				{ title: 'Zelfde', summary: '', body: 'Un et deux.' }
			)
		).toEqual([]);
	});
});

describe.each(inject('databases'))('editing: the translation memory on $name', ({ adminUrl }) => {
	const { t, create, edit } = editingDatabase(adminUrl);

	test("a sentence translated in another entry of the site is offered, with that entry's title", async () => {
		const shared = 'Vakbonden eisen een leefbaar loon.';
		const first = await create({
			title: 'Minimumloon in Benin',
			summary: 'Kort nieuws.',
			body: `Het minimumloon stijgt. ${shared}\n\n- Een tweede blok.`
		});
		saved(
			await edit(first.entryId, 'fr', {
				title: 'Salaire minimum au Bénin',
				summary: 'Brève.',
				body: 'Le salaire minimum augmente. Les syndicats exigent un salaire vital.\n\n- Un deuxième bloc.'
			})
		);
		// Its French body does not line up sentence by sentence: only its title can be a pair.
		const loose = await create({ title: 'Los', body: `${shared} Meer niet.` });
		saved(await edit(loose.entryId, 'fr', { title: 'Libre', body: 'Une seule phrase ici.' }));
		// An outdated translation is no memory: its source changed after it.
		const stale = await create({ title: 'Oud', body: shared });
		saved(await edit(stale.entryId, 'fr', { title: 'Ancien', body: 'Une vieille traduction.' }));
		saved(await edit(stale.entryId, 'nl', { title: 'Oud, herzien' }));

		const second = await create({
			title: 'Acties in Togo',
			body: `In Lomé gaan ze de straat op.\n\n-   ${shared}`
		});
		const memory = await translationMemory(t.db, {
			siteId: 'wsm',
			entryId: second.entryId,
			sourceLocale: 'nl',
			targetLocale: 'fr',
			text: {
				title: 'Acties in Togo',
				summary: 'Kort nieuws.',
				body: `In Lomé gaan ze de straat op.\n\n-   ${shared}`
			}
		});
		expect(memory).toEqual([
			{
				source: 'Kort nieuws.',
				matches: [
					{
						translation: 'Brève.',
						entryId: first.entryId,
						title: 'Salaire minimum au Bénin',
						updatedAt: expect.any(Date)
					}
				]
			},
			{
				source: shared,
				matches: [
					{
						translation: 'Les syndicats exigent un salaire vital.',
						entryId: first.entryId,
						title: 'Salaire minimum au Bénin',
						updatedAt: expect.any(Date)
					}
				]
			}
		]);

		// Not from the entry itself, another language or another site.
		const own = await translationMemory(t.db, {
			siteId: 'wsm',
			entryId: first.entryId,
			sourceLocale: 'nl',
			targetLocale: 'fr',
			text: { title: 'Minimumloon in Benin', summary: '', body: shared }
		});
		expect(own).toEqual([]);
		for (const other of [
			{ siteId: 'wsm', targetLocale: 'es' as const },
			{ siteId: 'fos', targetLocale: 'fr' as const }
		]) {
			expect(
				await translationMemory(t.db, {
					...other,
					entryId: second.entryId,
					sourceLocale: 'nl',
					text: { title: '', summary: '', body: shared }
				})
			).toEqual([]);
		}
	});

	test('at most three translations per sentence, newest first, each different', async () => {
		const sentence = 'Sociale bescherming is een recht.';
		const made: string[] = [];
		for (const [i, french] of [
			'Une ancienne traduction.',
			'Protéger est un droit.',
			'La sécurité sociale est un droit.',
			'La protection sociale est un droit.',
			'La protection sociale est un droit.'
		].entries()) {
			const entry = await create({ title: `Bescherming ${i}`, summary: '', body: sentence });
			saved(
				await edit(entry.entryId, 'fr', {
					title: `Protection ${i}`,
					summary: '',
					body: french,
					now: new Date(Date.UTC(2026, 0, 1 + i))
				})
			);
			made.push(entry.entryId);
		}
		const [memory] = await translationMemory(t.db, {
			siteId: 'wsm',
			entryId: made[0]!,
			sourceLocale: 'nl',
			targetLocale: 'fr',
			text: { title: '', summary: '', body: sentence }
		});
		expect(memory?.matches.map((match) => [match.translation, match.title])).toEqual([
			['La protection sociale est un droit.', 'Protection 4'],
			['La sécurité sociale est un droit.', 'Protection 2'],
			['Protéger est un droit.', 'Protection 1']
		]);
	});
});

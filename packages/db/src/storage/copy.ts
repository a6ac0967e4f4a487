// Moving an estate to another store (disk to S3 when a second machine comes): every object the
// target lacks is read from the source and written to the target. Objects never change (the key
// is their hash), so an object already there is skipped and an interrupted copy can simply run
// again.
import type { MediaStore } from './store.ts';

export interface CopySummary {
	copied: number;
	skipped: number;
	bytes: number;
}

export async function copyMediaStore(
	from: MediaStore,
	to: MediaStore,
	onCopied: (key: string, size: number) => void = () => {}
): Promise<CopySummary> {
	const summary: CopySummary = { copied: 0, skipped: 0, bytes: 0 };
	for await (const key of from.keys()) {
		if (await to.stat(key)) {
			summary.skipped += 1;
			continue;
		}
		const object = await from.get(key);
		// Gone since the listing (removed by an editor meanwhile): nothing to copy.
		if (!object) continue;
		const bytes = new Uint8Array(await new Response(object.body).arrayBuffer());
		await to.put(key, bytes);
		summary.copied += 1;
		summary.bytes += bytes.byteLength;
		onCopied(key, bytes.byteLength);
	}
	return summary;
}

// A site's media library: files and images, their resized copies and alt texts.
import type { ColumnType, Generated } from 'kysely';
import type { CreatedAt, Locale } from './columns.ts';

export interface MediaTable {
	id: Generated<string>;
	site_id: string | null;
	storage_key: string;
	filename: string;
	mime_type: string;
	byte_size: ColumnType<string, number | bigint | string, number | bigint | string>;
	width: number | null;
	height: number | null;
	focal_x: number | null;
	focal_y: number | null;
	decorative: Generated<boolean>;
	/** Who made it, shown under it on an article; null when unknown. */
	credit: string | null;
	created_by: string | null;
	created_at: CreatedAt;
}

export type ImageFormat = 'avif' | 'webp' | 'jpeg';

export interface MediaVariantsTable {
	media_id: string;
	format: ImageFormat;
	width: number;
	height: number;
	storage_key: string;
	byte_size: number;
}

export interface MediaAltTextsTable {
	media_id: string;
	locale: Locale;
	alt_text: string;
}

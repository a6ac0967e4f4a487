import { mediaFile } from '@solidair/app-kit/server';
import { site } from '#lib/site.ts';

export const GET = ({ params }) => mediaFile(site, params.id, params.filename);

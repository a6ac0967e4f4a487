import { mediaFile } from '@solidair/app-kit/server';
import { site } from '#lib/site.ts';

export const GET = ({ params, request }) => mediaFile(site, params.id, params.filename, request);

import { networkMapPicture } from '@solidair/site-kit/server';
import { site } from '#lib/site.ts';

export const GET = ({ url }) => networkMapPicture(site, url);

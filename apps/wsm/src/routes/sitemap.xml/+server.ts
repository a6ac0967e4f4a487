import { publicOrigin, sitemap } from '@solidair/site-kit/server';
import { site } from '#lib/site.ts';

export const GET = ({ url }) => sitemap(site, publicOrigin(url));

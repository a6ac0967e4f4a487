import { sitemap } from '@solidair/site-kit/server';
import { publicOrigin } from '@solidair/app-kit/server';
import { site } from '#lib/site.ts';

export const GET = ({ url }) => sitemap(site, publicOrigin(url));

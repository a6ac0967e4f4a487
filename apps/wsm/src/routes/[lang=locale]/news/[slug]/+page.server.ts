import { loadArticle } from '@solidair/site-kit/server';
import { site } from '#lib/site.ts';

export const load = ({ locals, params }) => loadArticle(site, locals.locale, params.slug);

// What search engines and social networks read: JSON-LD, sitemap.xml and robots.txt.
import type { Locale } from '@solidair/i18n';

/** Serialises structured data for a `<script type="application/ld+json">`, safe inside HTML. */
export function jsonLd(data: Record<string, unknown>): string {
	// `<` escaped: a title containing `</script>` cannot end the element early.
	return JSON.stringify({ '@context': 'https://schema.org', ...data })
		.replaceAll('<', '\\u003c')
		.replaceAll('\u2028', '\\u2028')
		.replaceAll('\u2029', '\\u2029');
}

/** The `<script>` element itself, for `{@html}` in `<svelte:head>`. */
export function jsonLdScript(data: Record<string, unknown>): string {
	return `<script type="application/ld+json">${jsonLd(data)}</script>`;
}

export function organisation(site: {
	name: string;
	url: string;
	logo?: string;
	legalName?: string;
	email?: string;
	telephone?: string;
	address?: { street: string; postalCode: string; locality: string };
}) {
	return {
		'@type': 'NGO',
		name: site.name,
		url: site.url,
		...(site.logo && { logo: site.logo }),
		...(site.legalName && { legalName: site.legalName }),
		...(site.email && { email: site.email }),
		...(site.telephone && { telephone: site.telephone }),
		...(site.address && {
			address: {
				'@type': 'PostalAddress',
				streetAddress: site.address.street,
				postalCode: site.address.postalCode,
				addressLocality: site.address.locality,
				addressCountry: 'BE'
			}
		})
	};
}

/** The breadcrumb trail a page shows, as structured data with absolute URLs. */
export function breadcrumbList(crumbs: Array<{ href: string; label: string }>, origin: string) {
	return {
		'@type': 'BreadcrumbList',
		itemListElement: crumbs.map((crumb, index) => ({
			'@type': 'ListItem',
			position: index + 1,
			name: crumb.label,
			item: new URL(crumb.href, origin).href
		}))
	};
}

export function newsArticle(article: {
	headline: string;
	description: string;
	url: string;
	datePublished: string;
	dateModified: string;
	author: string | null;
	publisher: { name: string; url: string };
	inLanguage: Locale;
	image?: string;
}) {
	return {
		'@type': 'NewsArticle',
		headline: article.headline.slice(0, 110),
		description: article.description,
		mainEntityOfPage: article.url,
		url: article.url,
		datePublished: article.datePublished,
		dateModified: article.dateModified,
		inLanguage: article.inLanguage,
		author: article.author
			? { '@type': 'Person', name: article.author }
			: { '@type': 'Organization', name: article.publisher.name, url: article.publisher.url },
		publisher: { '@type': 'Organization', name: article.publisher.name, url: article.publisher.url },
		...(article.image && { image: [article.image] })
	};
}

export function event(details: {
	name: string;
	description: string;
	url: string;
	startDate: string;
	endDate: string;
	place?: string | null;
	onlineUrl?: string | null;
	organiser: { name: string; url: string };
	inLanguage: Locale;
}) {
	const physical = details.place
		? { '@type': 'Place', name: details.place, address: details.place }
		: undefined;
	const virtual = details.onlineUrl ? { '@type': 'VirtualLocation', url: details.onlineUrl } : undefined;
	const location = physical && virtual ? [physical, virtual] : (physical ?? virtual);
	return {
		'@type': 'Event',
		name: details.name,
		description: details.description,
		url: details.url,
		startDate: details.startDate,
		endDate: details.endDate,
		eventStatus: 'https://schema.org/EventScheduled',
		eventAttendanceMode: `https://schema.org/${physical && virtual ? 'Mixed' : virtual ? 'Online' : 'Offline'}EventAttendanceMode`,
		location,
		organizer: { '@type': 'Organization', name: details.organiser.name, url: details.organiser.url },
		inLanguage: details.inLanguage
	};
}

export function jobPosting(job: {
	title: string;
	description: string;
	url: string;
	datePosted: string;
	validThrough: string;
	employmentType: string;
	place: string;
	hiringOrganisation: { name: string; url: string };
}) {
	return {
		'@type': 'JobPosting',
		title: job.title,
		description: job.description,
		url: job.url,
		datePosted: job.datePosted,
		validThrough: job.validThrough,
		employmentType: job.employmentType,
		hiringOrganization: {
			'@type': 'Organization',
			name: job.hiringOrganisation.name,
			sameAs: job.hiringOrganisation.url
		},
		jobLocation: {
			'@type': 'Place',
			address: { '@type': 'PostalAddress', addressLocality: job.place, addressCountry: 'BE' }
		}
	};
}

const xmlEscape = (text: string) =>
	text
		.replaceAll('&', '&amp;')
		.replaceAll('<', '&lt;')
		.replaceAll('>', '&gt;')
		.replaceAll('"', '&quot;')
		.replaceAll("'", '&apos;');

export interface SitemapUrl {
	loc: string;
	lastmod?: string;
	/** The same page in every language it exists in, this one included (hreflang → absolute URL). */
	alternates: Array<{ hreflang: string; href: string }>;
}

/** A sitemap (sitemaps.org 0.9) with `xhtml:link` alternates per locale, as search engines read them. */
export function sitemapXml(urls: SitemapUrl[]): string {
	const body = urls
		.map((url) => {
			const links = url.alternates
				.map(
					(alt) =>
						`<xhtml:link rel="alternate" hreflang="${xmlEscape(alt.hreflang)}" href="${xmlEscape(alt.href)}"/>`
				)
				.join('');
			const lastmod = url.lastmod ? `<lastmod>${xmlEscape(url.lastmod)}</lastmod>` : '';
			return `<url><loc>${xmlEscape(url.loc)}</loc>${lastmod}${links}</url>`;
		})
		.join('\n');
	return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n${body}\n</urlset>\n`;
}

/** robots.txt: everything public may be crawled; the sitemap says where it all is. */
export function robotsTxt(origin: string): string {
	return `User-agent: *\nAllow: /\nDisallow: /*?after=\n\nSitemap: ${origin}/sitemap.xml\n`;
}

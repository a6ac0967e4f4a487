// The public sites' server side: loaders and actions of their pages, feeds, calendars, SEO files,
// the page cache and signed previews. Plumbing every app shares is in `@solidair/app-kit/server`.
export { loadSectionLanding, loadSectionPage, publicLayoutData } from './pages.ts';
export { loadArticle, loadNewsList } from './news.ts';
export { entryPath, eventPath, isPreviewPath, newsPath, previewPath, vacancyPath } from './paths.ts';
export { loadPreview, type PreviewData } from './preview.ts';
export { jsonLd, jsonLdScript, robotsTxt, sitemapXml, type SitemapUrl } from '../seo.ts';
export { loadAgenda, loadEvent } from './agenda.ts';
export { loadVacancies, loadVacancy } from './vacancies.ts';
export { atomFeed, type FeedEntry } from './feed.ts';
export { agendaCalendar, eventCalendar, newsFeed } from './endpoints.ts';
export { countryPath, loadCountry, loadNetwork, networkSection } from './network.ts';
export { donateAction, loadDonate } from './donate.ts';
export { contactAction, loadContact } from './contact.ts';
export { loadNewsletter, subscribeAction, tokenAction } from './newsletter.ts';
export { loadSearch } from './search.ts';
export { isLocaleFreePath, robots, sitemap } from './sitemap.ts';
export { cacheHandle } from './cache.ts';
export { entryTag, listsTag, mediaTag, tagPage } from './page-tags.ts';
export { loadMenus } from './menus.ts';
export { loadPublications } from './publications.ts';
export { loadHome } from './home.ts';
export { mapPicturePath, networkMapPicture } from './map-picture.ts';

export { database } from './database.ts';
export { healthHandle, isOperationalPath } from './health.ts';
export { renderMarkdown } from './markdown.ts';
export { loadSectionLanding, loadSectionPage, publicLayoutData } from './pages.ts';
export { loadArticle, loadNewsList, newsPath } from './news.ts';
export { jsonLd, jsonLdScript, robotsTxt, sitemapXml, type SitemapUrl } from './seo.ts';
export { eventPath, loadAgenda, loadEvent } from './agenda.ts';
export { loadVacancies, loadVacancy, vacancyPath } from './vacancies.ts';

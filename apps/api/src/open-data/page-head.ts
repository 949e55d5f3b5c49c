export type PageLanguage = 'sv' | 'en';

export interface PageHead {
  language: PageLanguage;
  title: string;
  description: string;
  /** The page's address without a language parameter. */
  url: string;
  image: string;
  type: 'website' | 'article';
  jsonLd: object[];
}

const LOCALES: Record<PageLanguage, string> = { sv: 'sv_SE', en: 'en_GB' };

function escapeHtml(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** JSON inside <script>: nothing in it may close the element or open a comment. */
function scriptJson(value: object): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

export function withLanguage(url: string, language: PageLanguage): string {
  const parsed = new URL(url);
  parsed.searchParams.set('lang', language);
  return parsed.toString();
}

/** Short plain text from Markdown, for descriptions. */
export function plainText(markdown: string, max = 200): string {
  const text = markdown
    .replace(/!\[[^\]]*\]\([^)]*\)/g, '')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[*_`#>~]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}

/** The tags crawlers and link previews read, which run no script. */
export function headTags(head: PageHead): string {
  const tags = [
    `<title>${escapeHtml(head.title)}</title>`,
    `<meta name="description" content="${escapeHtml(head.description)}" />`,
    `<link rel="canonical" href="${escapeHtml(withLanguage(head.url, head.language))}" />`,
    ...(['sv', 'en'] as const).map(
      (language) =>
        `<link rel="alternate" hreflang="${language}" href="${escapeHtml(withLanguage(head.url, language))}" />`,
    ),
    `<link rel="alternate" hreflang="x-default" href="${escapeHtml(head.url)}" />`,
    `<meta property="og:type" content="${head.type}" />`,
    `<meta property="og:title" content="${escapeHtml(head.title)}" />`,
    `<meta property="og:description" content="${escapeHtml(head.description)}" />`,
    `<meta property="og:url" content="${escapeHtml(withLanguage(head.url, head.language))}" />`,
    `<meta property="og:image" content="${escapeHtml(head.image)}" />`,
    `<meta property="og:locale" content="${LOCALES[head.language]}" />`,
    `<meta property="og:locale:alternate" content="${LOCALES[head.language === 'sv' ? 'en' : 'sv']}" />`,
    `<meta property="og:site_name" content="Hackboard" />`,
    `<meta name="twitter:card" content="summary_large_image" />`,
    `<meta name="twitter:title" content="${escapeHtml(head.title)}" />`,
    `<meta name="twitter:description" content="${escapeHtml(head.description)}" />`,
    `<meta name="twitter:image" content="${escapeHtml(head.image)}" />`,
    ...head.jsonLd.map((item) => `<script type="application/ld+json">${scriptJson(item)}</script>`),
  ];
  return tags.join('\n    ');
}

/** The built index.html with the page's language, title and head tags in place of the generic ones. */
export function renderIndex(indexHtml: string, head: PageHead): string {
  return indexHtml
    .replace(/<html lang="[^"]*"/, `<html lang="${head.language}"`)
    .replace(/\s*<meta name="description"[^>]*>/, '')
    .replace(/<title>[\s\S]*?<\/title>/, () => headTags(head));
}

import { type PageHead, plainText, renderIndex } from './page-head.js';

const INDEX = `<!doctype html>
<html lang="sv">
  <head>
    <meta name="description" content="Hackboard" />
    <title>Hackboard</title>
  </head>
  <body><div id="root"></div></body>
</html>`;

function head(overrides: Partial<PageHead> = {}): PageHead {
  return {
    language: 'en',
    title: 'Hack',
    description: 'A hackathon',
    url: 'https://hack.example.se/events/hack',
    image: 'https://hack.example.se/og-image.png',
    type: 'website',
    jsonLd: [],
    ...overrides,
  };
}

describe('page head', () => {
  it('replaces the generic title, description and language with the page’s own', () => {
    const html = renderIndex(INDEX, head());
    expect(html).toContain('<html lang="en"');
    expect(html.match(/<title>/g)).toHaveLength(1);
    expect(html.match(/name="description"/g)).toHaveLength(1);
    expect(html).toContain('<link rel="canonical" href="https://hack.example.se/events/hack?lang=en" />');
  });

  it('keeps text written by organizers from closing an element or a script', () => {
    const hostile = 'Hack "x" </title></script><script>alert(1)</script> $& $1';
    const html = renderIndex(
      INDEX,
      head({ title: hostile, description: hostile, jsonLd: [{ '@type': 'Event', name: hostile }] }),
    );
    expect(html).not.toContain('<script>alert(1)');
    expect(html).toContain(
      '<title>Hack &quot;x&quot; &lt;/title&gt;&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt; $&amp; $1</title>',
    );
    const json = /<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(html)![1]!;
    expect(JSON.parse(json)).toEqual({ '@type': 'Event', name: hostile });
  });

  it('makes short plain text of Markdown', () => {
    expect(plainText('A **bold** [link](https://x.se) and `code`')).toBe('A bold link and code');
    expect(plainText('word '.repeat(100), 20)).toHaveLength(20);
  });
});

import { describe, expect, it } from 'vitest';
import { renderMarkdown } from './markdown';

describe('renderMarkdown', () => {
  it('renders emphasis, links and lists', () => {
    const html = renderMarkdown('**open data** from [Lantmäteriet](https://www.lantmateriet.se)\n\n- one\n- two');
    expect(html).toContain('<strong>open data</strong>');
    expect(html).toContain('<a href="https://www.lantmateriet.se">Lantmäteriet</a>');
    expect(html).toContain('<li>one</li>');
  });

  it('removes script, event handlers and javascript: links', () => {
    const html = renderMarkdown(
      '<script>alert(1)</script><img src=x onerror="alert(2)"> [click](javascript:alert(3)) <a href="JaVaScRiPt:alert(4)">x</a>',
    );
    expect(html).not.toMatch(/<script|onerror|href="javascript:/i);
    expect(renderMarkdown('[click](javascript:void 0)')).not.toMatch(/href="javascript:/i);
  });
});

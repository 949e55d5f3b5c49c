import { useMemo } from 'react';
import { renderMarkdown } from '../../lib/markdown';

/** Markdown written by organizers, challenge owners or teams, rendered safely. */
export function MarkdownContent({ source, className = 'prose' }: { source: string; className?: string }) {
  const html = useMemo(() => renderMarkdown(source), [source]);
  return <div className={className} dangerouslySetInnerHTML={{ __html: html }} />;
}

// Talking points are written in Markdown; they are rendered with marked and sanitised with
// DOMPurify before they reach the page, since the text comes from the database.
import DOMPurify from 'dompurify';
import { marked } from 'marked';
import { useMemo } from 'react';

export function markdownToHtml(text: string): string {
  return DOMPurify.sanitize(marked.parse(text, { async: false, gfm: true, breaks: false }), { USE_PROFILES: { html: true } });
}

export function MarkdownBlock({ text }: { text: string }) {
  const html = useMemo(() => markdownToHtml(text), [text]);
  return <div className="markdown" dangerouslySetInnerHTML={{ __html: html }} />;
}

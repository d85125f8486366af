// The running header and footer of every page: the document's name and the classification
// marking at the head, the ministry and «page X of Y» at the foot. They are CSS page-margin
// boxes, so they use the bundled Noto Sans like the body (Chromium's header templates can't
// load web fonts) and print the same to PDF and to paper.
import { pageBox, type PrintLayout } from '../../../domain/print-options';

/** A CSS string literal for any text: every character outside letters, digits and spaces escaped. */
function cssString(text: string): string {
  const escaped = [...text].map((char) => (/[\p{L}\p{N} ]/u.test(char) ? char : `\\${char.codePointAt(0)?.toString(16)} `)).join('');
  return `"${escaped}"`;
}

/** "Page {{page}} of {{total}}" as CSS content with the page counters in their places. */
function pageCounter(pattern: string): string {
  return pattern
    .split(/(\{\{page\}\}|\{\{total\}\})/)
    .filter(Boolean)
    .map((part) => (part === '{{page}}' ? 'counter(page)' : part === '{{total}}' ? 'counter(pages)' : cssString(part)))
    .join(' ');
}

export interface RunningHeadTexts {
  layout: PrintLayout;
  /** The classification marking, or '' for none. */
  marking: string;
  /** What the document is, e.g. "Briefing pack". */
  documentName: string;
  /** The ministry's name, at the foot of every page. */
  issuer: string;
  /** "Page {{page}} of {{total}}" in the document's language. */
  pageOf: string;
}

export function pageRules(texts: RunningHeadTexts): string {
  const box = "font-family: 'Noto Sans', sans-serif; font-size: 7.5pt; color: #3a4658;";
  const marking = texts.marking
    ? `@top-right { content: ${cssString(texts.marking)}; ${box} font-size: 8.5pt; font-weight: 600; color: #8a1c1c; vertical-align: bottom; padding-bottom: 4mm; }`
    : '';
  return `@page {
  ${pageBox(texts.layout)}
  @top-left { content: ${cssString(texts.documentName)}; ${box} vertical-align: bottom; padding-bottom: 4mm; }
  ${marking}
  @bottom-left { content: ${cssString(texts.issuer)}; ${box} vertical-align: top; padding-top: 4mm; }
  @bottom-right { content: ${pageCounter(texts.pageOf)}; ${box} vertical-align: top; padding-top: 4mm; white-space: nowrap; }
}
@page :first { @top-left { content: none; } }`;
}

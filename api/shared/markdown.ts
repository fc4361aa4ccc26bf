// Markdown to HTML, safely: raw HTML in the source is escaped (never passed through), and links
// with script-like schemes (javascript:, vbscript:, data: other than images) are refused by markdown-it.
import MarkdownIt from 'markdown-it';

const md = new MarkdownIt({ html: false, linkify: true, typographer: true, breaks: false });

// External links open safely: no referrer leak and no window.opener access.
const defaultLinkOpen = md.renderer.rules.link_open ?? ((tokens, idx, options, _env, self) => self.renderToken(tokens, idx, options));
md.renderer.rules.link_open = (tokens, idx, options, env, self) => {
  const token = tokens[idx]!;
  const href = String(token.attrGet('href') ?? '');
  if (/^https?:\/\//i.test(href)) token.attrSet('rel', 'noopener noreferrer nofollow');
  return defaultLinkOpen(tokens, idx, options, env, self);
};

export function renderMarkdown(source: string | null | undefined): string {
  return source ? md.render(source) : '';
}

/**
 * The text a reader sees of a markdown source, without its syntax (emphasis marks, link targets, list
 * bullets): what search highlights are computed on. Blocks are separated by a line break.
 */
export function markdownPlainText(source: string | null | undefined): string {
  if (!source) return '';
  const blocks: string[] = [];
  for (const token of md.parse(source, {})) {
    if (token.type !== 'inline') continue;
    const text = (token.children ?? [])
      .map((c) => (c.type === 'text' || c.type === 'code_inline' ? c.content : c.type === 'softbreak' || c.type === 'hardbreak' ? ' ' : ''))
      .join('');
    if (text.length > 0) blocks.push(text);
  }
  return blocks.join('\n');
}

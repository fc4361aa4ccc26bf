// A field's text with the words a search matched marked (<mark>), from the API's ranges: plain text
// in, React elements out, so no HTML from the data is ever interpreted.
interface Highlight {
  text: string;
  offset: number;
  clippedEnd: boolean;
  ranges: { start: number; length: number }[];
}

export function Highlighted({ highlight }: { highlight: Highlight }) {
  const { text, ranges } = highlight;
  const parts: (string | { mark: string })[] = [];
  let at = 0;
  for (const { start, length } of [...ranges].sort((a, b) => a.start - b.start)) {
    if (start < at || start + length > text.length) continue;
    if (start > at) parts.push(text.slice(at, start));
    parts.push({ mark: text.slice(start, start + length) });
    at = start + length;
  }
  if (at < text.length) parts.push(text.slice(at));
  return (
    <>
      {highlight.offset > 0 && '… '}
      {parts.map((part, index) => (typeof part === 'string' ? part : <mark key={index}>{part.mark}</mark>))}
      {highlight.clippedEnd && ' …'}
    </>
  );
}

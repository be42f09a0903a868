import { Code, Mark, Tooltip } from '@mantine/core';
import type { ReactNode } from 'react';

export interface Span {
  readonly start: number;
  readonly end: number;
  readonly label: string;
}

/** Renders `text` with the given [start, end) spans marked; overlapping spans are merged. */
export function HighlightedText({ text, spans }: { text: string; spans: readonly Span[] }) {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const parts: ReactNode[] = [];
  let at = 0;
  for (const span of sorted) {
    if (span.end <= at) continue;
    const start = Math.max(span.start, at);
    if (start > at) parts.push(text.slice(at, start));
    parts.push(
      <Tooltip key={`${String(start)}-${span.label}`} label={span.label}>
        <Mark color="red" data-testid="span">
          {text.slice(start, span.end)}
        </Mark>
      </Tooltip>,
    );
    at = span.end;
  }
  parts.push(text.slice(at));
  return (
    <Code block style={{ whiteSpace: 'pre-wrap' }}>
      {parts}
    </Code>
  );
}

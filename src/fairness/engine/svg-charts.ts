/** Small inline-SVG charts for the HTML report: no scripts, no external files. */

export const PALETTE = [
  '#2563eb',
  '#dc2626',
  '#16a34a',
  '#9333ea',
  '#ea580c',
  '#0891b2',
  '#ca8a04',
  '#db2777',
];

/** Escapes text for HTML and SVG. */
export function escapeHtml(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string,
  );
}

const pct = (x: number): string => (Number.isFinite(x) ? `${(100 * x).toFixed(1)}%` : 'n/a');

export interface BarWithInterval {
  readonly label: string;
  readonly value: number;
  readonly lower?: number;
  readonly upper?: number;
  readonly color?: string;
}

/**
 * Horizontal bars on a 0–100% axis with whiskers for the interval and a dashed line at the
 * reference (overall) value.
 */
export function barChart(
  title: string,
  bars: readonly BarWithInterval[],
  reference?: number,
): string {
  const labelWidth = 170;
  const plotWidth = 330;
  const rowHeight = 26;
  const height = 34 + bars.length * rowHeight + 22;
  const x = (v: number): number => labelWidth + Math.max(0, Math.min(1, v)) * plotWidth;
  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${labelWidth + plotWidth + 60}" height="${height}" role="img" aria-label="${escapeHtml(title)}">`,
    `<text x="0" y="16" font-weight="600" font-size="14">${escapeHtml(title)}</text>`,
  ];
  for (const tick of [0, 0.25, 0.5, 0.75, 1]) {
    parts.push(
      `<line x1="${x(tick)}" y1="28" x2="${x(tick)}" y2="${height - 20}" stroke="#e5e7eb"/>`,
    );
    parts.push(
      `<text x="${x(tick)}" y="${height - 6}" font-size="10" text-anchor="middle" fill="#6b7280">${tick * 100}%</text>`,
    );
  }
  bars.forEach((b, i) => {
    const y = 34 + i * rowHeight;
    const color = b.color ?? PALETTE[i % PALETTE.length];
    parts.push(
      `<text x="${labelWidth - 8}" y="${y + 14}" font-size="12" text-anchor="end">${escapeHtml(b.label.length > 24 ? b.label.slice(0, 23) + '…' : b.label)}</text>`,
    );
    if (Number.isFinite(b.value)) {
      parts.push(
        `<rect x="${labelWidth}" y="${y + 3}" width="${x(b.value) - labelWidth}" height="16" fill="${color}" opacity="0.8"><title>${escapeHtml(b.label)}: ${pct(b.value)}</title></rect>`,
      );
      if (b.lower !== undefined && b.upper !== undefined && Number.isFinite(b.lower)) {
        parts.push(
          `<line x1="${x(b.lower)}" y1="${y + 11}" x2="${x(b.upper)}" y2="${y + 11}" stroke="#111827" stroke-width="1.5"/>`,
        );
        for (const end of [b.lower, b.upper])
          parts.push(
            `<line x1="${x(end)}" y1="${y + 6}" x2="${x(end)}" y2="${y + 16}" stroke="#111827" stroke-width="1.5"/>`,
          );
      }
      parts.push(
        `<text x="${Math.max(x(b.value), b.upper === undefined ? 0 : x(b.upper)) + 6}" y="${y + 15}" font-size="11">${pct(b.value)}</text>`,
      );
    } else {
      parts.push(
        `<text x="${labelWidth + 4}" y="${y + 15}" font-size="11" fill="#6b7280">undefined (no rows)</text>`,
      );
    }
  });
  if (reference !== undefined && Number.isFinite(reference)) {
    parts.push(
      `<line x1="${x(reference)}" y1="28" x2="${x(reference)}" y2="${height - 20}" stroke="#111827" stroke-dasharray="4 3"><title>overall ${pct(reference)}</title></line>`,
    );
  }
  parts.push('</svg>');
  return parts.join('');
}

export interface LineSeries {
  readonly label: string;
  readonly points: readonly { readonly x: number; readonly y: number; readonly weight?: number }[];
}

/** Lines over a numeric x axis and a 0–100% y axis, with an optional diagonal and a legend. */
export function lineChart(
  title: string,
  series: readonly LineSeries[],
  options: { xLabel: string; yLabel: string },
): string {
  const width = 520;
  const height = 320;
  const left = 50;
  const top = 30;
  const plotW = 300;
  const plotH = 240;
  const xs = series.flatMap((s) => s.points.map((p) => p.x));
  const xMin = Math.min(...xs);
  const xMax = Math.max(...xs);
  const sx = (v: number): number =>
    left + (xMax === xMin ? 0.5 : (v - xMin) / (xMax - xMin)) * plotW;
  const sy = (v: number): number => top + (1 - v) * plotH;
  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" role="img" aria-label="${escapeHtml(title)}">`,
    `<text x="0" y="16" font-weight="600" font-size="14">${escapeHtml(title)}</text>`,
  ];
  for (const tick of [0, 0.25, 0.5, 0.75, 1]) {
    parts.push(
      `<line x1="${left}" y1="${sy(tick)}" x2="${left + plotW}" y2="${sy(tick)}" stroke="#e5e7eb"/>`,
    );
    parts.push(
      `<text x="${left - 6}" y="${sy(tick) + 4}" font-size="10" text-anchor="end" fill="#6b7280">${tick * 100}%</text>`,
    );
  }
  for (const v of [...new Set(xs)]
    .sort((a, b) => a - b)
    .filter((_, i, a) => a.length <= 12 || i % Math.ceil(a.length / 10) === 0)) {
    parts.push(
      `<text x="${sx(v)}" y="${top + plotH + 14}" font-size="10" text-anchor="middle" fill="#6b7280">${Number.isInteger(v) ? v : v.toFixed(2)}</text>`,
    );
  }
  parts.push(
    `<text x="${left + plotW / 2}" y="${top + plotH + 30}" font-size="11" text-anchor="middle">${escapeHtml(options.xLabel)}</text>`,
  );
  parts.push(
    `<text x="12" y="${top + plotH / 2}" font-size="11" text-anchor="middle" transform="rotate(-90 12 ${top + plotH / 2})">${escapeHtml(options.yLabel)}</text>`,
  );
  series.forEach((s, i) => {
    const color = PALETTE[i % PALETTE.length] as string;
    const pts = s.points.filter((p) => Number.isFinite(p.y));
    parts.push(
      `<polyline fill="none" stroke="${color}" stroke-width="2" points="${pts.map((p) => `${sx(p.x).toFixed(1)},${sy(p.y).toFixed(1)}`).join(' ')}"/>`,
    );
    for (const p of pts)
      parts.push(
        `<circle cx="${sx(p.x).toFixed(1)}" cy="${sy(p.y).toFixed(1)}" r="3" fill="${color}"><title>${escapeHtml(s.label)} at ${p.x}: ${pct(p.y)}${p.weight === undefined ? '' : ` (${p.weight} rows)`}</title></circle>`,
      );
    const ly = top + 10 + i * 18;
    parts.push(
      `<rect x="${left + plotW + 16}" y="${ly - 9}" width="12" height="12" fill="${color}"/>`,
    );
    parts.push(
      `<text x="${left + plotW + 34}" y="${ly + 1}" font-size="11">${escapeHtml(s.label.length > 20 ? s.label.slice(0, 19) + '…' : s.label)}</text>`,
    );
  });
  parts.push('</svg>');
  return parts.join('');
}

/** Paired bars per group: a metric before and after mitigation. */
export function beforeAfterChart(
  title: string,
  rows: readonly { label: string; before: number; after: number }[],
): string {
  const bars: BarWithInterval[] = rows.flatMap((r) => [
    { label: `${r.label} — before`, value: r.before, color: '#9ca3af' },
    { label: `${r.label} — after`, value: r.after, color: '#2563eb' },
  ]);
  return barChart(title, bars);
}

// The command line's JSON line for one report (the report itself), and its short human-readable form.
import type { Report } from '../lib/report';
import { createWords } from '../utils/presentation/words';
import { englishTranslate } from './messages';

const words = createWords(englishTranslate);

/** What `--json` prints for one input: the engine's report itself, with the input it was read from. */
export type CliReport = { input: string } & Report;

export function toCliReport(input: string, r: Report): CliReport {
  return { input, ...r };
}

/** Plain text only: control characters from the page are removed so they cannot drive the terminal. */
function plain(s: string | null | undefined): string {
  return (s ?? '').replace(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, ' ');
}

export function toText(c: CliReport): string {
  const lines = [`${plain(c.input)}`];
  lines.push(
    `  status:     ${c.status} — ${plain(words.summaryLine(c))} (${words.confidenceLabel(c.confidence).toLowerCase()}, ${Math.round(c.confidence * 100)}%)`,
  );
  if (c.publisher) lines.push(`  publisher:  ${plain(c.publisher)}`);
  if (c.headline) lines.push(`  headline:   ${plain(c.headline)}`);
  for (const a of c.agencies) {
    lines.push(`  agency:     ${plain(a.name)} (${words.contributionLabel(a.contribution).toLowerCase()})`);
    for (const e of a.evidence.slice(0, 3)) lines.push(`                “${plain(e.text)}”`);
  }
  if (c.disclaimer) lines.push(`  disclaimer: “${plain(c.disclaimer.text)}”`);
  if (c.republishedFrom) lines.push(`  original:   ${plain(c.republishedFrom)}`);
  for (const e of c.embeds) {
    const who = [e.author, e.handle].filter(Boolean).map(plain).join(' ');
    lines.push(`  post:       ${words.platformLabel(e.platform)}${who ? ` by ${who}` : ''}${e.date ? `, ${e.date}` : ''}${e.url ? ` ${plain(e.url)}` : ''}`);
  }
  for (const e of c.statusEvidence.slice(0, 4)) lines.push(`  why:        ${plain(e.rule)}: “${plain(e.text)}”`);
  for (const w of c.diagnostics.warnings) lines.push(`  warning:    ${plain(w)}`);
  return lines.join('\n');
}

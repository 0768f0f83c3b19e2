// Chrome's message substitution rules, for places that read locales/en.yml without a browser (the
// command line, the extension's tests): named $placeholders$ from `placeholders`, then $1..$9, then $$.

export interface ChromeMessageText {
  message: string;
  placeholders?: Record<string, { content: string }>;
}

export function formatChromeMessage(m: ChromeMessageText, subs?: string | string[]): string {
  const args = subs == null ? [] : Array.isArray(subs) ? subs : [subs];
  const text = m.message.replace(/\$([a-z0-9_]{1,40})\$/gi, (all, key: string) => {
    const content = m.placeholders?.[key.toLowerCase()]?.content ?? m.placeholders?.[key]?.content;
    return content ?? all;
  });
  return text.replace(/\$(\$|[1-9])/g, (_, d: string) => (d === '$' ? '$' : (args[Number(d) - 1] ?? '')));
}

/**
 * @wxt-dev/i18n's plural forms: "one | other" or "zero | one | other", picked by the count (the
 * same rule its `i18n.t(key, count)` applies, so a chosen catalogue reads as the browser's would).
 */
export function pickPlural(message: string, count: number): string {
  const forms = message.split(' | ');
  if (forms.length === 2) return forms[count === 1 ? 0 : 1]!;
  if (forms.length === 3) return forms[count === 0 || count === 1 ? count : 2]!;
  return message;
}

// The command line's DOM: linkedom, several times faster than jsdom for parsing and for Readability.
import { parseHTML } from 'linkedom';

export function parseDocument(html: string): Document {
  const { document } = parseHTML(html);
  // linkedom leaves text-only input without a root element (and then throws on document.body);
  // browsers always build <html><head><body>, so do the same with the text in the body.
  if (!document.documentElement) {
    const wrapped = parseHTML('<!doctype html><html><head></head><body></body></html>').document;
    wrapped.body.textContent = html;
    return wrapped as unknown as Document;
  }
  return document as unknown as Document;
}

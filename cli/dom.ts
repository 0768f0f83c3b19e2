// The command line's DOM: linkedom, several times faster than jsdom for parsing and for Readability.
import { parseHTML } from 'linkedom';

export function parseDocument(html: string): Document {
  return parseHTML(html).document as unknown as Document;
}

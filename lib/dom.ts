// DOM helpers that work the same in a browser, linkedom (command line) and happy-dom (tests).
// Only standard, widely implemented APIs: no innerText, no layout.

/** querySelectorAll that never throws (a selector a DOM library does not support yields nothing). */
export function all(root: ParentNode, selector: string): Element[] {
  try {
    return Array.from(root.querySelectorAll(selector));
  } catch {
    return [];
  }
}

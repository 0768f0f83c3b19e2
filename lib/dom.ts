// DOM helpers that work the same in a browser, linkedom (command line) and happy-dom (tests).
// Only standard, widely implemented APIs: no innerText, no layout.

/** Text of an element with block boundaries kept as line breaks. */
export function textOf(node: Node | null | undefined): string {
  if (!node) return '';
  return node.textContent ?? '';
}

/** querySelectorAll that never throws (a selector a DOM library does not support yields nothing). */
export function all(root: ParentNode, selector: string): Element[] {
  try {
    return Array.from(root.querySelectorAll(selector));
  } catch {
    return [];
  }
}

export function first(root: ParentNode, selector: string): Element | null {
  try {
    return root.querySelector(selector);
  } catch {
    return null;
  }
}

/** Whether `el` or one of its ancestors matches the selector. */
export function closest(el: Element, selector: string): Element | null {
  try {
    return el.closest(selector);
  } catch {
    return null;
  }
}

/** The class and id of an element as one lowercase string, for cheap pattern checks. */
export function classAndId(el: Element): string {
  return `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`.toLowerCase();
}

// Mounting Preact trees in happy-dom, with act() so state updates and effects settle.
import { render, type VNode } from 'preact';
import { act } from 'preact/test-utils';

export function mount(vnode: VNode): HTMLElement {
  const el = document.createElement('div');
  document.body.append(el);
  act(() => {
    render(vnode, el);
  });
  return el;
}

export function unmountAll(): void {
  for (const el of [...document.body.children]) {
    render(null, el);
    el.remove();
  }
}

export function click(el: Element | null): void {
  if (!el) throw new Error('nothing to click');
  act(() => {
    (el as HTMLElement).click();
  });
}

export function type(input: Element | null, value: string): void {
  if (!input) throw new Error('no input');
  act(() => {
    (input as HTMLInputElement).value = value;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

export function submit(form: Element | null): void {
  if (!form) throw new Error('no form');
  act(() => {
    form.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
  });
}

/** Every link's href must be http(s) and open safely. */
export function linkProblems(root: Element): string[] {
  return [...root.querySelectorAll('a')].flatMap((a) => {
    const href = a.getAttribute('href') ?? '';
    const problems: string[] = [];
    if (!/^https?:\/\//.test(href)) problems.push(`bad href ${href}`);
    if (a.getAttribute('rel') !== 'noopener noreferrer') problems.push(`rel on ${href}`);
    return problems;
  });
}

/** Interactive elements without an accessible name (text, aria-label or a <label for>). */
export function unnamedControls(root: Element): string[] {
  return [...root.querySelectorAll('button, a, input, select, summary')].flatMap((el) => {
    const id = el.getAttribute('id');
    const named = (el.textContent ?? '').trim() || el.getAttribute('aria-label') || (id && root.querySelector(`label[for="${id}"]`)) || el.closest('label');
    return named ? [] : [el.outerHTML.slice(0, 80)];
  });
}

// What the term component tests need of the DOM beyond jsdom: the pieces Radix's layers use,
// and a way to tell whether a click on a term mark was kept from following its link.

/** Radix positions its layers with ResizeObserver and checks pointer capture; jsdom has neither. */
export function stubLayerDom(): void {
  window.ResizeObserver ??= class {
    observe() {}
    unobserve() {}
    disconnect() {}
  };
  (window.HTMLElement.prototype as unknown as { hasPointerCapture: () => boolean }).hasPointerCapture ??= () => false;
}

/**
 * Clicks a mark and tells whether the page kept the click from following the link. (The link
 * is then kept from being followed here anyway: jsdom cannot navigate.)
 */
export function clickPrevented(mark: HTMLElement, init: MouseEventInit = {}): boolean {
  let prevented = false;
  const after = (e: Event) => {
    prevented = e.defaultPrevented;
    e.preventDefault();
  };
  window.addEventListener("click", after);
  try {
    mark.dispatchEvent(new MouseEvent("click", { bubbles: true, cancelable: true, ...init }));
  } finally {
    window.removeEventListener("click", after);
  }
  return prevented;
}

/** An element named for a failure message: tag, first class, and the start of its text or its aria-label. */
export function describeElement(element: Element): string {
  const name = element.getAttribute('aria-label') ?? (element.textContent ?? '').trim().slice(0, 40);
  const className = typeof element.className === 'string' && element.className ? `.${element.className.split(' ')[0]}` : '';
  return `<${element.tagName.toLowerCase()}${className}> "${name}"`;
}

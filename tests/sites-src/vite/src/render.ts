export function render(el: Element | null, text: string): void {
  if (el) el.textContent = text;
}

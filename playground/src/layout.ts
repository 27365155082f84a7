/**
 * Resizable, collapsible panes (the window-splitter pattern): each splitter is a focusable
 * `role="separator"` with `aria-valuenow` (the size of the pane it controls, in per cent), moved
 * by arrow keys (Shift for bigger steps), Home and End, or by dragging; Enter collapses and
 * restores its pane. Each pane also has a Hide/Show button (`aria-expanded`).
 *
 * Sizes are CSS custom properties in one adopted stylesheet, so nothing writes a style
 * attribute (the page works under a strict style-src). They are remembered in sessionStorage.
 */
export interface SplitterOptions {
  element: HTMLElement;
  /** The custom property it sets, e.g. "--pg-designer-size". */
  property: string;
  /** "vertical" moves left and right; "horizontal" moves up and down. */
  orientation: 'vertical' | 'horizontal';
  min: number;
  max: number;
  initial: number;
  /** Words for aria-valuetext, e.g. (55) => "Designer 55% of the width". */
  describe: (value: number) => string;
  /** The pane it sizes, collapsed by Enter. */
  pane: Pane;
}

const sheet = new CSSStyleSheet();
document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
const sizes = new Map<string, number>();

function writeSizes(): void {
  const declarations = [...sizes].map(([property, value]) => `${property}: ${value}%;`).join(' ');
  sheet.replaceSync(`:root { ${declarations} }`);
}

const STORAGE_KEY = 'pathway-playground:layout';

function remembered(): Record<string, number | boolean> {
  try {
    return JSON.parse(sessionStorage.getItem(STORAGE_KEY) ?? '{}') as Record<string, number | boolean>;
  } catch {
    return {};
  }
}

function remember(key: string, value: number | boolean): void {
  try {
    sessionStorage.setItem(STORAGE_KEY, JSON.stringify({ ...remembered(), [key]: value }));
  } catch {
    /* the layout is only a convenience */
  }
}

/** A pane that can be hidden down to its header and shown again. */
export class Pane {
  readonly section: HTMLElement;
  readonly button: HTMLButtonElement;
  private readonly listeners: ((collapsed: boolean) => void)[] = [];

  constructor(section: HTMLElement, private readonly name: string) {
    this.section = section;
    this.button = section.querySelector<HTMLButtonElement>('.pg-collapse')!;
    this.button.addEventListener('click', () => this.toggle());
    if (remembered()[`collapsed:${section.id}`] === true) this.set(true);
    else this.render();
  }

  get collapsed(): boolean {
    return this.section.classList.contains('pg-collapsed');
  }

  onChange(listener: (collapsed: boolean) => void): void {
    this.listeners.push(listener);
  }

  toggle(): void {
    this.set(!this.collapsed);
  }

  set(collapsed: boolean): void {
    this.section.classList.toggle('pg-collapsed', collapsed);
    remember(`collapsed:${this.section.id}`, collapsed);
    this.render();
    for (const listener of this.listeners) listener(collapsed);
  }

  private render(): void {
    const collapsed = this.collapsed;
    this.button.setAttribute('aria-expanded', String(!collapsed));
    const word = this.button.querySelector('.pg-collapse-word');
    if (word) word.textContent = collapsed ? 'Show' : 'Hide';
    this.button.title = `${collapsed ? 'Show' : 'Hide'} the ${this.name}`;
  }
}

export function splitter(options: SplitterOptions): void {
  const { element, property, orientation, min, max, pane } = options;
  const saved = remembered()[property];
  let value = typeof saved === 'number' && saved >= min && saved <= max ? saved : options.initial;

  element.setAttribute('role', 'separator');
  element.tabIndex = 0;
  element.setAttribute('aria-orientation', orientation);
  element.setAttribute('aria-valuemin', String(min));
  element.setAttribute('aria-valuemax', String(max));
  element.setAttribute('aria-controls', pane.section.id);

  const apply = (next: number, save = true): void => {
    value = Math.round(Math.min(max, Math.max(min, next)));
    sizes.set(property, value);
    writeSizes();
    element.setAttribute('aria-valuenow', String(value));
    element.setAttribute('aria-valuetext', options.describe(value));
    if (save) remember(property, value);
  };
  apply(value, false);

  const showDisabled = (collapsed: boolean) => element.classList.toggle('pg-splitter-idle', collapsed);
  showDisabled(pane.collapsed);
  pane.onChange(showDisabled);

  element.addEventListener('keydown', (event) => {
    const step = event.shiftKey ? 10 : 2;
    const less = orientation === 'vertical' ? ['ArrowLeft', 'ArrowUp'] : ['ArrowUp', 'ArrowLeft'];
    const more = orientation === 'vertical' ? ['ArrowRight', 'ArrowDown'] : ['ArrowDown', 'ArrowRight'];
    if (less.includes(event.key)) apply(value - step);
    else if (more.includes(event.key)) apply(value + step);
    else if (event.key === 'Home') apply(min);
    else if (event.key === 'End') apply(max);
    else if (event.key === 'Enter') pane.toggle();
    else return;
    if (pane.collapsed && event.key !== 'Enter') pane.set(false);
    event.preventDefault();
  });

  element.addEventListener('pointerdown', (event) => {
    if (event.button !== 0) return;
    const container = element.parentElement!;
    const box = container.getBoundingClientRect();
    const start = pane.section.getBoundingClientRect();
    element.setPointerCapture(event.pointerId);
    element.classList.add('pg-dragging');
    const move = (moveEvent: PointerEvent) => {
      const size = orientation === 'vertical' ? moveEvent.clientX - start.left : moveEvent.clientY - start.top;
      const whole = orientation === 'vertical' ? box.width : box.height;
      if (whole > 0) apply((size / whole) * 100);
    };
    const up = () => {
      element.classList.remove('pg-dragging');
      element.removeEventListener('pointermove', move);
      element.removeEventListener('pointerup', up);
      element.removeEventListener('pointercancel', up);
    };
    element.addEventListener('pointermove', move);
    element.addEventListener('pointerup', up);
    element.addEventListener('pointercancel', up);
    event.preventDefault();
  });
}

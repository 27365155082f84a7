/**
 * The measuring probe: a classic script that every benchmark page loads FIRST, before the
 * renderer's own script, and that the byte count leaves out. It stamps "script start", watches
 * for the first frame with every question in the DOM, and times "answer a question → readiness
 * updated on screen" through a small adapter per renderer (the first answer after render, then
 * later ones on other questions, each once the page is idle).
 *
 * Timing convention, the same for every renderer: a check runs in each requestAnimationFrame
 * callback; once it passes, the time is taken in a message posted from that callback, which is
 * delivered after the frame has been styled, laid out and painted.
 */

/** "blank": the page the heap is read against, with the probe and no renderer. */
type RendererName = 'widget' | 'surveyjs' | 'formio' | 'floor' | 'floor-plain' | 'blank';

interface Adapter {
  /** The "Yes" radio of question `index` (0 is the first question). */
  yesOf(index: number): HTMLInputElement | undefined;
  /** The on-screen readiness text (or, for Form.io, its change-event count). */
  readiness(): string;
}

export interface AnswerTiming {
  /** Which question was answered (0 is the first). */
  index: number;
  ms: number;
  before: string;
  after: string;
}

interface BenchProbe {
  renderer: RendererName;
  questions: number;
  /** performance.now() when this script started. */
  startedAt: number;
  /** Milliseconds from script start to after the first frame with all questions' radios in the DOM. */
  rendered: Promise<number>;
  /**
   * Answers the given questions "Yes", one after another, each once the page is idle, and
   * resolves with the milliseconds from each click until the readiness shown changed.
   */
  answer(indexes: number[]): Promise<AnswerTiming[]>;
  /** Elements in the document, shadow roots included. */
  elementCount(): number;
  /** Radio inputs in the document, shadow roots included. */
  radioCount(): number;
  /**
   * The first question row and its evidence row of the widget or a floor, written out (tags,
   * attributes, text; whitespace-only text left out), so the run can check they draw the same
   * DOM; '' for the peers, which draw their own.
   */
  rowShape(): string;
  /** For the widget: when it was ready (start page shown) and when the last Continue was pressed, ms after script start. */
  phases: { ready?: number; lastContinue?: number };
}

declare global {
  interface Window {
    __bench: BenchProbe;
    __formioChanges?: number;
  }
}

const startedAt = performance.now();
performance.mark('bench-start');

const params = new URLSearchParams(location.search);
const renderer = (params.get('renderer') ?? 'blank') as RendererName;
const questions = Number(params.get('n') ?? '0');
/** Three answer radios per question in every renderer. */
const expectedRadios = questions * 3;

/** Every element matching `selector` in `root` and in every shadow root below it. */
function deepQueryAll(root: Document | ShadowRoot | Element, selector: string, found: Element[] = []): Element[] {
  for (const element of root.querySelectorAll(selector)) found.push(element);
  for (const element of root.querySelectorAll('*')) {
    if (element.shadowRoot) deepQueryAll(element.shadowRoot, selector, found);
  }
  return found;
}

function afterPaint(callback: () => void): void {
  const channel = new MessageChannel();
  channel.port1.onmessage = () => callback();
  channel.port2.postMessage(undefined);
}

/** Resolves with the time after the first painted frame in which `done()` holds. */
function firstFrameWhere(done: () => boolean, timeoutMs: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const giveUpAt = performance.now() + timeoutMs;
    const tick = (): void => {
      if (done()) {
        afterPaint(() => resolve(performance.now()));
        return;
      }
      if (performance.now() > giveUpAt) {
        reject(new Error(`bench probe (${renderer}, N=${questions}): condition not met within ${timeoutMs} ms`));
        return;
      }
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
}

function text(element: Element | null | undefined): string {
  return element?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
}

function widgetRoot(): ShadowRoot | undefined {
  return document.querySelector('pathway-widget')?.shadowRoot ?? undefined;
}

function floorRoot(): ShadowRoot | undefined {
  return document.getElementById('root')?.shadowRoot ?? undefined;
}

/** The "Yes" radio of question `index` among every question's radios under `root`. */
function yesIn(root: Document | ShadowRoot | undefined, index: number, scope = ''): HTMLInputElement | undefined {
  return root?.querySelectorAll<HTMLInputElement>(`${scope} input[type="radio"][value="yes"]`)[index] ?? undefined;
}

/**
 * The readiness panel ("What is still missing": "1 of 1,000 answered." and the missing items)
 * of a renderer drawing into one shadow root. One query finds it, as one querySelector finds
 * SurveyJS's progress text: walking every element each frame would bill the probe's work to
 * the renderer.
 */
function panelText(root: ShadowRoot | undefined): string {
  const panel = root?.querySelector('[part~="readiness"]');
  return panel ? text(panel) : '';
}

const floorAdapter: Adapter = {
  yesOf: (index) => yesIn(floorRoot(), index, '[data-questions]'),
  readiness: () => panelText(floorRoot()),
};

const adapters: Record<RendererName, Adapter | undefined> = {
  floor: floorAdapter,
  'floor-plain': floorAdapter,
  surveyjs: {
    yesOf: (index) => yesIn(document, index),
    // SurveyJS's progress bar: "Answered 1/500 questions".
    readiness: () => text(document.querySelector('.sd-progress__text')),
  },
  formio: {
    yesOf: (index) => yesIn(document, index),
    readiness: () => String(window.__formioChanges ?? 0),
  },
  widget: {
    yesOf: (index) => yesIn(widgetRoot(), index, '[data-questions]'),
    readiness: () => panelText(widgetRoot()),
  },
  blank: undefined,
};

const adapter = adapters[renderer];

/** An element written out: tag, attributes in order of name, then its children; text with whitespace runs as one space. */
function shapeOf(node: Node): string {
  if (node.nodeType === Node.TEXT_NODE) {
    const words = node.textContent?.replace(/\s+/g, ' ') ?? '';
    return words.trim() === '' ? '' : words;
  }
  if (!(node instanceof Element)) return '';
  const attributes = [...node.attributes]
    .map((attribute) => `${attribute.name}="${attribute.value.trim()}"`)
    .sort()
    .join(' ');
  return `<${node.localName}${attributes ? ` ${attributes}` : ''}>${[...node.childNodes].map(shapeOf).join('')}</${node.localName}>`;
}

/**
 * A person takes longer than this between two answers. Without a pause the next click lands
 * just after the frame that showed the last answer, while the browser is still producing
 * frames, and the time measured includes waiting most of a frame interval for the next one;
 * after a pause, as before the first answer, the browser starts a frame when one is asked for,
 * and the time measured is the renderer's work. The same pause for every renderer.
 */
const PAUSE_BETWEEN_ANSWERS_MS = 500;

/**
 * Resolves once the browser has had an idle period (the page has finished what the last answer
 * set going) and then the pause has passed. The idle callback's time limit only keeps a page
 * that is never idle from stalling the run; the click is made in a task of its own.
 */
function whenIdle(): Promise<void> {
  return new Promise((resolve) => {
    requestIdleCallback(() => setTimeout(resolve, PAUSE_BETWEEN_ANSWERS_MS), { timeout: 2_000 });
  });
}

async function answerOne(index: number): Promise<AnswerTiming> {
  if (!adapter) throw new Error(`bench probe (${renderer}): nothing to answer`);
  const radio = adapter.yesOf(index);
  if (!radio) throw new Error(`bench probe (${renderer}): no "Yes" radio for question ${index + 1}`);
  const before = adapter.readiness();
  const clickedAt = performance.now();
  radio.click();
  const changedAt = await firstFrameWhere(() => adapter.readiness() !== before, 10_000);
  return { index, ms: changedAt - clickedAt, before, after: adapter.readiness() };
}

/**
 * The widget starts on its start page, like a real visit; its questions are two pages further
 * on. As soon as it says it is ready, the probe goes there the way a person would (Start now,
 * type 88%, Continue, Continue), without waiting between steps beyond the widget's own
 * updates, so the widget's render time includes drawing those pages as well as the questions.
 */
async function driveWidgetToQuestions(widget: HTMLElement & { updateComplete?: Promise<unknown> }): Promise<void> {
  const root = widget.shadowRoot!;
  const settle = async (): Promise<void> => {
    await widget.updateComplete;
  };
  const press = async (label: string): Promise<void> => {
    await settle();
    const button = [...root.querySelectorAll('button')].find((candidate) => candidate.textContent?.trim() === label);
    if (!button) throw new Error(`bench probe (widget): no "${label}" button`);
    button.click();
    await settle();
  };
  await press('Start now');
  const percentage = root.querySelector<HTMLInputElement>('input[data-part="percentage"]');
  if (!percentage) throw new Error('bench probe (widget): no percentage box');
  percentage.value = '88';
  percentage.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await press('Continue');
  phases.lastContinue = performance.now() - startedAt;
  await press('Continue');
}

const phases: BenchProbe['phases'] = {};

if (renderer === 'widget') {
  document.addEventListener(
    'pathway-ready',
    (event) => {
      phases.ready = performance.now() - startedAt;
      driveWidgetToQuestions(event.target as HTMLElement).catch((error: unknown) => {
        console.error(error);
      });
    },
    { once: true },
  );
}

window.__bench = {
  renderer,
  questions,
  startedAt,
  rendered: firstFrameWhere(() => deepQueryAll(document, 'input[type="radio"]').length >= expectedRadios, 120_000).then(
    (at) => at - startedAt,
  ),
  async answer(indexes) {
    const timings: AnswerTiming[] = [];
    for (const index of indexes) {
      await whenIdle();
      timings.push(await answerOne(index));
    }
    return timings;
  },
  elementCount: () => deepQueryAll(document, '*').length,
  radioCount: () => deepQueryAll(document, 'input[type="radio"]').length,
  rowShape: () => {
    const root = renderer === 'widget' ? widgetRoot() : renderer === 'floor' || renderer === 'floor-plain' ? floorRoot() : undefined;
    const rows = root?.querySelector('[data-questions]');
    return rows ? [...rows.children].slice(0, 2).map(shapeOf).join('') : '';
  },
  phases,
};
export {};

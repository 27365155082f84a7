/**
 * The measuring probe: a classic script that every benchmark page loads FIRST, before the
 * renderer's own script, and that the byte count leaves out. It stamps "script start", watches
 * for the first frame with every question in the DOM, and times "answer one question →
 * readiness updated on screen" through a small adapter per renderer.
 *
 * Timing convention, the same for every renderer: a check runs in each requestAnimationFrame
 * callback; once it passes, the time is taken in a message posted from that callback, which is
 * delivered after the frame has been styled, laid out and painted.
 */

type RendererName = 'widget' | 'surveyjs' | 'formio' | 'handwritten';

interface Adapter {
  /** The "Yes" radio of the first question. */
  firstAnswer(): HTMLInputElement | undefined;
  /** The on-screen readiness text (or, for Form.io, its change-event count). */
  readiness(): string;
}

interface BenchProbe {
  renderer: RendererName;
  questions: number;
  /** performance.now() when this script started. */
  startedAt: number;
  /** Milliseconds from script start to after the first frame with all questions' radios in the DOM. */
  rendered: Promise<number>;
  /** Clicks the first question's "Yes" and resolves with milliseconds until the readiness shown changed. */
  answerOne(): Promise<{ ms: number; before: string; after: string }>;
  /** Elements in the document, shadow roots included. */
  elementCount(): number;
  /** Radio inputs in the document, shadow roots included. */
  radioCount(): number;
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
const renderer = (params.get('renderer') ?? 'handwritten') as RendererName;
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

const adapters: Record<RendererName, Adapter> = {
  handwritten: {
    firstAnswer: () => document.querySelector<HTMLInputElement>('input[type="radio"][value="yes"]') ?? undefined,
    readiness: () => text(document.getElementById('status')),
  },
  surveyjs: {
    firstAnswer: () => document.querySelector<HTMLInputElement>('input[type="radio"][value="yes"]') ?? undefined,
    // SurveyJS's progress bar: "Answered 1/500 questions".
    readiness: () => text(document.querySelector('.sd-progress__text')),
  },
  formio: {
    firstAnswer: () => document.querySelector<HTMLInputElement>('input[type="radio"][value="yes"]') ?? undefined,
    readiness: () => String(window.__formioChanges ?? 0),
  },
  widget: {
    firstAnswer: () => {
      const root = widgetRoot();
      return root ? (deepQueryAll(root, '[data-questions] input[type="radio"][value="yes"]')[0] as HTMLInputElement | undefined) : undefined;
    },
    // The widget's readiness panel ("What is still missing": "1 of 500 answered." and the missing items).
    // The widget renders into one shadow root, so one query finds it, as one getElementById finds the
    // hand-written renderer's: walking every element each frame would bill the probe's work to the widget.
    readiness: () => {
      const panel = widgetRoot()?.querySelector('[part~="readiness"]');
      return panel ? text(panel) : '';
    },
  },
};

const adapter = adapters[renderer];

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
  async answerOne() {
    const radio = adapter.firstAnswer();
    if (!radio) throw new Error(`bench probe (${renderer}): no first answer radio found`);
    const before = adapter.readiness();
    const clickedAt = performance.now();
    radio.click();
    const changedAt = await firstFrameWhere(() => adapter.readiness() !== before, 10_000);
    return { ms: changedAt - clickedAt, before, after: adapter.readiness() };
  },
  elementCount: () => deepQueryAll(document, '*').length,
  radioCount: () => deepQueryAll(document, 'input[type="radio"]').length,
  phases,
};
export {};

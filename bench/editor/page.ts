/**
 * The benchmark page: the built editor as a page would embed it, on one pathway, and the
 * in-page probes the runner reads. Timings are taken in the page (performance.now(), whose
 * zero is the start of navigation), each after the frame that shows the change was painted
 * (requestAnimationFrame, then a task).
 */

/** Runs in the page. Kept as plain JavaScript text: it is served as is. */
const PROBE = String.raw`
const afterPaint = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
function deepQuery(root, selector) {
  const found = root.querySelector(selector);
  if (found) return found;
  for (const element of root.querySelectorAll('*')) {
    if (element.shadowRoot) {
      const inner = deepQuery(element.shadowRoot, selector);
      if (inner) return inner;
    }
  }
  return null;
}
function deepActive() {
  let active = document.activeElement;
  while (active && active.shadowRoot && active.shadowRoot.activeElement) active = active.shadowRoot.activeElement;
  return active;
}
function firstEditableField(editor) {
  const form = deepQuery(editor.shadowRoot, 'pe-object-form');
  if (!form || !form.shadowRoot) return null;
  return form.shadowRoot.querySelector('input:not([disabled]):not([type=hidden]), textarea:not([disabled]), select:not([disabled])');
}

const bench = (window.__bench = { errors: [] });
window.addEventListener('error', (event) => bench.errors.push(String(event.message)));

bench.ready = (async () => {
  await import('/pathway-editor.js');
  const pathway = await (await fetch(location.pathname.replace('/page/', '/def/').replace('.html', '.json'))).json();
  const editor = document.createElement('pathway-editor');
  editor.load(pathway);
  document.body.append(editor);
  bench.editor = editor;
  for (;;) {
    await new Promise((resolve) => requestAnimationFrame(resolve));
    if (firstEditableField(editor)) break;
  }
  await new Promise((resolve) => setTimeout(resolve, 0));
  return performance.now();
})();

/** Focuses a stage's title field (as a selection from the outline does) and waits for the preview. */
bench.focusStageTitle = async (index) => {
  const editor = bench.editor;
  const pointer = '/stages/' + index + '/title';
  editor.select(pointer, { focus: true });
  for (let i = 0; i < 600; i++) {
    await new Promise((resolve) => requestAnimationFrame(resolve));
    const active = deepActive();
    if (active && active.dataset && active.dataset.pointer === pointer && deepQuery(editor.shadowRoot, 'pathway-widget')) return true;
  }
  return false;
};

/**
 * Arms the watch for one keystroke in a stage title: from the keydown's timestamp to after the
 * frame in which the preview's widget has finished rendering a definition with the new title.
 */
bench.arm = (index) => {
  const field = deepActive();
  let started;
  bench.result = new Promise((resolve) => {
    const onKey = (event) => {
      started = event.timeStamp;
      window.removeEventListener('keydown', onKey, true);
      const poll = () => {
        const widget = deepQuery(bench.editor.shadowRoot, 'pathway-widget');
        const title = widget && widget.pathway && widget.pathway.stages[index].title;
        if (title === field.value && !widget.isUpdatePending) {
          setTimeout(() => resolve({ ms: performance.now() - started, title }), 0);
        } else {
          requestAnimationFrame(poll);
        }
      };
      // The first look is in the keystroke's own task's next frame: the edit and the redraw happen between.
      requestAnimationFrame(poll);
    };
    window.addEventListener('keydown', onKey, true);
  });
};

bench.openJson = async () => {
  const started = performance.now();
  const tab = deepQuery(bench.editor.shadowRoot, '#tab-json');
  tab.click();
  for (let i = 0; i < 3000; i++) {
    await new Promise((resolve) => requestAnimationFrame(resolve));
    const view = deepQuery(bench.editor.shadowRoot, 'pe-json-view');
    if (view && view.codeEditor) return performance.now() - started;
  }
  return -1;
};
`;

export function probeScript(): string {
  return PROBE;
}

export function pageHtml(title: string): string {
  return [
    '<!doctype html>',
    `<html lang="en"><head><meta charset="utf-8"><title>${title}</title><link rel="icon" href="data:,"></head>`,
    '<body><script type="module" src="/probe.js"></script></body></html>',
  ].join('\n');
}

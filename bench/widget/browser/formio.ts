/**
 * Form.io (@formio/js): the definition is fetched and rendered with Formio.createForm, every
 * component on one form. Form.io has no on-screen "answered" indicator, so the page counts the
 * form's own change events (window.__formioChanges); the benchmark measures from the click to
 * the frame after that count moves.
 */
import { Formio } from '@formio/js/form';

declare global {
  interface Window {
    __formioChanges?: number;
  }
}

async function main(): Promise<void> {
  const n = new URLSearchParams(location.search).get('n');
  const response = await fetch(`/def/formio-${n}.json`);
  const definition = (await response.json()) as object;
  window.__formioChanges = 0;
  const form = await Formio.createForm(document.getElementById('root')!, definition);
  form.on('change', (change: { changed?: unknown }) => {
    // The first change events are the form settling its initial values: count user changes only.
    if (change.changed) window.__formioChanges = (window.__formioChanges ?? 0) + 1;
  });
}

void main();

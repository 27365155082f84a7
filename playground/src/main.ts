/**
 * The playground, in the manner of the form-js playground: four panes side by side.
 *
 * - Designer: `<pathway-editor>` (forms, outline, problems, JSON view), without its own
 *   preview (`no-preview`), since the Preview pane is the widget.
 * - Preview: `<pathway-widget>` on the designer's current draft, and Output: the engine's
 *   evaluation and summary of the same pathway and entries (preview-pane.ts).
 * - Input: the pupil's case as JSON, given to the widget as its `case` property (input-pane.ts).
 *
 * This file wires the panes together and keeps each pathway's text: which one is open, saving
 * it in this browser, and what the status line says about that.
 *
 * The picker offers every seed in `pathways/` and a blank pathway. Each pathway's text is
 * saved in this browser as it changes (drafts.ts), so switching and reloading lose nothing;
 * "Start this pathway again" discards it after a confirmation. The picker holds examples to try;
 * the author's own pathways have one list, the designer's Pathways view ("Your pathways").
 * "Keep as one of your pathways" copies the example open now into that list (keep-copy.ts). A
 * pathway opened from there (an imported file, say) is shown everywhere at once and named in the
 * picker while it is open; the designer saves it in its own list, not here. A reload opens again
 * whichever was open, an example or one of your pathways (reopen-saved.ts).
 */
import '@pathway/widget/embed';
import '@pathway/editor/embed';
import { formatJson, type DraftState, type History } from '@pathway/editor/modeling';
import { historyToSave, looseProperty, type EditorOpenEvent, type EditorSelectEvent, type SavedPathway } from '@pathway/editor';
import { confirmWith } from './confirm.js';
import { browserDrafts } from './drafts.js';
import { InputPane } from './input-pane.js';
import { keepInLibrary } from './keep-copy.js';
import { reopenMissingText, reopenSaved } from './reopen-saved.js';
import { followRename, openItem, reopen } from './open-item.js';
import { Pane, splitter } from './layout.js';
import { PreviewPane } from './preview-pane.js';
import { BLANK, blankPathway, choiceFor, choices, madeUpIds, seeds } from './seeds.js';

interface EditorElement extends HTMLElement {
  load(source: string | object, options?: { origin?: string; madeUpIds?: Iterable<string>; history?: History }): void;
  openSaved(pathway: SavedPathway): Promise<void>;
  select(pointer: string): void;
  readonly text: string;
  readonly modeling: { readonly state: DraftState; setText(text: string, options?: { label?: string }): void; history(): History };
  readonly autosaveController?: { readonly state: { readonly unsaved: boolean; readonly message?: string } };
}

const $ = <T extends HTMLElement>(selector: string): T => document.querySelector<T>(selector)!;

const picker = $<HTMLSelectElement>('#pg-pathway');
const resetButton = $<HTMLButtonElement>('#pg-reset');
const keepButton = $<HTMLButtonElement>('#pg-keep');
const embedLink = $<HTMLAnchorElement>('#pg-embed-link');
const savedStatus = $<HTMLElement>('#pg-saved');
const restorePanel = $<HTMLElement>('#pg-restore');
const restoreValidButton = $<HTMLButtonElement>('#pg-restore-valid');
const conflictPanel = $<HTMLElement>('#pg-conflict');
const editor = $<EditorElement>('#pg-editor');
// The editor's Pathways view can start a new pathway from any seed.
(editor as EditorElement & { seeds: { name: string; pathway: unknown }[] }).seeds = Object.values(seeds).map((seed) => ({
  name: `${seed.authority.name}: ${seed.title}`,
  pathway: seed,
}));
const confirmDialog = $<HTMLDialogElement>('#pg-confirm');

const drafts = browserDrafts();

const input: InputPane = new InputPane(
  { group: $('#pg-case-group'), area: $('#pg-case'), error: $('#pg-case-error'), notes: $('#pg-case-notes'), fromPreview: $('#pg-case-from-preview') },
  { onCase: (value) => preview.showCase(value), previewEntries: () => preview.entered },
);
const preview: PreviewPane = new PreviewPane(
  { frame: $('#pg-widget-frame'), note: $('#pg-preview-note'), output: $('#pg-output-content') },
  () => input.withPreviewEntries(),
);

// ------------------------------------------------------------------------------------------
// Layout: four panes, three splitters, each pane collapsible.

const panes = {
  designer: new Pane($('#pg-designer'), 'designer'),
  preview: new Pane($('#pg-preview'), 'preview'),
  input: new Pane($('#pg-input'), 'input'),
  output: new Pane($('#pg-output'), 'output'),
};
splitter({
  element: $('#pg-split-designer'),
  property: '--pg-designer-size',
  orientation: 'vertical',
  min: 25,
  max: 80,
  initial: 58,
  describe: (value) => `The designer takes ${value}% of the width`,
  pane: panes.designer,
});
splitter({
  element: $('#pg-split-preview'),
  property: '--pg-preview-size',
  orientation: 'horizontal',
  min: 15,
  max: 80,
  initial: 50,
  describe: (value) => `The preview takes ${value}% of the height`,
  pane: panes.preview,
});
splitter({
  element: $('#pg-split-input'),
  property: '--pg-input-size',
  orientation: 'horizontal',
  min: 10,
  max: 60,
  initial: 27,
  describe: (value) => `The input takes ${value}% of the height`,
  pane: panes.input,
});

// ------------------------------------------------------------------------------------------
// State

/** The picker key of the pathway being edited (a seed, blank, or `saved:` and a Pathways key). */
let currentKey = '';
/** Picker keys of pathways from the designer's Pathways view: the designer saves those itself. */
const SAVED = 'saved:';
const isSaved = (key: string) => key.startsWith(SAVED);
/** The picker's entry for the pathway opened from the Pathways view, while it is open. */
let savedOption: HTMLOptionElement | undefined;
/** The text each pathway started from, to tell whether it has been changed. */
let startText = '';
/** Whether the browser refused to save the current pathway's text. */
let unsaved = false;

for (const choice of choices) picker.append(new Option(choice.label, choice.key));

// ------------------------------------------------------------------------------------------
// Preview and output

/** The designer's draft to the preview (or the note on why it waits), and the case's notes. */
function showDraft(): void {
  input.showPathway(preview.showDraft(editor.modeling.state));
}

let draftTimer: ReturnType<typeof setTimeout> | undefined;
editor.addEventListener('pathway-editor-change', () => {
  clearTimeout(draftTimer);
  // A short pause while typing, so the preview is not rebuilt on every key.
  draftTimer = setTimeout(showDraft, 150);
  saveCurrent();
});

// ------------------------------------------------------------------------------------------
// Saving each pathway's text in this browser

/** What a pathway from the Pathways view is called: as the seeds are, or its title while the JSON is broken. */
function savedLabel(): string {
  const value = editor.modeling.state.value as { title?: unknown; authority?: { name?: unknown } } | undefined;
  const title = typeof value?.title === 'string' && value.title.trim() !== '' ? value.title : looseProperty(editor.text, 'title');
  const authority = typeof value?.authority?.name === 'string' && value.authority.name.trim() !== '' ? value.authority.name : undefined;
  if (title === undefined) return 'Untitled pathway';
  return authority === undefined ? title : `${authority}: ${title}`;
}

/**
 * The text another tab of this browser saved for the open pathway while this tab had other
 * text: until the author chooses one, this tab saves nothing, so neither is written over.
 */
let otherTabText: string | undefined;

drafts.onSavedElsewhere((key, text) => {
  if (key !== currentKey || isSaved(currentKey)) return;
  const theirs = text ?? startText;
  otherTabText = theirs === editor.text ? undefined : theirs;
  conflictPanel.hidden = otherTabText === undefined;
  describeSaved();
});

$<HTMLButtonElement>('#pg-conflict-theirs').addEventListener('click', () => {
  const theirs = otherTabText;
  otherTabText = undefined;
  conflictPanel.hidden = true;
  if (theirs === undefined) return;
  editor.load(theirs);
  lastValue = editor.modeling.state.value;
  clearTimeout(draftTimer);
  showDraft();
  describeSaved();
});

$<HTMLButtonElement>('#pg-conflict-mine').addEventListener('click', () => {
  otherTabText = undefined;
  conflictPanel.hidden = true;
  saveCurrent();
});

/** Whether switching away now would lose changes this browser could not keep. */
function workAtRisk(): boolean {
  if (otherTabText !== undefined) return true;
  if (!isSaved(currentKey)) return unsaved;
  const state = editor.autosaveController?.state;
  return state !== undefined && state.unsaved && state.message !== undefined;
}

/** When a time was, in words: "30 Nov 2026, 14:05". */
const when = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short' });

/**
 * While the text is not valid JSON, the status line says so (it is kept, but nothing is well)
 * and offers the last version that was valid JSON, if this browser kept one.
 */
function describeInvalid(label: string): void {
  const valid = isSaved(currentKey) ? undefined : drafts.lastValid(currentKey);
  savedStatus.classList.add('pg-saved-warning');
  savedStatus.textContent = `${label}: the JSON is not valid, so the preview cannot show it. Your text is kept in this browser exactly as it is: fix it in the designer${valid ? ', or go back to the last version that was valid JSON' : ''}.`;
  restorePanel.hidden = valid === undefined;
  if (valid) restoreValidButton.textContent = `Go back to the last version that was valid JSON, saved at ${when.format(new Date(valid.savedAt))}`;
}

restoreValidButton.addEventListener('click', () => {
  const valid = drafts.lastValid(currentKey);
  if (valid === undefined) return;
  // One step of the designer's history: undo brings the damaged text back.
  editor.modeling.setText(valid.text, { label: 'go back to the last valid version' });
  clearTimeout(draftTimer);
  showDraft();
  // The button goes: focus stays on the status line, which says the text is saved again.
  savedStatus.focus();
});

function describeSaved(): void {
  restorePanel.hidden = true;
  const invalid = editor.modeling.state.value === undefined && otherTabText === undefined && !workAtRisk();
  if (isSaved(currentKey)) {
    const label = savedLabel();
    if (savedOption) savedOption.textContent = `${label} (one of your pathways)`;
    if (invalid) return describeInvalid(label);
    const problem = workAtRisk() ? editor.autosaveController?.state.message : undefined;
    savedStatus.classList.toggle('pg-saved-warning', problem !== undefined);
    savedStatus.textContent = problem !== undefined
      ? `${label}: ${problem}`
      : `${label}, one of your pathways (the designer's Pathways): your changes are saved in this browser as you make them.`;
    return;
  }
  const label = currentLabel();
  if (otherTabText !== undefined) {
    savedStatus.textContent = `Your changes to ${label} are not being saved until you choose which version to keep.`;
    savedStatus.classList.add('pg-saved-warning');
    return;
  }
  if (unsaved) {
    savedStatus.textContent = `Your changes to ${label} could not be saved in this browser. Download the JSON from the designer to keep them.`;
    savedStatus.classList.add('pg-saved-warning');
    return;
  }
  if (invalid) return describeInvalid(label);
  savedStatus.classList.remove('pg-saved-warning');
  savedStatus.textContent = editor.text === startText
    ? `${label}: no changes yet. Changes are saved in this browser as you make them.`
    : `${label}: your changes are saved in this browser. Switching pathways keeps them.`;
}

/**
 * What the picker and the status line call the open pathway: a seed by its name; the blank
 * pathway, once titled, by its own title (it is no longer "A blank pathway").
 */
function currentLabel(): string {
  const label = choiceFor(currentKey)?.label ?? '';
  if (currentKey !== BLANK) return label;
  const named = savedLabel();
  const own = named === 'Untitled pathway' || named === `${blankPathway().authority.name}: ${blankPathway().title}` ? label : `${named} (started blank)`;
  const option = [...picker.options].find((entry) => entry.value === BLANK);
  if (option) option.textContent = own;
  return own;
}

function saveCurrent(): void {
  if (currentKey === '') return;
  // The designer saves a pathway from its Pathways view in its own list.
  if (isSaved(currentKey)) return describeSaved();
  // Another tab changed this pathway: nothing is written until the author chooses (above).
  if (otherTabText !== undefined) return describeSaved();
  const text = editor.text;
  unsaved = text === startText ? (drafts.forget(currentKey), false) : !drafts.save(currentKey, text, editor.modeling.state.value !== undefined);
  saveHistorySoon();
  describeSaved();
}

/**
 * Characters of undo history kept per example (the newest steps): less than the designer keeps
 * in IndexedDB, since every example's text shares this browser's localStorage with it.
 */
const HISTORY_BUDGET = 500_000;
let historyTimer: ReturnType<typeof setTimeout> | undefined;

/**
 * The undo history is kept beside the text, as the designer keeps its own Pathways', so undo
 * survives a reload: after a short pause (it can be large, so not at every key), and at once
 * when the page is hidden or closed, or another pathway opened.
 */
function saveHistorySoon(): void {
  clearTimeout(historyTimer);
  historyTimer = setTimeout(saveHistoryNow, 300);
}

function saveHistoryNow(): void {
  if (historyTimer === undefined) return;
  clearTimeout(historyTimer);
  historyTimer = undefined;
  if (currentKey === '' || isSaved(currentKey) || otherTabText !== undefined) return;
  drafts.saveHistory(currentKey, editor.text, historyToSave(editor.modeling.history(), HISTORY_BUDGET));
}

window.addEventListener('pagehide', saveHistoryNow);
document.addEventListener('visibilitychange', () => {
  if (document.visibilityState === 'hidden') saveHistoryNow();
});

// The item open in the outline, kept per pathway beside its draft (the designer keeps its own Pathways' with theirs).
editor.addEventListener('pathway-editor-select', (event) => {
  if (currentKey === '' || isSaved(currentKey) || editor.modeling.state.value === undefined) return;
  drafts.rememberOpenItem(currentKey, openItem(editor.modeling.state.value, (event as EditorSelectEvent).detail.pointer));
});

/** The pathway as it was before the edit now being saved (the last valid JSON), to follow a rename of the open item. */
let lastValue: unknown;

// The open item renamed (its stage's short name written, say) is kept under its new id in the
// same step, so a reload straight after still finds it (open-item.ts).
editor.addEventListener('pathway-editor-change', () => {
  const value = editor.modeling.state.value;
  if (value === undefined) return;
  const before = lastValue;
  lastValue = value;
  if (currentKey === '' || isSaved(currentKey)) return;
  const renamed = followRename(before, value, drafts.openItem(currentKey));
  if (renamed !== undefined) drafts.rememberOpenItem(currentKey, renamed);
});

editor.addEventListener('pe-autosave-change', () => {
  if (isSaved(currentKey)) describeSaved();
});

window.addEventListener('beforeunload', (event) => {
  if (!unsaved && otherTabText === undefined) return;
  event.preventDefault();
  event.returnValue = '';
});

// ------------------------------------------------------------------------------------------
// Picking a pathway

function open(key: string): void {
  saveHistoryNow();
  const choice = choiceFor(key) ?? choices[0]!;
  currentKey = choice.key;
  otherTabText = undefined;
  conflictPanel.hidden = true;
  savedOption?.remove();
  savedOption = undefined;
  resetButton.hidden = false;
  keepButton.hidden = false;
  picker.value = choice.key;
  drafts.rememberOpen(choice.key);
  showInAddress(choice.key);
  startText = formatJson(choice.create());
  unsaved = false;
  preview.makeWidget(input.value);
  const text = drafts.load(choice.key) ?? startText;
  editor.load(text, { origin: startText, history: drafts.history(choice.key, text), ...(choice.key === BLANK ? { madeUpIds: madeUpIds(blankPathway()) } : {}) });
  // Back where the author was in this pathway, quietly (focus stays where it is). While the JSON
  // cannot be read there is nothing to open, and what was kept stays kept for when it can.
  lastValue = editor.modeling.state.value;
  if (editor.modeling.state.value !== undefined) editor.select(reopen(editor.modeling.state.value, drafts.openItem(choice.key)));
  showEmbedLink(choice.key === BLANK ? undefined : choice.key);
  clearTimeout(draftTimer);
  showDraft();
  describeSaved();
}

/**
 * The address names the example open (`?pathway=norfolk.json`), so a reload or a shared link
 * opens it; one of the author's own pathways is not named there (it is in this browser only),
 * and a reload reopens it as the last one open.
 */
function showInAddress(exampleKey: string | undefined): void {
  const url = new URL(location.href);
  if (exampleKey === undefined) url.searchParams.delete('pathway');
  else url.searchParams.set('pathway', exampleKey);
  if (url.href !== location.href) history.replaceState(history.state, '', url);
}

/**
 * The embed page shows a seed as published in the repository, so the link is offered only for a
 * seed: for a blank or imported pathway it would show another council's pathway.
 */
function showEmbedLink(seedFile: string | undefined): void {
  embedLink.hidden = seedFile === undefined;
  if (seedFile) embedLink.href = `/embed.html?pathway=${encodeURIComponent(seedFile)}`;
}

/**
 * A pathway the author opened from the designer's Pathways view (an imported file, say): the
 * preview, the output, the picker and the status line all show it at once. The designer keeps
 * its changes in its own list, under its own key.
 */
async function openSaved(pathway: SavedPathway): Promise<void> {
  saveHistoryNow();
  currentKey = `${SAVED}${pathway.key}`;
  drafts.rememberOpen(currentKey);
  otherTabText = undefined;
  conflictPanel.hidden = true;
  unsaved = false;
  savedOption?.remove();
  savedOption = new Option('', currentKey);
  picker.prepend(savedOption);
  picker.value = currentKey;
  showInAddress(undefined);
  resetButton.hidden = true;
  keepButton.hidden = true;
  showEmbedLink(undefined);
  preview.makeWidget(input.value);
  const opening = editor.openSaved(pathway);
  clearTimeout(draftTimer);
  showDraft();
  describeSaved();
  await opening;
}

/** Opens another pathway, first asking when this browser could not keep the changes to this one. */
function leaveFor(next: () => void): void {
  if (!workAtRisk()) {
    next();
    return;
  }
  const label = isSaved(currentKey) ? savedLabel() : currentLabel() || 'this pathway';
  void confirmWith(confirmDialog, {
    heading: 'Your changes have not been saved',
    body: `This browser could not keep your changes to ${label}. If you open another pathway now, they will be lost. Download the JSON from the designer first to keep them.`,
    confirm: 'Open the other pathway and lose my changes',
  }).then((yes) => {
    if (yes) next();
  });
}

picker.addEventListener('change', () => {
  const next = picker.value;
  if (next === currentKey) return;
  // Stays on this pathway until it is left.
  picker.value = currentKey;
  leaveFor(() => open(next));
});

editor.addEventListener('pathway-editor-open', (event) => {
  // The page shows more of the pathway than the designer: it opens it, after asking if need be.
  event.preventDefault();
  const { detail } = event as EditorOpenEvent;
  leaveFor(() => void openSaved(detail));
});

/**
 * Copies the example open now, as it is, into the author's own pathways (the designer's list)
 * and opens the copy there. The button goes: focus moves to the status line, which says so.
 */
keepButton.addEventListener('click', () => {
  const label = currentLabel() || 'this pathway';
  void keepInLibrary(editor.text, startText).then(
    (kept) => openSaved(kept),
    (error: unknown) => {
      savedStatus.classList.add('pg-saved-warning');
      savedStatus.textContent = `${label} could not be kept in your pathways (${(error as Error).message}). Download the JSON from the designer to keep it.`;
    },
  ).then(() => savedStatus.focus());
});

resetButton.addEventListener('click', () => {
  const label = currentLabel() || 'this pathway';
  void confirmWith(confirmDialog, {
    heading: `Start ${label} again?`,
    body: currentKey === BLANK
      ? 'Everything you have written in the blank pathway will be deleted from this browser. This cannot be undone.'
      : 'Your changes will be deleted from this browser and the pathway will be as it is in the seed file. This cannot be undone.',
    confirm: 'Yes, delete my changes',
  }).then((yes) => {
    if (!yes) return;
    // Started again: the history of what is deleted goes with it, not kept on the way out.
    clearTimeout(historyTimer);
    historyTimer = undefined;
    drafts.forget(currentKey);
    open(currentKey);
  });
});

// ------------------------------------------------------------------------------------------
// Start

/**
 * Opens what the address asks for, or what was open when the page was left (an example or one
 * of your pathways); on a first visit, the first example the picker offers (no council is
 * named here: the examples are whatever `pathways/` holds).
 */
async function openFirst(): Promise<void> {
  const firstExample = choices[0]!.key;
  const asked = new URL(location.href).searchParams.get('pathway');
  if (asked && choiceFor(asked)) return open(asked);
  const last = drafts.lastOpen() ?? firstExample;
  if (!isSaved(last)) return open(last);
  const reopened = await reopenSaved(last.slice(SAVED.length));
  if ('found' in reopened) return openSaved(reopened.found);
  open(firstExample);
  savedStatus.textContent = reopenMissingText(reopened.missing, currentLabel());
}

void openFirst();

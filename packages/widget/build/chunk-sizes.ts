/**
 * The built widget's files and their gzip sizes, by when the page needs them. One place that
 * says which chunk is which, read by the size test (chunk-sizes.test.ts, which fails the build
 * past the budgets) and by `npm run bench`.
 *
 *   first paint:   pathway-widget.js, the one file a page's <script type="module"> names.
 *   journey:       chunks the widget loads or prefetches on the way to the summary.
 *   invalid only:  the error explanations, loaded only for a pathway that fails its check, and
 *                  the web team's advice, only for a `src` that cannot be downloaded or a
 *                  `case` the widget cannot use.
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

export const WIDGET_DIST = fileURLToPath(new URL('../dist', import.meta.url));
export const ENTRY_FILE = 'pathway-widget.js';

/**
 * Budgets in KiB of gzip (zlib's default level). The targets are the weight issue's; the whole
 * journey does not meet its target yet, so the build holds it under a ceiling (today's size
 * and a little) that stops it growing while it is brought down. The ceiling moved from 90 to
 * 91 KiB for fixes to what the widget tells a school (a referral's outcomes offered, the period
 * a count covers, a total extension, "once what is still missing is done"), and from 91 to 96
 * KiB for rules a school acted on wrongly (a period's breach and expiry outcomes, a rule with a
 * figure not yet entered, exit rules), what the page says on pathways written from the guide
 * (how to make a redirected referral, a one-stage pathway…), one saved draft per journey
 * rather than per pathway, and a part that fails to download mid-journey; and to 97 KiB for
 * next steps that are what follows now (an outcome already decided, a referral ruled out),
 * "not known yet" beside gates, and a draft chooser that tells drafts apart; and to 100 KiB for
 * a dated event that may not have happened (`ifBlank`), reviews that recur, exceptions that
 * redirect or skip a stage taking its outcomes and referrals with them, a pathway naming what it
 * does not have refused by name, a gate not needed for the pupil, closed routes' time limits,
 * resource descriptions and the pupil named alike everywhere (with fields of their own where
 * the pathway asks none), and the draft handling moved out of first paint into the journey part
 * (first paint fell from 25.0 to 23.8 KiB); and to 102 KiB for an extension agreed for the pupil
 * (format 1.1 `agreedWhen`: the end moves and is not offered again), a duty's gate not needed for
 * the pupil not counted as met, one check of references shared with lint, and a widget safe to
 * embed: a `src` refused for what it is (not http(s), blocked by the page's CSP, larger than 5 MB,
 * read within that limit) in first paint, where loading happens, and "Print" printing the summary
 * alone (a frame of its own) with the end pages; and to 103 KiB for a journey that survives an edit
 * better (a question whose id changed but whose wording did not keeps its answer and is "renamed";
 * the update note clears at the next edit); and to 104 KiB for what four more guide-authored
 * pathways showed the widget saying wrongly (the journey's end named only where a referral can
 * reach it, a legal action "once what is still missing is done", a breach whose outcome is not
 * offered for the pupil saying so, a period that ended without a breach, the stage that applies
 * without a choice, a settled stage's referral items no longer listed) and a time limit naming
 * the date it counts from; and to 105 KiB for what a sixth round showed (the answers that decided
 * the stage kept in the record, with a notice where an answer moves the stage, a blank date's
 * own words, a referral's outcome waiting and saying how to refer, two leads named); and to 106
 * KiB for a case the changed pathway puts at another stage saying so (was / now and why, and the
 * referral no longer offered), in a resumed draft and in the update note; and to 107 KiB for the
 * stages whose bands moved (and when a new stage applies) said in both, so a school whose pupil
 * sits near a moved bound is told; and to 109 KiB for what a seventh round showed (an answer
 * that moved the stage kept on the questions page, where it is changed; a referral's addresses as
 * links; how recent an item must be, on the summary; a rewording followed by place; the referral
 * an exception redirects to evaluated and shown as the one to make; a step down recorded before
 * the pupil slipped back said once and not offered again; what reading to enter to decide an
 * outcome; a closed route's description introduced; outcome wording said once); and to 110 KiB
 * for what an eighth round showed (an earlier reading's date asked where a rule needs it, a stage
 * that may yet apply, an exit not met yet, when an exception ends, a blocked stage's questions not
 * asked); and to 111 KiB for the rest of that round (a change of lead naming whom it replaces, a
 * contact's description shown, a referral held back by an answer "not ready yet", outcomes and
 * duties' force said once, a `case` told back as the widget uses it, a partial strings table
 * marked with the language its words are in): a change that moves it again says why in its commit.
 */
export const BUDGETS = { firstPaintKiB: 25, wholeJourneyKiB: 45, wholeJourneyCeilingKiB: 111 } as const;

export type ChunkRole = 'first-paint' | 'journey' | 'invalid-only';

export interface ChunkSize {
  /** Path inside dist/, e.g. `chunks/summary-Ab12.js`. */
  file: string;
  role: ChunkRole;
  bytes: number;
  gzipBytes: number;
}

export interface ChunkReport {
  files: ChunkSize[];
  /** The entry module, in gzip bytes. */
  firstPaint: number;
  /** Every file but the error explanations and advice: what a whole journey loads. */
  wholeJourney: number;
}

/** A chunk's role from its name (vite.config.ts names the chunks). */
export function roleOf(file: string): ChunkRole {
  if (file === ENTRY_FILE) return 'first-paint';
  if (/(^|\/)(explain|web-team)[-.]/.test(file)) return 'invalid-only';
  return 'journey';
}

function jsFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== 'types') out.push(...jsFiles(path));
    } else if (entry.name.endsWith('.js')) out.push(path);
  }
  return out;
}

/** Sizes of the built widget in `dist` (throws if it is not built). */
export function measureChunks(dist: string = WIDGET_DIST): ChunkReport {
  if (!existsSync(join(dist, ENTRY_FILE))) throw new Error(`The widget is not built: ${join(dist, ENTRY_FILE)} is missing. Run npm run build.`);
  const files = jsFiles(dist)
    .map((path) => {
      const file = relative(dist, path).split('\\').join('/');
      const text = readFileSync(path);
      return { file, role: roleOf(file), bytes: text.length, gzipBytes: gzipSync(text).length };
    })
    .sort((a, b) => (a.role === b.role ? a.file.localeCompare(b.file) : a.role === 'first-paint' ? -1 : b.role === 'first-paint' ? 1 : a.role.localeCompare(b.role)));
  const firstPaint = files.filter((f) => f.role === 'first-paint').reduce((sum, f) => sum + f.gzipBytes, 0);
  const wholeJourney = files.filter((f) => f.role !== 'invalid-only').reduce((sum, f) => sum + f.gzipBytes, 0);
  return { files, firstPaint, wholeJourney };
}

export const kib = (bytes: number): string => (bytes / 1024).toFixed(1);

/**
 * The widget's own words that it may say before its journey part has loaded (load/parts.ts):
 * loading, why a pathway cannot be shown, and the start page. They are part of the English
 * table (`en` in strings.ts, which a page's `strings` replaces entries of); here so the
 * first-paint module carries only these.
 */
/** A size as people say it: "5 MB", "60.2 MB" (megabytes of 1,048,576 bytes). */
const megabytes = (bytes: number) => `${Number((bytes / 1048576).toFixed(1))} MB`;

export const firstPaintEn = {
  loading: 'Loading the pathway…',
  loadErrorTitle: 'Sorry, this pathway cannot be shown',
  loadErrorFetch: 'The pathway could not be downloaded. Check your connection and try again. If it still cannot be downloaded, tell the council.',
  // The page is set up so that the widget cannot download the pathway (its src, its security policy).
  loadErrorBlocked: 'The pathway cannot be downloaded on this page because of how the page is set up. Tell the council, so that they can fix it.',
  // Not retryable: a 404 or 410, nothing at the address the page gives.
  loadErrorHttp: (status: number, retryable: boolean) =>
    retryable
      ? `The pathway could not be downloaded (the server answered ${status}). Try again later.`
      : `The pathway was not found at its address (the server answered ${status}). Tell the council, so that they can fix it.`,
  loadErrorNotJson: 'The pathway file is not valid JSON, so it cannot be read.',
  loadErrorInvalid: 'The pathway has mistakes that must be fixed by the council that publishes it:',
  loadErrorNoSource: 'No pathway was given to this page.',
  loadErrorMoreProblems: (count: number) => `And ${count} more.`,
  retry: 'Try again',

  // Start page
  opensInNewTab: '(opens in new tab)',
  startHeadingCaption: (authority: string) => authority,
  startButton: 'Start now',
  startIntroTitle: 'About this pathway',
  startWhatYouNeed:
    "You will need the pupil's records: the figures and dates the pathway asks for, and what has been done so far to support the pupil and family.",
  effectiveFrom: (date: string) => `In force from ${date}.`,
  lastUpdated: (date: string) => `Last updated ${date}.`,
  sourcesTitle: 'Source documents',
  statutoryTitle: 'Legislation and guidance',

  // When the pathway cannot be read (each is one item of the list after loadErrorInvalid). What
  // the council should run to find its mistakes is for the web team (load/web-team.ts), not the school.
  loadErrorTimeout: 'The pathway took too long to download. Check your connection and try again.',
  loadErrorPart: 'Part of this page could not be downloaded. Check your connection and try again. What you entered is kept.',
  loadProblemTooDeep: (limit: number) =>
    `The pathway is nested more than ${limit} levels deep (or contains itself), deeper than any real pathway, so it was not read.`,
  loadProblemTooLarge: (limit: number) =>
    `The pathway holds more than ${limit.toLocaleString('en-GB')} values, more than any real pathway, so it was not read.`,
  loadProblemFileTooLarge: (bytes: number | undefined, limit: number) =>
    `The pathway file is ${bytes === undefined ? 'larger than' : `${megabytes(bytes)}, larger than`} ${megabytes(limit)}, far more than any real pathway, so it was not read.`,
  loadProblemUnreadable:
    'Part of the pathway could not be read (reading it caused an error), so it cannot be checked. Give the widget the pathway as plain JSON data.',
  loadProblemUnexplained:
    'The pathway does not follow the Pathway format, but the place could not be worked out.',
  loadProblemUnknownId: (where: string, id: string) =>
    `${where}: "${id}" is not the name of anything in this pathway that fits here.`,
  loadProblemEngine:
    'The pathway passed its checks but could not be worked through.',
};

/** The words a page drawn before the journey part may use. */
export type FirstPaintStrings = typeof firstPaintEn;

/**
 * Whose journey (format 1.1): who uses the pathway and what the end of their journey is called.
 * Resolved once per pathway; the widget's wording follows from it, so it never says "referral"
 * where the pathway has none.
 */
import type { Journey, Pathway } from './schema-types.js';

export type JourneyAudience = Journey['audience'];
export type JourneyEndKind = NonNullable<Journey['end']>['kind'];

export interface ResolvedJourney {
  /** Who uses the pathway: "school" unless the pathway says otherwise. */
  audience: JourneyAudience;
  /** The id of the role who uses it, when the pathway names one. */
  role?: string;
  end: {
    /** What the journey leads to: the pathway's kind, else "referral" when it has referrals, else "record". */
    kind: JourneyEndKind;
    /** The end in plain words: the pathway's own label, else a default from the kind (e.g. "case review"). */
    label: string;
    /** True when the label is the pathway's own words; false when it is the default for the kind (a translator may replace it by kind). */
    labelFromPathway: boolean;
  };
}

/** The default name of each kind of end, in plain words. */
export const JOURNEY_END_LABELS: Readonly<Record<JourneyEndKind, string>> = Object.freeze({
  referral: 'referral',
  request: 'request',
  review: 'case review',
  plan: 'plan',
  record: 'record',
});

const AUDIENCES: ReadonlySet<string> = new Set(['school', 'localAuthority', 'professional']);

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Resolves the pathway's journey with its defaults: audience "school"; end kind "referral" when
 * the pathway has referrals, else "record"; label from the kind. Never throws, whatever it is given.
 */
export function resolveJourney(pathway: Pick<Pathway, 'journey' | 'referrals'> | null | undefined): ResolvedJourney {
  const journey: unknown = isRecord(pathway) ? pathway.journey : undefined;
  const referrals: unknown = isRecord(pathway) ? pathway.referrals : undefined;
  const hasReferrals = Array.isArray(referrals) && referrals.length > 0;
  const j = isRecord(journey) ? journey : {};
  const audience = typeof j.audience === 'string' && AUDIENCES.has(j.audience) ? (j.audience as JourneyAudience) : 'school';
  const endIn = isRecord(j.end) ? j.end : {};
  const kind: JourneyEndKind =
    typeof endIn.kind === 'string' && Object.prototype.hasOwnProperty.call(JOURNEY_END_LABELS, endIn.kind)
      ? (endIn.kind as JourneyEndKind)
      : hasReferrals
        ? 'referral'
        : 'record';
  const ownLabel = typeof endIn.label === 'string' && endIn.label.trim() !== '' ? endIn.label : undefined;
  const resolved: ResolvedJourney = {
    audience,
    end: { kind, label: ownLabel ?? JOURNEY_END_LABELS[kind], labelFromPathway: ownLabel !== undefined },
  };
  if (typeof j.role === 'string' && j.role !== '') resolved.role = j.role;
  return resolved;
}

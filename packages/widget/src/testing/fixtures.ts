/** The four seed pathways, as the widget tests load them, plus fresh copies to modify. */
import countyJson from '../../../../pathways/county-chronic-non-attendance.json';
import norfolkJson from '../../../../pathways/norfolk.json';
import southwarkJson from '../../../../pathways/southwark.json';
import wiganJson from '../../../../pathways/wigan.json';
import type { Pathway } from '@pathway/schema';

export const seeds = {
  wigan: wiganJson as unknown as Pathway,
  norfolk: norfolkJson as unknown as Pathway,
  southwark: southwarkJson as unknown as Pathway,
  county: countyJson as unknown as Pathway,
};

export type SeedName = keyof typeof seeds;

/** A deep copy, safe to change in one test. */
export function copyOf<T>(value: T): T {
  return structuredClone(value);
}

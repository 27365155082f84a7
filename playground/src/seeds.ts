/** The seed pathways in `pathways/`, by file name, loaded at build time. */
import type { Pathway } from '@pathway/schema';

const modules = import.meta.glob<Pathway>('../../pathways/*.json', { eager: true, import: 'default' });

export const seeds: Record<string, Pathway> = Object.fromEntries(
  Object.entries(modules).map(([path, pathway]) => [path.split('/').pop()!, pathway]),
);

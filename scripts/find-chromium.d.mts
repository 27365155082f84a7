/** Types for find-chromium.mjs (plain Node so that it runs before anything is built). */

export interface FindOptions {
  env?: Record<string, string | undefined>;
  candidates?: readonly string[];
  commands?: readonly string[];
  isExecutable?: (path: string) => boolean;
  exists?: (path: string) => boolean;
}

export interface MachineFacts {
  isRoot: boolean;
  isDebian: boolean;
  hasAptGet: boolean;
}

export type FindResult =
  | { path: string; source: 'PATHWAY_CHROMIUM' | 'CHROME_PATH' | 'usual place' | 'PATH'; problem?: undefined }
  | { path: null; source?: undefined; problem?: string };

export type Decision =
  | { action: 'use'; path: string; source: string }
  | { action: 'install' }
  | { action: 'stop'; message: string };

export interface DecideOptions extends FindOptions {
  facts?: Partial<MachineFacts>;
}

export interface EnsureOptions extends DecideOptions {
  run?: (command: string, args: string[]) => number;
  log?: (line: string) => void;
  error?: (line: string) => void;
}

export const CHROMIUM_ENV_VARS: readonly string[];
export const CHROMIUM_CANDIDATES: readonly string[];
export const CHROMIUM_COMMANDS: readonly string[];
export const INSTALL_COMMAND: string;
export function isExecutableFile(path: string): boolean;
export function findChromium(options?: FindOptions): FindResult;
export function machineFacts(options?: FindOptions): MachineFacts;
export function missingChromiumMessage(facts?: Partial<MachineFacts>): string;
export function decideChromium(options?: DecideOptions): Decision;
export function ensureChromium(options?: EnsureOptions): number;

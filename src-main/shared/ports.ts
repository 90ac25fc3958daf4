// Ports the engine and storage depend on (logger, clock, randomness, progress); the faces fill them
// in (DESIGN.md "The shape", convention 5).
import type { IssueStep } from './types.ts';

export interface Logger {
  debug(msg: string, fields?: Record<string, unknown>): void;
  info(msg: string, fields?: Record<string, unknown>): void;
  warn(msg: string, fields?: Record<string, unknown>): void;
  error(msg: string, fields?: Record<string, unknown>): void;
}

export interface Clock {
  now(): number;
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export const systemClock: Clock = {
  now: () => Date.now(),
  setTimeout: (fn, ms) => setTimeout(fn, ms),
  clearTimeout: (h) => clearTimeout(h as ReturnType<typeof setTimeout>),
};

export type Random = () => number;

export const silentLogger: Logger = { debug() {}, info() {}, warn() {}, error() {} };

export type ProgressFn = (step: IssueStep) => void;

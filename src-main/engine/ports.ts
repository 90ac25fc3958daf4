// The engine's ports live in shared/ports.ts (storage's file logger implements Logger too).
export * from '../shared/ports.ts';

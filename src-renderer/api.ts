// The renderer's only door to Certdesk: window.certdesk (the contract). Types come from the
// contract with `import type`, so no schema code is bundled here.
import { useEffect, useRef } from 'react';
import type {
  AppEvent,
  Channel,
  ErrorShape,
  Input,
  Output,
  Result,
} from '../src-main/shared/contract.ts';

export type { AppEvent, Channel, ErrorShape, Input, Output, Result };

export function call<C extends Channel>(channel: C, input: Input<C>): Promise<Result<Output<C>>> {
  const api = window.certdesk;
  if (!api)
    return Promise.resolve({
      ok: false,
      error: { code: 'ui-offline', message: 'Certdesk is not answering.', retryable: true },
    });
  return api.invoke(channel, input).catch(() => ({
    ok: false as const,
    error: { code: 'ui-offline', message: 'Certdesk is not answering.', retryable: true },
  }));
}

/** Calls cb for every server event while the component is mounted. */
export function useAppEvents(cb: (e: AppEvent) => void): void {
  const ref = useRef(cb);
  ref.current = cb;
  useEffect(() => window.certdesk?.onEvent((e) => ref.current(e)), []);
}

/** A run id for one issuance or renewal, so its progress events can be told apart. */
export function newRunId(): string {
  const a = new Uint8Array(9);
  crypto.getRandomValues(a);
  return `run-${Array.from(a, (b) => b.toString(16).padStart(2, '0')).join('')}`;
}

// Browser mode's `window.certdesk`: the same interface the Electron preload exposes, over the HTTP
// bridge of src-main/web/server.ts. The token printed by "certdesk ui" arrives in the address's
// fragment (never sent to a server, never in a Referer), is kept in sessionStorage for reloads of
// this tab, and goes with every request as a header; the fragment is then removed from the address.
import type {
  AppEvent,
  CertdeskApi,
  Channel,
  Input,
  Output,
  Result,
} from '../src-main/shared/contract.ts';

const TOKEN_KEY = 'certdesk-token';
const HEADER = 'X-Certdesk-Token';

export function readToken(): string | null {
  const m = /(?:^#|&)token=([A-Za-z0-9_-]{16,512})/.exec(window.location.hash);
  if (m) {
    try {
      sessionStorage.setItem(TOKEN_KEY, m[1]);
    } catch {
      /* storage off: keep it in memory */
    }
    history.replaceState(null, '', window.location.pathname + window.location.search);
    return m[1];
  }
  try {
    return sessionStorage.getItem(TOKEN_KEY);
  } catch {
    return null;
  }
}

/** Errors of the bridge itself; the renderer translates them by code like any other. */
const offline = (): Result<never> => ({
  ok: false,
  error: { code: 'ui-offline', message: 'Certdesk is not answering.', retryable: true },
});
const noToken = (): Result<never> => ({
  ok: false,
  error: {
    code: 'ui-no-token',
    message: 'This page was opened without its key.',
    retryable: false,
  },
});

/** Reads a server-sent event stream from a fetch body (fetch, unlike EventSource, can send the token as a header). */
async function readEvents(
  res: Response,
  emit: (e: AppEvent) => void,
  signal: AbortSignal,
): Promise<void> {
  const reader = res.body!.pipeThrough(new TextDecoderStream()).getReader();
  let buf = '';
  while (!signal.aborted) {
    const { value, done } = await reader.read();
    if (done) return;
    buf += value;
    let i: number;
    while ((i = buf.indexOf('\n\n')) >= 0) {
      const block = buf.slice(0, i);
      buf = buf.slice(i + 2);
      const data = block
        .split('\n')
        .filter((l) => l.startsWith('data: '))
        .map((l) => l.slice(6))
        .join('\n');
      if (!data) continue;
      try {
        emit(JSON.parse(data) as AppEvent);
      } catch {
        /* a broken event is skipped */
      }
    }
  }
}

export function createHttpBridge(token: string | null): CertdeskApi & { connected(): boolean } {
  const listeners = new Set<(e: AppEvent) => void>();
  let stream: AbortController | null = null;
  let live = false;
  const emit = (e: AppEvent) => {
    for (const l of [...listeners]) l(e);
  };

  const connect = () => {
    if (!token || stream) return;
    const ctrl = new AbortController();
    stream = ctrl;
    void (async () => {
      let wait = 1000;
      while (!ctrl.signal.aborted) {
        try {
          const res = await fetch('/api/events', {
            headers: { [HEADER]: token },
            signal: ctrl.signal,
            cache: 'no-store',
          });
          if (res.ok && res.body) {
            live = true;
            wait = 1000;
            await readEvents(res, emit, ctrl.signal);
          }
        } catch {
          /* reconnect below */
        }
        live = false;
        if (ctrl.signal.aborted) return;
        await new Promise((r) => setTimeout(r, wait));
        wait = Math.min(wait * 2, 10_000);
      }
    })();
  };

  return {
    platform: 'browser',
    connected: () => live,
    async invoke<C extends Channel>(channel: C, input: Input<C>): Promise<Result<Output<C>>> {
      if (!token) return noToken();
      let res: Response;
      try {
        res = await fetch(`/api/${channel}`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', [HEADER]: token },
          body: JSON.stringify(input ?? {}),
          cache: 'no-store',
        });
      } catch {
        return offline();
      }
      try {
        return (await res.json()) as Result<Output<C>>;
      } catch {
        return offline();
      }
    },
    onEvent(cb) {
      listeners.add(cb);
      connect();
      return () => {
        listeners.delete(cb);
        if (listeners.size === 0 && stream) {
          stream.abort();
          stream = null;
        }
      };
    },
  };
}

/** In the desktop app the preload has defined window.certdesk; in a browser, this does. */
export function installHttpBridge(): void {
  if (window.certdesk) return;
  window.certdesk = createHttpBridge(readToken());
}

declare global {
  interface Window {
    certdesk?: CertdeskApi;
  }
}

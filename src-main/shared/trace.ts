// CERTDESK_TRACE=1 writes timestamped marks to stderr, so `npm run bench` can say where one
// issuance's time goes (issue 21: start-up, store and keys, requests, the CA, polls). Off, it
// costs one comparison. Times are epoch milliseconds: the bench lines them up with the requests
// it sees at the CA.
const on = typeof process !== 'undefined' && process.env?.CERTDESK_TRACE === '1';

export function traceMark(label: string): void {
  if (!on) return;
  const now = performance.timeOrigin + performance.now();
  process.stderr.write(`certdesk-trace ${label} ${now.toFixed(3)}\n`);
}

/** The moment the process started (Node's time origin), then the mark itself. */
export function traceStart(label: string): void {
  if (!on) return;
  process.stderr.write(`certdesk-trace process-start ${performance.timeOrigin.toFixed(3)}\n`);
  traceMark(label);
}

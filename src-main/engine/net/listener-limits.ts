// Limits every Certdesk listener shares (issue 20, part 4): the built-in http-01 server and
// browser mode. Node enforces headersTimeout and requestTimeout only when it checks its
// connections, every connectionsCheckingInterval (30 s by default): once a second here, so a
// 10-second limit is 10 seconds. A request Node's parser refuses is answered, then its
// connection goes, so a refused client cannot keep the socket.
import type { Duplex } from 'node:stream';

export const CONNECTIONS_CHECKING_INTERVAL_MS = 1_000;

/** Oversized headers (431), a timeout (408) or garbage (400): answered, then the connection goes. */
export function refuseBadRequest(err: NodeJS.ErrnoException, socket: Duplex): void {
  const status =
    err.code === 'HPE_HEADER_OVERFLOW'
      ? '431 Request Header Fields Too Large'
      : err.code === 'ERR_HTTP_REQUEST_TIMEOUT'
        ? '408 Request Timeout'
        : '400 Bad Request';
  if (socket.writable && !(socket as { _httpMessage?: unknown })._httpMessage)
    // As Node's own handler: written (a few bytes go out at once), then the socket is destroyed.
    socket.write(`HTTP/1.1 ${status}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
  socket.destroy();
}

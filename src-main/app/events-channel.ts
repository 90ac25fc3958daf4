// The one channel main -> renderer events travel on (preload.ts listens, ipc-core.ts sends).
export const EVENTS_CHANNEL = 'certdesk:event';

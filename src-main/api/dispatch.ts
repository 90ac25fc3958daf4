// The one path every request takes (DESIGN.md convention 1): trusted-sender check FIRST, in the
// transport and only there (app/ipc-core.ts isTrustedSender checks the frame, web/guard.ts the
// token, Host and Origin: issue 16), then the contract's zod schema for the input, then the
// handler, then the schema of the answer.
// What leaves is always a Result: a thrown error becomes { code, message, retryable, detail }
// and never carries a stack trace or a private key (R8).
import type { z } from 'zod';
import {
  CONTRACT,
  isChannel,
  AppEventSchema,
  type AppEvent,
  type Channel,
  type ErrorShape,
  type Input,
  type Output,
  type Result,
} from '../shared/contract.ts';
import { isCertdeskError, type AppErrorShape } from '../shared/errors.ts';
import { isText, said, type Text } from '../shared/engine-text.ts';
import { textFromEnglish } from '../engine/history-text.ts';

/** Who asked. The check itself happened before dispatch; handlers only learn which face it was. */
export type SenderInfo = { face: 'app' | 'browser' };

export type Handler = (input: unknown, sender: SenderInfo) => Promise<Result<unknown>>;
export type Handlers = Record<Channel, Handler>;
export type Impl<C extends Channel> = (input: Input<C>, sender: SenderInfo) => Promise<Output<C>>;
export type Impls = { [C in Channel]: Impl<C> };

const KEY_MARK = /-----BEGIN [A-Z ]*PRIVATE KEY-----/;
const MAX_DETAIL = 4000;

/** A plain error shape: no stack, no cause chain, no key material, bounded detail. */
export function safeError(e: unknown): ErrorShape {
  let shape: AppErrorShape | ErrorShape;
  if (isCertdeskError(e)) shape = e.toShape();
  else {
    const detail = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
    shape = { code: 'internal', ...said('failure.internal'), retryable: true, detail };
  }
  // Issue 18: an error built from English alone (a file not yet turned to Texts) still reaches
  // the window in the person's language when its English is a sentence Certdesk knows.
  const t = shape.text ?? textFromEnglish(shape.message);
  const out: ErrorShape = {
    code: shape.code,
    message: scrub(shape.message),
    retryable: shape.retryable,
  };
  if (shape.retryAfter) out.retryAfter = shape.retryAfter;
  if (shape.detail) out.detail = scrub(shape.detail).slice(0, MAX_DETAIL);
  if (t && isText(t)) out.text = scrubText(t);
  // Only an https page reaches a button in the window (issue 18: the CA's unpause page).
  if ('link' in shape && shape.link && /^https:\/\/[^\s]+$/.test(shape.link))
    out.link = shape.link.slice(0, 2048);
  return out;
}

/** A Text with every string param scrubbed like the message (params may quote what a server said). */
function scrubText(t: Text): Text {
  if (!t.params) return t;
  const params = Object.fromEntries(
    Object.entries(t.params).map(([k, v]) => [
      k,
      typeof v === 'string'
        ? scrub(v).slice(0, MAX_DETAIL)
        : typeof v === 'object'
          ? scrubText(v)
          : v,
    ]),
  );
  return { key: t.key, params };
}

function scrub(text: string): string {
  // Stack frames ("    at fn (file:line)") are for developers' logs, not for people (convention 3).
  const noStack = text
    .split('\n')
    .filter((l) => !/^\s+at\s/.test(l))
    .join('\n');
  return KEY_MARK.test(noStack)
    ? noStack.replace(
        /-----BEGIN [A-Z ]*PRIVATE KEY-----[\s\S]*?(-----END [A-Z ]*PRIVATE KEY-----|$)/g,
        '[private key removed]',
      )
    : noStack;
}

function issuesText(error: z.ZodError): string {
  return error.issues
    .map((i) => `${i.path.length ? `${i.path.join('.')}: ` : ''}${i.message}`)
    .join('\n');
}

const cut = (s: string, n: number): string => (s.length > n ? `${s.slice(0, n)}...` : s);

export function invalidInput(channel: string, error: z.ZodError): ErrorShape {
  const list = issuesText(error);
  const first = error.issues[0];
  const where = first && first.path.length ? ` (${cut(first.path.join('.'), 80)})` : '';
  return {
    code: 'invalid-input',
    // Zod repeats what it was sent ("Unrecognized keys: ..."): a hostile payload must not make the sentence huge (issue 8 fuzz).
    message: `Certdesk could not accept this request: ${cut(first?.message ?? 'the input is not in the expected form', 200)}${where}. Check the form and try again.`,
    retryable: false,
    detail: `${channel}\n${list}`.slice(0, MAX_DETAIL),
  };
}

/** Wraps the implementations: input schema, handler, answer schema, key guard. */
export function wrapHandlers(impls: Impls): Handlers {
  const out = {} as Handlers;
  for (const channel of Object.keys(CONTRACT) as Channel[]) {
    const spec = CONTRACT[channel];
    const impl = impls[channel] as (input: unknown, sender: SenderInfo) => Promise<unknown>;
    out[channel] = async (input, sender) => {
      const parsed = spec.input.safeParse(input ?? {});
      if (!parsed.success) return { ok: false, error: invalidInput(channel, parsed.error) };
      let value: unknown;
      try {
        value = await impl(parsed.data, sender);
      } catch (e) {
        return { ok: false, error: safeError(e) };
      }
      const checked = spec.output.safeParse(value);
      if (!checked.success) {
        return {
          ok: false,
          error: {
            code: 'internal',
            message:
              'Certdesk produced an answer it could not check, so it was not shown. Try again; if it keeps happening, report it with the details.',
            retryable: true,
            detail: `${channel}\n${issuesText(checked.error)}`.slice(0, MAX_DETAIL),
          },
        };
      }
      // Belt and braces for R8: no answer may ever carry key material to a renderer.
      if (KEY_MARK.test(JSON.stringify(checked.data))) {
        return {
          ok: false,
          error: {
            code: 'internal',
            message:
              'Certdesk stopped an answer that contained a private key: keys never leave the main process. Please report this.',
            retryable: false,
            detail: channel,
          },
        };
      }
      return { ok: true, value: checked.data };
    };
  }
  return out;
}

/**
 * The entry point of both faces, called only after the transport trusted the sender (ipc-core.ts
 * registerIpc, web/server.ts handle): a refused request never gets here.
 */
export async function dispatch(
  handlers: Handlers,
  channel: string,
  input: unknown,
  sender: SenderInfo = { face: 'app' },
): Promise<Result<unknown>> {
  if (!isChannel(channel)) {
    return {
      ok: false,
      error: {
        code: 'invalid-input',
        message: `Certdesk has no request named "${String(channel).slice(0, 60)}". Update the page or restart Certdesk.`,
        retryable: false,
      },
    };
  }
  try {
    return await handlers[channel](input, sender);
  } catch (e) {
    return { ok: false, error: safeError(e) };
  }
}

/** Checks an event against the contract before it goes out; a bad or key-carrying one is dropped. */
export function checkedEmitter(
  emit: (event: AppEvent) => void,
  onDropped?: (why: string) => void,
): (event: AppEvent) => void {
  return (event) => {
    const r = AppEventSchema.safeParse(event);
    if (!r.success) {
      onDropped?.(`event ${String((event as { type?: unknown }).type)}: ${issuesText(r.error)}`);
      return;
    }
    if (KEY_MARK.test(JSON.stringify(r.data))) {
      onDropped?.(`event ${r.data.type}: carried key material`);
      return;
    }
    emit(r.data);
  };
}

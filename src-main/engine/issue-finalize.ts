// The end of one ACME order (RFC 8555 section 7.4): finalize with the CSR made during validation,
// wait for the certificate, download it and check it against the key and the names.
import { CertdeskError } from '../shared/errors.ts';
import type { WrappedClient } from './acme/client.ts';
import { problemToError } from './acme/problems.ts';
import { pollUntil, type PollOptions } from './acme/poll.ts';
import { sameKey } from './keys.ts';
import { verifyIssued } from './cert-info.ts';
import { said } from '../shared/engine-text.ts';
import type { IssueInput, IssueOutput } from './issue.ts';
import type { Order, OrderRequests } from './issue-session.ts';

type Finish = OrderRequests & {
  input: IssueInput;
  keyPromise: Promise<string>;
  csrPromise: Promise<[Buffer, Buffer]>;
  order: Order;
  poll: Required<PollOptions>;
  w: WrappedClient;
};

/** Finalize with the CSR made during validation, wait for the certificate, download it. */
export async function finishOrder(f: Finish): Promise<IssueOutput> {
  const { input, keyPromise, client, guard, postAsGet, order, poll, w } = f;
  const { names, signal, progress } = input;
  const keyPem = await keyPromise;
  if (sameKey(keyPem, input.account.keyPem)) {
    throw new CertdeskError(
      'invalid-input',
      'The certificate key is the account key. Certdesk never uses an account key for a certificate (R17); let it make a new key.',
    );
  }
  progress({ step: 'finalize', ...said('progress.finalize') });
  const csr = await f.csrPromise;
  let finalOrder = await guard(
    'finalize the order',
    async () => (await client.finalizeOrder(order as never, csr[1])) as unknown as Order,
  );
  if (finalOrder.status !== 'valid') {
    finalOrder = await pollUntil<Order>(
      () => guard('check the order', () => postAsGet<Order>(order.url)),
      (o) => o.status === 'valid' || o.status === 'invalid',
      poll,
      signal,
      'the CA to issue the certificate',
    );
  }
  if (finalOrder.status !== 'valid')
    throw problemToError(finalOrder.error ?? { detail: `order is ${finalOrder.status}` });
  progress({ step: 'download', ...said('progress.download') });
  const chainPem = await guard('download the certificate', () =>
    client.getCertificate({ ...finalOrder, url: order.url } as never, input.preferredChain),
  );
  const info = verifyIssued(chainPem, keyPem, names);
  return { chainPem, keyPem, info, requests: w.requestCount() };
}

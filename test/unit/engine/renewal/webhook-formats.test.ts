// Notifications in each service's own format (issue 17), posted to a local server that answers as
// Slack, Teams Workflows, Discord, ntfy and Gotify document and refuses any other shape
// (test/helpers/chat-services.ts: no real service can run here). The format comes from the URL's
// host, or from Settings; "Send test" uses it; the words are in the person's language.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runCli } from '../../../helpers/cli.ts';
import { webhookChannel } from '../../../../src-main/engine/renewal/notify-webhook.ts';
import {
  createNotifier,
  makeNotice,
  memoryGate,
  type Notice,
} from '../../../../src-main/engine/renewal/notifier.ts';
import { mainT } from '../../../../src-main/shared/main-i18n.ts';
import { webhookRequest } from '../../../../src-main/engine/renewal/webhook-formats.ts';
import {
  detectWebhookFormat,
  WEBHOOK_FORMATS,
  type WebhookFormat,
} from '../../../../src-main/shared/webhook-format.ts';
import {
  GOTIFY_TOKEN,
  startChatServices,
  type ChatServices,
} from '../../../helpers/chat-services.ts';

let chat: ChatServices;
before(async () => {
  chat = await startChatServices();
});
after(async () => {
  await chat?.stop();
});

const NOW = Date.parse('2026-03-15T08:30:00Z');
const cert = {
  id: 'c1',
  names: ['example.com', 'www.example.com'],
  notAfter: '2026-03-20T00:00:00Z',
};
const failed = (lang = 'en'): Notice =>
  makeNotice(
    'renewal-failed',
    cert,
    NOW,
    { error: { code: 'dns', message: 'No TXT record.', retryable: true } },
    lang,
  );
const urlFor = (f: Exclude<WebhookFormat, 'json'>): string =>
  ({
    slack: `${chat.base}/slack/services/T000/B000/XXXX`,
    teams: `${chat.base}/teams/workflows/abc/triggers/manual/paths/invoke?sig=s`,
    discord: `${chat.base}/discord/api/webhooks/123/tok`,
    ntfy: `${chat.base}/ntfy/certdesk-alerts`,
    gotify: `${chat.base}/gotify/message?token=${GOTIFY_TOKEN}`,
  })[f];

test('the format comes from the URL: Slack, Teams Workflows, Discord, ntfy.sh, Gotify; anything else is our JSON', () => {
  const cases: [string, WebhookFormat][] = [
    ['https://hooks.slack.com/services/T0/B0/xyz', 'slack'],
    [
      'https://prod-12.westeurope.logic.azure.com:443/workflows/1/triggers/manual/paths/invoke?sig=x',
      'teams',
    ],
    [
      'https://default0a1b.12.environment.api.powerplatform.com:443/powerautomate/automations/direct/workflows/1/triggers/manual/paths/invoke',
      'teams',
    ],
    ['https://contoso.webhook.office.com/webhookb2/x', 'teams'],
    ['https://discord.com/api/webhooks/1/tok', 'discord'],
    ['https://ptb.discordapp.com/api/webhooks/1/tok', 'discord'],
    ['https://discord.com/channels/1', 'json'],
    ['https://ntfy.sh/my-topic', 'ntfy'],
    ['https://push.example.org/message?token=abc', 'gotify'],
    ['https://hooks.example.org/certdesk', 'json'],
    ['https://evil.example/hooks.slack.com', 'json'],
  ];
  for (const [url, want] of cases) assert.equal(detectWebhookFormat(url), want, url);
});

for (const format of WEBHOOK_FORMATS.filter((f) => f !== 'json') as Exclude<
  WebhookFormat,
  'json'
>[]) {
  test(`${format}: the service takes the notice in its documented shape, title and message intact`, async () => {
    const n = failed();
    const before = chat.received.length;
    await webhookChannel({ url: urlFor(format), format }).send(n);
    assert.deepEqual(chat.refused, []);
    const got = chat.received.slice(before);
    assert.equal(got.length, 1);
    assert.equal(got[0].service, format);
    assert.equal(got[0].title, n.title);
    assert.ok(got[0].message.startsWith(n.message), got[0].message);
    // A failed renewal is loud where the service has priorities (ntfy 4 "high", Gotify 8).
    if (format === 'ntfy') assert.equal(got[0].priority, 4);
    if (format === 'gotify') assert.equal(got[0].priority, 8);
  });
}

test('our JSON is what the old webhook sent: the Notice itself', () => {
  const n = failed();
  assert.deepEqual(JSON.parse(webhookRequest('json', n).body), n);
});

test('"Send test" in Settings goes out in the picked format and in the person\'s language (ntfy: a non-ASCII title survives the header)', async () => {
  for (const [lang, format] of [
    ['zh', 'ntfy'],
    ['da', 'slack'],
    ['hu', 'teams'],
  ] as const) {
    const before = chat.received.length;
    const notifier = createNotifier({
      channels: [webhookChannel({ url: urlFor(format), format })],
      gate: memoryGate(),
      notifyOnSuccess: false,
      language: () => lang,
    });
    const r = await notifier.test('webhook');
    assert.equal(r.sent, true, r.detail);
    const got = chat.received.slice(before);
    assert.equal(got.length, 1);
    assert.equal(got[0].service, format);
    // The test message in that language, not the English one.
    assert.equal(got[0].title, mainT(lang)('notice.testTitle'));
    assert.notEqual(got[0].title, mainT('en')('notice.testTitle'));
    if (lang === 'zh') assert.match(got[0].title, /[\u4e00-\u9fff]/);
  }
  assert.deepEqual(chat.refused, []);
});

test("a shape the service refuses gives the status and the service's reason in the detail", async () => {
  // Our JSON posted to ntfy is refused by the stand-in (the real ntfy would show it raw).
  const ch = webhookChannel({ url: urlFor('ntfy'), format: 'json' });
  await assert.rejects(ch.send(failed()), (e: { message: string; detail?: string }) => {
    assert.match(e.message, /HTTP 400/);
    assert.match(e.detail ?? '', /shown as raw text/);
    return true;
  });
  const wrongToken = webhookChannel({
    url: `${chat.base}/gotify/message?token=nope`,
    format: 'gotify',
  });
  await assert.rejects(wrongToken.send(failed()), /refused the message \(HTTP 401\)/);
  chat.refused.length = 0;
});

test("long messages are cut to each service's limit instead of being refused (Discord 2000, Slack header 150)", async () => {
  const long: Notice = { ...failed(), title: 'T'.repeat(400), message: 'm'.repeat(5000) };
  for (const format of ['discord', 'slack'] as const)
    await webhookChannel({ url: urlFor(format), format }).send(long);
  assert.deepEqual(chat.refused, []);
});

test('certdesk notify --webhook-format ntfy --test webhook: the CLI stores the format and the test goes out as ntfy; a bad format is one sentence, exit 2', async () => {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'certdesk-notify-format-'));
  const before = chat.received.length;
  const r = await runCli([
    'notify',
    '--webhook',
    urlFor('ntfy'),
    '--webhook-format',
    'ntfy',
    '--test',
    'webhook',
    '--data-dir',
    dataDir,
  ]);
  assert.equal(r.code, 0, r.stdout + r.stderr);
  assert.match(r.stdout, /^Webhook: http:\/\/127\.0\.0\.1:\d+\/… \(ntfy\)$/m);
  const got = chat.received.slice(before);
  assert.equal(got.length, 1);
  assert.equal(got[0].service, 'ntfy');
  const bad = await runCli(['notify', '--webhook-format', 'telegram', '--data-dir', dataDir]);
  assert.equal(bad.code, 2);
  assert.match(
    bad.stderr,
    /--webhook-format takes auto, slack, teams, discord, ntfy, gotify, json/,
  );
});

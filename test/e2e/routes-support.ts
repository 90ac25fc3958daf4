// What the route suites share (issue 15, "every route issued from the window, against real
// servers"): one face of faces.ts (browser mode, or the real Electron app) per file and face, one
// page, and the steps a person takes for each route: names, the "how can the CA reach you"
// questions, the details form filled by its translated labels, pre-flight, the live issuance, the
// dashboard and "Renew now". Every text the tests look for comes from the renderer's translation of
// the run's language.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import type { Page, Route as PwRoute } from 'playwright-core';
import { literal, shot, translator, type StackOptions } from './support.ts';
import { startWithAccount, type Face, type FaceRun } from './faces.ts';
import type { Bind } from '../helpers/bind.ts';
import type { ChallTestSrv } from '../helpers/pebble.ts';
import type { CertificateSummary } from '../../src-main/shared/types.ts';

export type Check = { verdict: string; text: string };

export class RouteUi {
  readonly t: ReturnType<typeof translator>;
  readonly page: Page;
  readonly stack: FaceRun;
  readonly lng: string;
  readonly errors: string[];
  /** Browser mode: the window's requests are HTTP, so an answer can be held for a screenshot. */
  readonly browserMode: boolean;
  constructor(stack: FaceRun, lng: string, face: Face) {
    this.page = stack.page;
    this.stack = stack;
    this.lng = lng;
    this.errors = stack.errors;
    this.browserMode = face.name === 'browser';
    this.t = translator(lng);
  }

  /** A screenshot for the user guide: browser mode only (one picture per screen). */
  async shot(name: string): Promise<void> {
    if (this.browserMode) await shot(this.page, name);
  }

  /** The translation of key; fails when the language has no text for it (no English key shown). */
  tx = (key: string, vars?: Record<string, unknown>): string => {
    const s = this.t(key, vars ?? {});
    assert.notEqual(s, key, `the ${this.lng} translation has ${key}`);
    return s;
  };
  head = (key: string): RegExp => literal(this.tx(key).split('{{')[0].trim());
  button = (key: string, vars?: Record<string, unknown>) =>
    this.page.getByRole('button', { name: this.tx(key, vars), exact: true });
  label = (key: string) => this.page.getByLabel(this.tx(key), { exact: true });

  async heading(key: string): Promise<void> {
    await this.page
      .locator('h1')
      .filter({ hasText: this.head(key) })
      .waitFor();
  }

  /** Names step, from the navigation's "New certificate". */
  async names(names: string[]): Promise<void> {
    await this.page
      .getByRole('navigation')
      .getByRole('button', { name: this.tx('nav.newCertificate'), exact: true })
      .click();
    await this.heading('names.title');
    await this.label('names.label').fill(names.join(', '));
    await this.page.getByText(this.tx('names.ok', { count: names.length })).waitFor();
    await this.button('common.next').click();
    await this.heading('route.title');
  }

  /** Answers the route questions, e.g. [['server','no'],['upload','sftp']]; checks the recommendation. */
  async answer(answers: [string, string][], recommended: string): Promise<void> {
    for (const [q, a] of answers) {
      await this.page
        .getByRole('group', { name: literal(this.tx(`route.q.${q}`)) })
        .getByLabel(this.tx(`route.a.${q}.${a}`), { exact: true })
        .check();
    }
    await this.page
      .getByRole('heading', {
        name: this.tx('route.recommended', { route: this.tx(`route.name.${recommended}`) }),
      })
      .waitFor();
    await this.button('common.next').click();
    await this.heading(`details.title.${recommended}`);
  }

  /** Pre-flight: waits for the findings and returns them (verdict from the item's class, text as shown). */
  async preflight(): Promise<{ checks: Check[]; allGood: boolean }> {
    await this.heading('preflight.title');
    const status = this.page.getByRole('status').filter({
      hasText: new RegExp(
        `${literal(this.tx('preflight.allGood')).source}|${literal(this.tx('preflight.someFailed')).source}`,
      ),
    });
    await status.waitFor({ timeout: 60_000 });
    const items = this.page.locator('ul.checks li.check');
    const checks: Check[] = [];
    for (let i = 0; i < (await items.count()); i++) {
      const cls = (await items.nth(i).getAttribute('class')) ?? '';
      checks.push({
        verdict: /check-(\w+)/.exec(cls)?.[1] ?? '?',
        text: (await items.nth(i).innerText()).replace(/\s+/g, ' '),
      });
    }
    if (this.lng !== 'en')
      assert.equal(
        await this.page.locator('ul.checks [lang="en"]').count(),
        0,
        'no finding left in English',
      );
    return { checks, allGood: (await status.innerText()).includes(this.tx('preflight.allGood')) };
  }

  /** A finding whose text is the translation of an engine sentence, with the verdict expected. */
  expectFinding(
    checks: Check[],
    verdict: string,
    key: string,
    vars: Record<string, unknown>,
  ): void {
    const want = this.tx(`engine.${key}`, vars);
    assert.ok(
      checks.some((c) => c.verdict === verdict && c.text.includes(want)),
      `a ${verdict} finding "${want}" in:\n${checks.map((c) => `${c.verdict}: ${c.text}`).join('\n')}`,
    );
  }

  /**
   * Holds the window's cert:issue (or cert:renew) answer until released, so the live steps can be
   * seen and photographed before the page moves on. The request itself runs at once, unchanged.
   */
  async hold(channel: string): Promise<{ answered: Promise<void>; release(): void }> {
    let release!: () => void;
    const gate = new Promise<void>((r) => {
      release = r;
    });
    let answered!: () => void;
    const done = new Promise<void>((r) => {
      answered = r;
    });
    await this.page.route(
      `**/api/${channel}`,
      async (route: PwRoute) => {
        const response = await route.fetch({ timeout: 180_000 });
        answered();
        await gate;
        await route.fulfill({ response });
      },
      { times: 1 },
    );
    return { answered: done, release };
  }

  /** Pre-flight's button that orders the certificate: "Get the certificate" or "Try anyway". */
  getIt() {
    return this.page.getByRole('button', {
      name: new RegExp(
        [this.tx('preflight.get'), this.tx('preflight.anyway')]
          .map((s) => literal(s).source)
          .join('|'),
      ),
    });
  }

  steps() {
    return this.page.getByRole('list', { name: this.tx('issue.stepsLabel') });
  }

  /**
   * The Electron face has no HTTP answer to hold (the window asks over IPC): the step labels are
   * recorded as the page shows them, and read once the page has moved on.
   */
  private async recordSteps(): Promise<() => Promise<string[]>> {
    type Rec = { seen: string[]; observer?: MutationObserver };
    await this.page.evaluate(() => {
      const w = window as unknown as { __certdeskSteps?: Rec };
      w.__certdeskSteps?.observer?.disconnect();
      const rec: Rec = { seen: [] };
      const grab = () =>
        document.querySelectorAll('ol.run-steps .step-label').forEach((e) => {
          const label = (e.textContent ?? '').trim();
          if (!rec.seen.includes(label)) rec.seen.push(label);
        });
      rec.observer = new MutationObserver(grab);
      rec.observer.observe(document.body, { subtree: true, childList: true, characterData: true });
      w.__certdeskSteps = rec;
    });
    return () =>
      this.page.evaluate(
        () => (window as unknown as { __certdeskSteps: Rec }).__certdeskSteps.seen,
      );
  }

  /**
   * Presses "Get the certificate" on the pre-flight step and follows the live steps to the end:
   * `during` runs while the issuance is under way (a manual route's prompt), the steps are
   * photographed once the engine is done (browser mode), then the page shows "done".
   */
  async issue(
    names: string[],
    shotName: string,
    during?: () => Promise<void>,
  ): Promise<CertificateSummary> {
    const held = this.browserMode ? await this.hold('cert:issue') : null;
    const recorded = held ? null : await this.recordSteps();
    await this.getIt().click();
    await this.heading('issue.title');
    if (during) await during();
    const want = [
      this.tx('run.step.done'),
      ...names.map((n) => this.tx('run.step.validation', { name: n })),
      this.tx('run.step.order'),
    ];
    if (held) {
      await held.answered;
      const steps = this.steps();
      for (const label of want) await steps.getByText(label, { exact: true }).waitFor();
      await shot(this.page, shotName);
      held.release();
    }
    await this.heading('done.title');
    if (recorded) {
      const seen = await recorded();
      for (const label of want) assert.ok(seen.includes(label), `step "${label}" in ${seen}`);
    }
    const c = this.stack.engine
      .listCertificates()
      .find((x) => [...x.names].sort().join() === [...names].sort().join());
    assert.ok(c, `a certificate for ${names.join(', ')}`);
    assert.equal(c.status, 'valid');
    return c;
  }

  /** From "done" to the dashboard: the row is there and valid; "Renew now" renews it without a prompt. */
  async renewFromDashboard(c: CertificateSummary): Promise<CertificateSummary> {
    await this.button('done.toDashboard').click();
    return this.renewOnDashboard(c);
  }

  /** On the dashboard (or from the menu to it): "Renew now" renews the row without a prompt. */
  async renewOnDashboard(c: CertificateSummary, viaMenu = false): Promise<CertificateSummary> {
    if (viaMenu)
      await this.page.getByRole('button', { name: this.tx('nav.dashboard'), exact: true }).click();
    await this.heading('dashboard.title');
    const row = this.page.getByRole('row', { name: literal(c.names[0]) });
    await row.waitFor();
    assert.ok((await row.innerText()).includes(this.tx('status.valid')));
    await row.getByRole('button', { name: this.tx('dashboard.renew') }).click();
    await this.page
      .getByText(this.tx('dashboard.renewed', { name: c.names[0] }))
      .waitFor({ timeout: 90_000 });
    // No question was asked: a prompt would have opened the certificate page instead.
    assert.equal(await this.page.locator('section.prompt').count(), 0);
    return this.assertRenewed(c);
  }

  assertRenewed(c: CertificateSummary): CertificateSummary {
    const stored = this.stack.engine.getStored(c.id);
    assert.equal(stored.attempts.length, 2, 'issuance and renewal');
    assert.ok(
      stored.attempts.every((a) => a.outcome === 'success'),
      JSON.stringify(stored.attempts),
    );
    const now = this.stack.engine.listCertificates().find((x) => x.id === c.id)!;
    assert.ok(
      now.serial && now.serial !== c.serial,
      `a new certificate (serial ${c.serial} -> ${now.serial})`,
    );
    assert.equal(now.status, 'valid');
    return now;
  }

  noPageErrors(): void {
    assert.deepEqual(this.errors, [], 'no page errors or CSP violations');
  }
}

/** A face's stack and page for one file; the account is made through the engine (first run is flow.ts's). */
export async function openRouteUi(
  face: Face,
  lng: string,
  locale: string,
  opts: StackOptions = {},
): Promise<{ ui: RouteUi; run: FaceRun }> {
  const run = await startWithAccount(face, { locale, email: 'routes@example.org', stack: opts });
  await run.open();
  const ui = new RouteUi(run, lng, face);
  const notice = run.page.locator('.notice');
  if (await notice.count())
    await notice.getByRole('button', { name: ui.tx('notices.dismiss') }).click();
  return { ui, run };
}

/** How many times re occurs in text (a server's log lines, e.g. logins). */
export const count = (text: string, re: RegExp): number =>
  text.match(new RegExp(re.source, 'g'))?.length ?? 0;

export function run(cmd: string, args: string[], input?: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = execFile(cmd, args, (err, stdout, stderr) =>
      err ? reject(new Error(`${cmd}: ${String(stderr) || err.message}`)) : resolve(String(stdout)),
    );
    if (input !== undefined) child.stdin?.end(input);
  });
}

/**
 * The record changes a DNS provider's API would make, done in the BIND the CA resolves through
 * (nsupdate with the zone's TSIG key): what the acme-dns and Cloudflare stand-ins publish, and the
 * CNAME the person creates once for acme-dns.
 */
export function bindRecords(bind: Bind): Pick<ChallTestSrv, 'setTxt' | 'clearTxt' | 'setCname'> {
  const update = (lines: string[]) =>
    run(
      'nsupdate',
      ['-y', `${bind.algorithm}:${bind.keyName}:${bind.keySecret}`],
      [`server 127.0.0.1 ${bind.port}`, `zone ${bind.zone}`, ...lines, 'send', ''].join('\n'),
    ).then(() => {});
  const fq = (n: string) => (n.endsWith('.') ? n : `${n}.`);
  return {
    setTxt: (host, value) => update([`update add ${fq(host)} 60 TXT "${value}"`]),
    clearTxt: (host) => update([`update delete ${fq(host)} TXT`]),
    setCname: (host, target) => update([`update add ${fq(host)} 60 CNAME ${fq(target)}`]),
  };
}

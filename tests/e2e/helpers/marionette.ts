// Firefox ESR driven over Marionette, its own remote protocol (length-prefixed JSON over TCP), for
// what WebDriver BiDi refuses: opening one of the extension's pages (moz-extension://) in a tab. The
// add-on gets a fixed internal UUID through the profile, so its pages have a known address.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, connect, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FIREFOX_PATH } from './firefox';

export const ADDON_ID = 'creditline@creditline.dev';
export const ADDON_UUID = '7c1a4f5e-3d2b-4c8a-9e6f-0b1d2c3e4f5a';

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => resolve(port));
    });
    srv.on('error', reject);
  });
}

export class Marionette {
  private buffer: Buffer = Buffer.alloc(0);
  private nextId = 1;
  private waiting = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
  private greeted: Promise<void>;

  private constructor(private socket: Socket) {
    let greet!: () => void;
    this.greeted = new Promise((r) => (greet = r));
    let first = true;
    socket.on('data', (chunk) => {
      this.buffer = Buffer.concat([this.buffer, Buffer.from(chunk)]);
      for (;;) {
        const colon = this.buffer.indexOf(':');
        if (colon < 0) return;
        const length = Number(this.buffer.subarray(0, colon).toString());
        if (this.buffer.length < colon + 1 + length) return;
        const body = JSON.parse(this.buffer.subarray(colon + 1, colon + 1 + length).toString('utf8'));
        this.buffer = this.buffer.subarray(colon + 1 + length);
        if (first) {
          first = false;
          greet();
          continue;
        }
        const [, id, error, result] = body as [number, number, { error: string; message: string } | null, unknown];
        const w = this.waiting.get(id);
        this.waiting.delete(id);
        if (error) w?.reject(new Error(`${error.error}: ${error.message}`));
        else w?.resolve(result);
      }
    });
  }

  static async connect(port: number, timeoutMs = 30_000): Promise<Marionette> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      try {
        const socket = await new Promise<Socket>((resolve, reject) => {
          const s = connect(port, '127.0.0.1', () => resolve(s));
          s.once('error', reject);
        });
        const m = new Marionette(socket);
        await m.greeted;
        return m;
      } catch (err) {
        if (Date.now() > deadline) throw err;
        await new Promise((r) => setTimeout(r, 200));
      }
    }
  }

  send<T = unknown>(command: string, params: Record<string, unknown> = {}): Promise<T> {
    const id = this.nextId++;
    const text = JSON.stringify([0, id, command, params]);
    this.socket.write(`${Buffer.byteLength(text)}:${text}`);
    return new Promise<T>((resolve, reject) => this.waiting.set(id, { resolve: resolve as (v: unknown) => void, reject }));
  }

  /** Runs a script in the current context; the script's `return` value comes back. */
  async run<T>(script: string, args: unknown[] = []): Promise<T> {
    const r = await this.send<{ value: T }>('WebDriver:ExecuteScript', { script, args });
    return r.value;
  }

  /**
   * Runs an async function body in the current context (`args` holds the arguments) and waits for
   * what it returns; a rejection comes back as an error.
   */
  async runAsync<T>(body: string, args: unknown[] = []): Promise<T> {
    const script = `const done = arguments[arguments.length - 1];
      (async (args) => { ${body} })(Array.from(arguments).slice(0, -1)).then((v) => done({ ok: v }), (e) => done({ error: String(e) }));`;
    const r = await this.send<{ value: { ok?: T; error?: string } }>('WebDriver:ExecuteAsyncScript', { script, args });
    if (typeof r.value.error === 'string') throw new Error(r.value.error);
    return r.value.ok as T;
  }

  close(): void {
    this.socket.destroy();
  }
}

export interface FirefoxSession {
  m: Marionette;
  /** moz-extension://UUID */
  origin: string;
  close(): Promise<void>;
}

export interface AddonOptions {
  /** Let the add-on run in private windows too (a reader's choice in about:addons; off by default). */
  allowPrivateBrowsing?: boolean;
}

/** Starts Firefox ESR headless with Marionette and installs the build as a temporary add-on. */
export async function startFirefoxWithAddon(addonPath: string, { allowPrivateBrowsing = false }: AddonOptions = {}): Promise<FirefoxSession> {
  const profile = mkdtempSync(join(tmpdir(), 'creditline-marionette-'));
  const port = await freePort();
  const prefs: Record<string, unknown> = {
    'marionette.port': port,
    'extensions.webextensions.uuids': JSON.stringify({ [ADDON_ID]: ADDON_UUID }),
    // No traffic of Firefox's own during the test.
    'app.update.enabled': false,
    'datareporting.policy.dataSubmissionEnabled': false,
    'toolkit.telemetry.enabled': false,
    'network.captive-portal-service.enabled': false,
    'network.connectivity-service.enabled': false,
    'browser.shell.checkDefaultBrowser': false,
  };
  writeFileSync(
    join(profile, 'user.js'),
    Object.entries(prefs)
      .map(([k, v]) => `user_pref(${JSON.stringify(k)}, ${JSON.stringify(v)});`)
      .join('\n'),
  );
  const proc: ChildProcess = spawn(FIREFOX_PATH, ['--headless', '--marionette', '-remote-allow-system-access', '--no-remote', '--profile', profile], {
    stdio: 'ignore',
  });
  const m = await Marionette.connect(port);
  await m.send('WebDriver:NewSession', { capabilities: {} });
  await m.send('Addon:Install', { path: addonPath, temporary: true, allowPrivateBrowsing });
  return {
    m,
    origin: `moz-extension://${ADDON_UUID}`,
    async close() {
      await m.send('WebDriver:DeleteSession').catch(() => undefined);
      m.close();
      proc.kill();
      await new Promise((r) => (proc.exitCode !== null ? r(null) : proc.once('exit', r)));
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Polls a content-context script until it returns something other than null (or times out). */
export async function waitFor<T>(m: Marionette, script: string, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await m.run<T | null>(script).catch(() => null);
    if (value !== null && value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for: ${script.slice(0, 120)}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

import { simpleParser, type ParsedMail } from 'mailparser';
import { createServer, type AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { afterEach } from 'vitest';

/** A real SMTP server in the test process: what it was handed, parsed as a mail client would. */
export interface TestSmtp {
  port: number;
  url: string;
  received: ParsedMail[];
  /** Envelope recipients per message, as the server saw them (RCPT TO). */
  envelopes: string[][];
  close(): Promise<void>;
}

const open: TestSmtp[] = [];
afterEach(async () => {
  for (const server of open.splice(0)) await server.close();
});

/**
 * Listens on `port` (a free one when 0). `refuse` answers every RCPT TO with that 550 text, as a
 * server that rejects a recipient does. STARTTLS is off (no certificate here); AUTH takes any login.
 */
export async function startSmtp({ port = 0, refuse }: { port?: number; refuse?: string } = {}): Promise<TestSmtp> {
  const received: ParsedMail[] = [];
  const envelopes: string[][] = [];
  const server = new SMTPServer({
    disabledCommands: ['STARTTLS'],
    allowInsecureAuth: true,
    authOptional: true,
    logger: false,
    onAuth: (_auth, _session, callback) => callback(null, { user: 'kpi' }),
    onRcptTo: (_address, _session, callback) => {
      if (refuse) {
        const error = Object.assign(new Error(refuse), { responseCode: 550 });
        return callback(error);
      }
      callback();
    },
    onData: (stream, session, callback) => {
      simpleParser(stream)
        .then((mail) => {
          received.push(mail);
          envelopes.push(session.envelope.rcptTo.map((r) => r.address));
          callback();
        })
        .catch(callback);
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  const actual = (server.server.address() as AddressInfo).port;
  const smtp: TestSmtp = {
    port: actual,
    url: `smtp://kpi:secret-pass@127.0.0.1:${actual}`,
    received,
    envelopes,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
  open.push(smtp);
  return smtp;
}

/** A port nothing listens on (yet): a mail server that is down. */
export async function closedPort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', () => resolve()));
  const { port } = probe.address() as AddressInfo;
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return port;
}

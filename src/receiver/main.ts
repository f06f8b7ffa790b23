import { parseArgs } from 'node:util';
import { startReceiver } from './server';

const USAGE = 'usage: npm run receiver -- --port PORT --db FILE --secret whsec_...';

/** `npm run receiver -- --port 8787 --db reports.sqlite --secret whsec_…` */
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { port: { type: 'string', default: '0' }, db: { type: 'string' }, secret: { type: 'string' } },
  });
  const port = Number(values.port);
  if (!values.db || !values.secret || !Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(USAGE);
    process.exit(2);
  }
  const receiver = await startReceiver({ port, dbPath: values.db, secret: values.secret });
  console.log(`listening on ${receiver.url}`);
  const stop = () => {
    receiver.close().then(() => process.exit(0), () => process.exit(1));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  console.error(USAGE);
  process.exit(1);
});

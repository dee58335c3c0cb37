/**
 * The worker thread of {@link import('./load-bank-async.ts').loadQuestionBankAsync}: reads the
 * notes files, builds the bank and posts it back as JSON text (everything in a bank is plain
 * JSON; parsing the text costs the receiving thread about a third of a structured clone).
 * Nothing else runs here.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { type LoadBankOptions, loadBank } from './load-bank.ts';

const options = workerData as LoadBankOptions;
try {
  parentPort?.postMessage({ ok: true, json: JSON.stringify(loadBank(options)) });
} catch (error) {
  parentPort?.postMessage({
    ok: false,
    message: error instanceof Error ? (error.stack ?? error.message) : String(error),
  });
}

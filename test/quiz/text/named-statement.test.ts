/** True statements written with the concept's name as their subject (text/named-statement.ts). */
import { describe, expect, it } from 'vitest';
import {
  NAMED_STATEMENT_RULES,
  nameAsWritten,
  namedStatement,
} from '../../../src/quiz/text/named-statement.ts';

const noCapital = (): boolean => false;

describe('NAMED_STATEMENT_RULES', () => {
  it.each(NAMED_STATEMENT_RULES.map((r) => [r.name, r] as const))(
    '%s: its example reads as the rule says',
    (_name, rule) => {
      const input = { ...rule.example.input, keepsCapital: noCapital };
      expect(rule.write(input)).toBe(rule.example.result);
      expect(namedStatement(input)).toBe(rule.example.result);
    },
  );

  const define = (option: string, written: string, form: 'statement' | 'phrase' | 'unclear') =>
    namedStatement({
      text: option,
      option,
      source: 'summary',
      written,
      form,
      keepsCapital: noCapital,
    });

  it('definition-with-copula: the article and the verb the notes write the name with', () => {
    expect(
      define('Manual, repetitive work that scales with the service', 'toil', 'statement'),
    ).toBe('Toil is manual, repetitive work that scales with the service');
    expect(
      define('The one person who coordinates the response', 'the incident commander', 'statement'),
    ).toBe('The incident commander is the one person who coordinates the response');
    expect(define('A measured ratio of good events to valid events', 'an SLI', 'statement')).toBe(
      'An SLI is a measured ratio of good events to valid events',
    );
    expect(define('Aggregated time series', 'metrics', 'phrase')).toBeNull();
    expect(define('Records of discrete events', 'the logs', 'phrase')).toBeNull();
    expect(define('A record of discrete events', 'logs', 'phrase')).toBe(
      'Logs are a record of discrete events',
    );
  });

  it('definition-with-copula: no `X is` before a clause, a verb or a sentence of its own', () => {
    expect(
      define('Who is paged next, and after how long', 'an escalation policy', 'statement'),
    ).toBeNull();
    expect(define('Decides when the trace starts', 'head-based sampling', 'statement')).toBeNull();
    expect(define('The client retries the call', 'a retry', 'statement')).toBeNull();
    expect(define('The data is encrypted with the public key', 'a key', 'statement')).toBeNull();
    // A verb and its object past the first words: a sentence with a subject of its own.
    expect(
      define('A first-ever QUIC connection takes one round trip', '0-RTT', 'statement'),
    ).toBeNull();
    // Only what says what the concept is: a feature is no definition.
    expect(
      namedStatement({
        text: 'A blameless review',
        option: 'A blameless review',
        source: 'feature',
        written: 'a postmortem',
        form: 'phrase',
        keepsCapital: noCapital,
      }),
    ).toBeNull();
  });

  it('keeps the capital of a proper name that opens the definition', () => {
    expect(
      namedStatement({
        text: 'Kafka topics that hold the events',
        option: 'Kafka topics that hold the events',
        source: 'summary',
        written: 'the event log',
        form: 'statement',
        keepsCapital: (w) => w === 'Kafka',
      }),
    ).toBe('The event log is Kafka topics that hold the events');
  });
});

describe('kind-of-concept', () => {
  const kind = (option: string, written: string, kindOf = true) =>
    namedStatement({
      text: option,
      option,
      source: 'sentence',
      written,
      form: 'statement',
      keepsCapital: noCapital,
      kindOf,
    });

  it('a term of a list of kinds, with the article its sound wants', () => {
    expect(kind('Latency: the share of requests served faster than a threshold', 'an SLI')).toBe(
      'A latency SLI is the share of requests served faster than a threshold',
    );
    expect(kind('HTTP: a check that sends one request', 'a health check')).toBe(
      'An HTTP health check is a check that sends one request',
    );
    expect(kind('Usage: a count of what users did', 'an SLI')).toBe(
      'A usage SLI is a count of what users did',
    );
  });

  it('only under a list the notes open as kinds of the concept, and never for a plural name', () => {
    expect(kind('Latency: the share of requests served fast', 'an SLI', false)).toBeNull();
    expect(kind('Counter: a value that only goes up', 'metrics')).toBeNull();
    // Not a term and a definition: a label and a value, or a sentence after the colon.
    expect(kind('Response time: minutes', 'an SLI')).toBeNull();
    expect(kind('Note: this one is different', 'an SLI')).toBeNull();
  });
});

describe('nameAsWritten', () => {
  it('the article the notes put right before the name, most often', () => {
    expect(nameAsWritten(['Any wiki page about the service is a runbook'], 'Runbook')).toBe(
      'a runbook',
    );
    expect(nameAsWritten(['Any graph on the dashboard is an SLI (an SLI is a ratio)'], 'SLI')).toBe(
      'an SLI',
    );
    expect(
      nameAsWritten(['The most senior engineer is the incident commander'], 'Incident commander'),
    ).toBe('the incident commander');
    expect(nameAsWritten(['Writing a design document is toil', 'Toil can be cut'], 'Toil')).toBe(
      'toil',
    );
  });

  it('a name after another word, or inside one, tells nothing', () => {
    expect(nameAsWritten(['CPU usage is a useful SLI'], 'SLI')).toBeNull();
    expect(nameAsWritten(['Runbooks are long', 'a runbookish page'], 'Runbook')).toBeNull();
    expect(nameAsWritten([], 'Runbook')).toBeNull();
  });

  it('reads a 100 KB line in linear time', () => {
    const line = `${'a runbook is '.repeat(8_000)}done`;
    const start = performance.now();
    expect(nameAsWritten([line], 'Runbook')).toBe('a runbook');
    const long = `${'x'.repeat(100_000)} is a ${'word '.repeat(20_000)}`;
    expect(
      namedStatement({
        text: long,
        option: long,
        source: 'summary',
        written: 'a runbook',
        form: 'unclear',
        keepsCapital: noCapital,
      }),
    ).toBeNull();
    expect(performance.now() - start).toBeLessThan(500);
  });
});

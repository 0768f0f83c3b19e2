// The report carries the fingerprint of an article's text, and none for a page that is no article.
import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze';
import { DEFAULT_CORPUS, readLabels, readPage } from '../../cli/corpus';
import { parseDocument } from '../../cli/dom';
import { resemblance } from './compare';
import { decodeFingerprint, fingerprintOf } from './fingerprint';
import { readCorpusTexts } from './test-corpus';

const labels = readLabels(DEFAULT_CORPUS);
const reportOf = (id: string) => {
  const label = labels.find((l) => l.id === id)!;
  return analyze(parseDocument(readPage(DEFAULT_CORPUS, label)), { url: label.url });
};

describe('the report’s fingerprint', () => {
  it('is the fingerprint of the article’s own text blocks', () => {
    const report = reportOf('p038-cooperativa-cl');
    expect(report.status).not.toBe('not-article');
    const text = readCorpusTexts(['p038-cooperativa-cl'])[0]!;
    const own = decodeFingerprint(fingerprintOf({ blocks: text.blocks, lang: report.lang }))!;
    const fromReport = decodeFingerprint(report.fingerprint)!;
    expect(fromReport.lang).toBe('es');
    expect(resemblance(fromReport, own).jaccard).toBeGreaterThan(0.95);
  });

  it('is null for a home page', () => {
    const report = reportOf('cnn-homepage');
    expect(report.status).toBe('not-article');
    expect(report.fingerprint).toBeNull();
  });
});

// The words the badge and the toolbar use for a report.
import { beforeEach, describe, expect, it } from 'vitest';
import { agency, corpusReport, report } from './fixtures';
import { resetBrowser } from '../i18n';
import { shortLabel, summaryLine, toolbarView } from '../../../utils/report-summary';

beforeEach(resetBrowser);

describe('summaryLine', () => {
  it('names the agency and the publisher for unedited wire copy (the seed page)', () => {
    const r = corpusReport('seed-asianet-putin-li-qiang');
    expect(r.status).toBe('wire-unedited');
    expect(summaryLine({ ...r, publisher: 'Asianet Newsable' })).toBe('ANI wire copy · not edited by Asianet Newsable staff');
  });

  it('does not call an IP address or localhost a publisher', () => {
    const r = report('wire-unedited', { agencies: [agency('ani', 'ANI')] });
    expect(summaryLine({ ...r, publisher: '127.0.0.1' })).toBe('ANI wire copy · not edited by the publisher');
    expect(summaryLine({ ...r, publisher: 'localhost:8080' })).toBe('ANI wire copy · not edited by the publisher');
  });

  it('joins several agencies and leaves photo credits out', () => {
    const photo = { ...agency('afp', 'AFP'), contribution: 'photo' as const };
    const r = report('wire', { agencies: [agency('ap', 'AP'), agency('reuters', 'Reuters'), photo] });
    expect(summaryLine(r)).toBe('AP & Reuters wire copy');
  });

  it('has words for every badge status', () => {
    expect(summaryLine(report('wire-assisted', { agencies: [agency('pti', 'PTI')] }))).toBe('Staff story with material from PTI');
    expect(summaryLine(report('republished', { republishedFrom: 'CNN' }))).toBe('Republished from CNN');
    expect(summaryLine(report('republished'))).toBe('Republished from another publisher');
    expect(summaryLine(report('press-release'))).toBe('Press release, carried as is');
    expect(summaryLine(report('sponsored'))).toBe('Sponsored or partner content');
    expect(summaryLine(report('wire'))).toBe('Wire agency copy');
  });
});

describe('toolbar', () => {
  it('shows the agency short name for wire copy, short status labels otherwise, nothing for non-articles', () => {
    expect(shortLabel(report('wire-unedited', { agencies: [agency('ani', 'ANI')] }))).toBe('ANI');
    expect(shortLabel(report('wire-assisted', { agencies: [agency('pti', 'PTI')] }))).toBe('+PTI');
    expect(shortLabel(report('wire', { agencies: [agency('x', 'Agencia Brasil')] }))).toBe('WIRE');
    expect(shortLabel(report('republished'))).toBe('REP');
    expect(shortLabel(report('staff'))).toBe('OWN');
    expect(shortLabel(report('not-article'))).toBe('');
  });

  it('has a tooltip for every state and no badge while nothing is known', () => {
    expect(toolbarView(null)).toMatchObject({ text: '', title: 'Creditline' });
    expect(toolbarView({ kind: 'analyzing', url: 'https://a.example/' }).text).toBe('');
    expect(toolbarView({ kind: 'disabled', host: 'a.example' }).title).toContain('a.example');
    expect(toolbarView({ kind: 'failed', url: 'https://a.example/', error: 'page too large' })).toMatchObject({
      text: '!',
      title: 'Creditline could not read this page: page too large',
    });
    const done = toolbarView({ kind: 'done', url: 'https://a.example/', report: report('republished', { republishedFrom: 'CNN' }) });
    expect(done).toMatchObject({ text: 'REP', title: 'Creditline: Republished from CNN' });
  });
});

// The words the badge and the toolbar use for a report.
import { beforeEach, describe, expect, it } from 'vitest';
import { agency, corpusReport, report } from './fixtures';
import { resetBrowser } from '../i18n';
import { shortLabel, summaryLine, toolbarView } from '../../../utils/report-summary';

beforeEach(resetBrowser);

describe('summaryLine', () => {
  it('says the status in plain words, then the agency (the seed page)', () => {
    const r = corpusReport('seed-asianet-putin-li-qiang');
    expect(r.status).toBe('wire-unedited');
    expect(summaryLine(r)).toBe('Agency story, published unedited · ANI');
  });

  it('names an agency by the name readers know: the code where it is the common name, else the name', () => {
    expect(summaryLine(report('wire', { agencies: [agency('dpa', 'dpa', 'Deutsche Presse-Agentur')] }))).toBe('Agency story · dpa');
    expect(summaryLine(report('wire', { agencies: [agency('sda', 'SDA', 'Keystone-SDA')] }))).toBe('Agency story · Keystone-SDA');
    expect(summaryLine(report('wire', { agencies: [agency('anadolu', 'AA', 'Anadolu Agency')] }))).toBe('Agency story · Anadolu Agency');
    // An unnamed credit ("with inputs from agencies") is said in words, never as its id.
    expect(summaryLine(report('wire-assisted', { agencies: [agency('agencies', 'agencies', 'News agencies')] }))).toBe(
      'Own story with agency material · agency not named',
    );
  });

  it('joins several agencies and leaves photo credits out', () => {
    const photo = { ...agency('afp', 'AFP'), contribution: 'photo' as const };
    const r = report('wire', { agencies: [agency('ap', 'AP'), agency('reuters', 'Reuters'), photo] });
    expect(summaryLine(r)).toBe('Agency story · AP & Reuters');
  });

  it('has words for every status', () => {
    expect(summaryLine(report('wire-assisted', { agencies: [agency('pti', 'PTI')] }))).toBe('Own story with agency material · PTI');
    expect(summaryLine(report('republished', { republishedFrom: 'CNN' }))).toBe('Republished from another publisher · CNN');
    expect(summaryLine(report('republished'))).toBe('Republished from another publisher');
    expect(summaryLine(report('press-release'))).toBe('Press release');
    expect(summaryLine(report('sponsored'))).toBe('Paid content');
    expect(summaryLine(report('wire'))).toBe('Agency story');
    expect(summaryLine(report('staff'))).toBe('No agency credit found');
  });
});

describe('toolbar', () => {
  it('marks unedited feed copy and agency material apart from agency copy, and leaves no-credit pages neutral', () => {
    expect(shortLabel(report('wire-unedited', { agencies: [agency('ani', 'ANI')] }))).toBe('=ANI');
    expect(shortLabel(report('wire', { agencies: [agency('ani', 'ANI')] }))).toBe('ANI');
    expect(shortLabel(report('wire-assisted', { agencies: [agency('pti', 'PTI')] }))).toBe('+PTI');
    expect(shortLabel(report('wire-unedited', { agencies: [agency('x', 'Agencia Brasil')] }))).toBe('=AGY');
    expect(shortLabel(report('wire', { agencies: [agency('x', 'Agencia Brasil')] }))).toBe('AGY');
    expect(shortLabel(report('republished'))).toBe('REP');
    expect(shortLabel(report('staff'))).toBe('');
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
    expect(done).toMatchObject({ text: 'REP', title: 'Creditline: Republished from another publisher · CNN' });
    const none = toolbarView({ kind: 'done', url: 'https://a.example/', report: report('staff') });
    expect(none).toEqual({ text: '', color: toolbarView(null).color, title: 'Creditline: No agency credit found' });
  });
});

// "This is wrong" on the fake browser, with the engine's report of the seed page: the form starts from
// the engine's verdict, finds agencies by name, code or another script, saves to the store, and once
// saved says what the reader said beside what Creditline said.
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { engineReport, SEED_ID } from '../../tests/extension/fixtures';
import { resetBrowser } from '../../tests/extension/i18n';
import { click, mount, submit, type, unmountAll, unnamedControls } from '../../tests/extension/render';
import { getCorrection, saveCorrection, correctionOf } from '../../utils/corrections';
import { CorrectionForm, searchAgencies } from './CorrectionForm';

const URL = 'https://newsable.asianetnews.com/world/putin-li-qiang';
const report = engineReport(SEED_ID);

/** Lets the store's promises and the component's effects settle. */
const settle = () => act(() => new Promise<void>((r) => setTimeout(r, 0)));

beforeEach(resetBrowser);
afterEach(unmountAll);

describe('searching the agency registry', () => {
  it('finds agencies by code, name, other names and scripts, exact matches first, photo agencies never', () => {
    expect(searchAgencies('AP')[0]?.id).toBe('ap');
    expect(searchAgencies('press trust').map((a) => a.id)).toContain('pti');
    expect(searchAgencies('agence france').map((a) => a.id)).toContain('afp');
    expect(searchAgencies('Agência Brasil').map((a) => a.id)).toContain('agenciabrasil');
    expect(searchAgencies('agencia brasil').map((a) => a.id)).toContain('agenciabrasil');
    expect(searchAgencies('新华').map((a) => a.id)).toContain('xinhua');
    expect(searchAgencies('Getty').map((a) => a.id)).toEqual([]);
    expect(searchAgencies('agencies')[0]?.id).toBe('agencies');
    expect(searchAgencies('  ')).toEqual([]);
  });
});

describe('the correction form', () => {
  it('opens from one button, starts from the engine’s verdict and saves the reader’s', async () => {
    const root = mount(<CorrectionForm url={URL} report={report} />);
    await settle();
    expect(root.querySelector('[data-correction]')?.getAttribute('data-correction')).toBe('none');
    click(root.querySelector('[data-action="correction-open"]'));
    expect(unnamedControls(root)).toEqual([]);
    const select = root.querySelector<HTMLSelectElement>('#cl-correction-status')!;
    expect(select.value).toBe(report.status);
    expect([...root.querySelectorAll('[data-list="correction-agencies"] [data-agency]')].map((e) => e.getAttribute('data-agency'))).toEqual(['ani']);
    act(() => {
      select.value = 'wire';
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
    type(root.querySelector('#cl-correction-search'), 'IANS');
    click(root.querySelector('[data-list="agency-results"] [data-agency="ians"]'));
    submit(root.querySelector('form'));
    await settle();
    const saved = await getCorrection(URL);
    expect(saved).toMatchObject({ status: 'wire', agencies: ['ani', 'ians'], engine: { status: 'wire-unedited' } });
    expect(root.querySelector('.cl-correction__yours')?.textContent).toMatch(/^You corrected this: .+ · ANI, IANS$/);
    expect(root.querySelector('.cl-correction__saved')?.textContent).toContain('Creditline’s own verdict, shown above');
  });

  it('shows a correction saved earlier, and removes it', async () => {
    await saveCorrection(correctionOf(URL, report, 'staff', [])!);
    const root = mount(<CorrectionForm url={`${URL}#top`} report={report} />);
    await settle();
    expect(root.querySelector('[data-correction]')?.getAttribute('data-correction')).toBe('saved');
    click(root.querySelector('[data-action="correction-remove"]'));
    await settle();
    expect(await getCorrection(URL)).toBeNull();
    expect(root.querySelector('[data-correction]')?.getAttribute('data-correction')).toBe('none');
  });

  it('asks for no agency when the page is said to be the publisher’s own or no article', async () => {
    const root = mount(<CorrectionForm url={URL} report={report} />);
    await settle();
    click(root.querySelector('[data-action="correction-open"]'));
    const select = root.querySelector<HTMLSelectElement>('#cl-correction-status')!;
    act(() => {
      select.value = 'staff';
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
    expect(root.querySelector('#cl-correction-search')).toBeNull();
    submit(root.querySelector('form'));
    await settle();
    expect((await getCorrection(URL))?.agencies).toEqual([]);
  });

  it('shows a search the page cannot turn into markup as text', async () => {
    const root = mount(<CorrectionForm url={URL} report={report} />);
    await settle();
    click(root.querySelector('[data-action="correction-open"]'));
    type(root.querySelector('#cl-correction-search'), '<img src=x onerror=alert(1)>');
    expect(root.querySelector('[data-list="agency-results"]')?.textContent).toContain('No agency called “<img src=x onerror=alert(1)>”.');
    expect(root.querySelector('img')).toBeNull();
  });
});

import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '../../test/render';
import { LanguageSwitch } from '../ui/header/LanguageSwitch';
import { LOCALE_STORAGE_KEY } from './I18nProvider';
import { useI18n } from './useI18n';

function Probe() {
  const { locale, t } = useI18n();
  return <p data-testid="probe">{`${locale}: ${t.status.achieved}`}</p>;
}

describe('I18nProvider', () => {
  it('defaults to Vietnamese', () => {
    renderWithProviders(<Probe />);
    expect(screen.getByTestId('probe').textContent).toBe('vi: Đạt mục tiêu');
    expect(document.documentElement.lang).toBe('vi');
  });

  it('uses the saved language', () => {
    window.localStorage.setItem(LOCALE_STORAGE_KEY, 'en');
    renderWithProviders(<Probe />);
    expect(screen.getByTestId('probe').textContent).toBe('en: Achieved');
  });

  it('lets ?lang= in the address win over the saved language, and ignores unknown values', () => {
    window.localStorage.setItem(LOCALE_STORAGE_KEY, 'vi');
    renderWithProviders(<Probe />, '/?lang=en');
    expect(screen.getByTestId('probe').textContent).toBe('en: Achieved');
  });

  it('ignores an unknown ?lang=', () => {
    renderWithProviders(<Probe />, '/?lang=fr');
    expect(screen.getByTestId('probe').textContent).toBe('vi: Đạt mục tiêu');
  });

  it('keeps ?lang= in step with the switch', async () => {
    const { user, location } = renderWithProviders(
      <>
        <Probe />
        <LanguageSwitch />
      </>,
      '/?lang=en&year=2020',
    );
    await user.click(screen.getByRole('button', { name: 'Tiếng Việt' }));
    expect(screen.getByTestId('probe').textContent).toBe('vi: Đạt mục tiêu');
    expect(new URLSearchParams(location().search).get('lang')).toBe('vi');
    expect(new URLSearchParams(location().search).get('year')).toBe('2020');
    expect(window.localStorage.getItem(LOCALE_STORAGE_KEY)).toBe('vi');
  });
});

import type { Source } from '@kpi/shared';
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '../../../test/render';
import { SourceDocument } from './SourceDocument';

const dti2020: Source = {
  id: 11,
  number: null,
  title: 'Kết quả Chỉ số chuyển đổi số cấp tỉnh (DTI) năm 2020 của Lạng Sơn',
  issuer: 'Bộ Thông tin và Truyền thông',
  publisher: 'Báo Lạng Sơn (baolangson.vn)',
  date: null,
  kind: 'news',
  url: null,
  note: null,
  noteEn: null,
};

describe('SourceDocument', () => {
  it('names who issued the figure and where it was published as two facts', () => {
    renderWithProviders(<SourceDocument source={dti2020} />);
    expect(screen.getByText('Cơ quan ban hành: Bộ Thông tin và Truyền thông')).toBeVisible();
    expect(screen.getByText('Đăng tải: Báo Lạng Sơn (baolangson.vn)')).toBeVisible();
  });

  it('says the issuer is not known rather than naming the outlet, in English too', () => {
    renderWithProviders(<SourceDocument source={{ ...dti2020, issuer: null }} />, '/?lang=en');
    expect(screen.getByText('Issuer not known')).toBeVisible();
    expect(screen.getByText('Published in Báo Lạng Sơn (baolangson.vn)')).toBeVisible();
  });
});

import type { Source } from '@kpi/shared';
import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { errorResponse, jsonResponse, mockApi } from '../../../test/api';
import { renderWithProviders } from '../../../test/render';
import { SourceFile } from './SourceFile';

const source: Source = {
  id: 7,
  number: '17/NQ-CP',
  title: 'Nghị quyết',
  issuer: null,
  publisher: null,
  date: null,
  kind: 'resolution',
  url: null,
  note: null,
  noteEn: null,
};

describe('a source’s document', () => {
  it('uploads a scanned PDF as multipart to the source', async () => {
    const fetchMock = mockApi({
      'POST /api/sources/7/file': () => jsonResponse({ name: 'nq17.pdf', mediaType: 'application/pdf', size: 2048, sha256: 'ab' }, 201),
    });
    const { user } = renderWithProviders(<SourceFile source={source} />);
    const input = screen.getByLabelText(/Đính kèm bản scan của văn bản \(PDF hoặc ảnh, tối đa 10 MB\)/);
    await user.upload(input, new File(['%PDF-1.4'], 'nq17.pdf', { type: 'application/pdf' }));
    await waitFor(() => expect(fetchMock.mock.calls.some(([url]) => String(url).endsWith('/api/sources/7/file'))).toBe(true));
    const init = fetchMock.mock.calls.find(([url]) => String(url).endsWith('/api/sources/7/file'))![1]!;
    expect(init.body).toBeInstanceOf(FormData);
    expect(((init.body as FormData).get('file') as File).name).toBe('nq17.pdf');
  });

  it('shows the refusal, in Vietnamese, when published data came to cite the source meanwhile (409)', async () => {
    mockApi({ 'POST /api/sources/7/file': () => errorResponse(409, 'source-cited') });
    const { user } = renderWithProviders(<SourceFile source={source} />);
    await user.upload(screen.getByLabelText(/Đính kèm bản scan/), new File(['%PDF-1.4'], 'nq17.pdf', { type: 'application/pdf' }));
    expect((await screen.findByRole('alert')).textContent).toBe(
      'Số liệu hoặc mục tiêu đã công bố trích dẫn văn bản này, nên không thể đính kèm hay thay tệp của nó. Hãy thêm văn bản nguồn mới kèm tệp và trích dẫn văn bản đó trong một bản điều chỉnh số liệu.',
    );
    expect(screen.queryByLabelText(/Đính kèm bản scan/)).not.toBeInTheDocument();
  });

  it('offers no upload for a cited source, and says what to do instead, in English too', () => {
    renderWithProviders(<SourceFile source={{ ...source, cited: true }} />, '/?lang=en');
    expect(screen.queryByRole('textbox')).not.toBeInTheDocument();
    expect(document.querySelector('input[type=file]')).not.toBeInTheDocument();
    expect(screen.getByText(/Add a new source with the file and cite it in a correction\./)).toBeInTheDocument();
  });

  it('links to the stored document when there is one', () => {
    renderWithProviders(<SourceFile source={{ ...source, file: { name: 'nq17.pdf', mediaType: 'application/pdf', size: 1048576, sha256: 'ab' } }} />);
    expect(screen.getByRole('link', { name: 'Xem văn bản đính kèm: nq17.pdf (1 MB)' }).getAttribute('href')).toBe('/api/sources/7/file');
  });
});

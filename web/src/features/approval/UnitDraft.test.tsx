import type { OrgUnit } from '@kpi/shared';
import { ratioFigure } from '@kpi/shared/testing';
import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { jsonResponse, mockApi, requestedPaths, sentBodies } from '../../../test/api';
import { sources } from '../../../test/fixture';
import { renderApp } from '../../../test/render';
import { indicatorDetail, indicatorList, newObservation, queued, revision, sourceList, users, withDraft } from '../../../test/work-fixture';

const CODE = 'bluezone-install-rate';
const PATH = `/api/indicators/${CODE}/observations/2025`;
const tamThanh: OrgUnit = {
  code: 'tam-thanh',
  name: 'Tam Thanh',
  kind: 'ward',
  parent: 'lang-son',
  validFrom: '2025-07-01',
  validTo: null,
  nameChecked: true,
  predecessors: [],
  note: null,
  version: 1,
};
const figure = ratioFigure(2025, 9000, 20000, null, { source: sources.report2020, version: 1, orgUnit: 'tam-thanh' });
const wardState = withDraft({ ...newObservation(CODE, 2025), orgUnit: 'tam-thanh' }, revision(figure, 'draft', users.analyst.username));

/** The queue holding one ward's draft, `unit` as the server names it; then its entry page, for an approver. */
function openQueue(unit: { name: string; kind: 'ward' } | null, url = '/approval') {
  const fetchMock = mockApi({
    'GET /api/auth/me': () => jsonResponse({ user: users.approver }),
    'GET /api/indicators': () => jsonResponse(indicatorList),
    'GET /api/drafts': () => jsonResponse({ drafts: [queued(wardState, null, users.analyst.displayName, unit)] }),
    [`GET /api/indicators/${CODE}`]: () => jsonResponse(indicatorDetail(CODE)),
    'GET /api/sources': () => jsonResponse(sourceList),
    'GET /api/org-units': () => jsonResponse({ units: [tamThanh] }),
    [`GET ${PATH}`]: () => jsonResponse(wardState),
    [`PUT ${PATH}`]: () => jsonResponse({ observation: wardState, warnings: [] }),
  });
  return { fetchMock, ...renderApp(url) };
}

// The entry page is a lazy chunk, transformed on first use: slow on a loaded machine.
describe('a commune’s or ward’s draft in the approval queue', { timeout: 15_000 }, () => {
  it('is named by its unit and opens that unit’s figure in the entry form, saved under the unit', async () => {
    const { fetchMock, user, location } = openQueue({ name: 'Tam Thanh', kind: 'ward' });
    const heading = await screen.findByRole('heading', { level: 3, name: /Bluezone \(Phường Tam Thanh\) – năm 2025$/ });
    const open = screen.getByRole('link', { name: 'Mở trang nhập số liệu' });
    expect(open).toHaveAttribute('href', `/entry/${CODE}/2025?unit=tam-thanh`);
    expect(heading).not.toHaveTextContent('tam-thanh');

    await user.click(open);
    expect(await screen.findByText('Số liệu của Phường Tam Thanh, không phải của cả tỉnh')).toBeVisible();
    expect(await screen.findByLabelText('Tử số')).toHaveValue('9000');
    expect(location()).toMatchObject({ pathname: `/entry/${CODE}/2025`, search: '?unit=tam-thanh' });
    expect(requestedPaths(fetchMock)).toContain(`${PATH}?unit=tam-thanh`);
    // The target form sets the province's target: it is not offered on a unit's figure.
    expect(screen.queryByRole('heading', { name: /Mục tiêu năm 2025/ })).toBeNull();

    await user.clear(screen.getByLabelText('Tử số'));
    await user.type(screen.getByLabelText('Tử số'), '9500');
    await user.click(screen.getByRole('button', { name: /Lưu/ }));
    await waitFor(() => expect(sentBodies(fetchMock, `PUT ${PATH}`)).toHaveLength(1));
    const put = fetchMock.mock.calls.find(([, init]) => init?.method === 'PUT')!;
    expect(new URL(String(put[0]), 'http://localhost').search).toBe('?unit=tam-thanh');
  });

  it('names the unit in English for a reader of English', async () => {
    openQueue({ name: 'Tam Thanh', kind: 'ward' }, '/approval?lang=en');
    await screen.findByRole('heading', { level: 3, name: /Bluezone app installed \(Tam Thanh Ward\) – 2025$/ });
  });

  it('falls back to the unit’s code where the list of units has no such unit', async () => {
    openQueue(null);
    await screen.findByRole('heading', { level: 3, name: /Bluezone \(tam-thanh\) – năm 2025$/ });
  });
});

import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { memoryAddress, type AddressSource } from './address';
import { AddressRouter, Link, NavLink, Route, Switch, useAddress, useParams, useSearchParams } from './routing';

/** An address in memory that also keeps what each write asked for. */
function recordingAddress(url: string) {
  const memory = memoryAddress(url);
  const writes: { to: string; replace: boolean }[] = [];
  const source: AddressSource = {
    ...memory,
    write(to, replace) {
      writes.push({ to, replace });
      memory.write(to, replace);
    },
  };
  return { source, writes };
}

function Shown() {
  const { pathname, search } = useAddress();
  return <output aria-label="address">{pathname + search}</output>;
}

describe('NavLink', () => {
  it('marks the link of the page on screen, ignoring the query, and under it unless `end`', () => {
    render(
      <AddressRouter source={memoryAddress('/admin/users?year=2020')}>
        <NavLink to="/?year=2020" end>
          overview
        </NavLink>
        <NavLink to="/admin" className="tab">
          admin
        </NavLink>
        <NavLink to="/admin" end>
          admin alone
        </NavLink>
        <NavLink to="/adm">prefix</NavLink>
        <NavLink to="/ADMIN/users?year=2021">users</NavLink>
      </AddressRouter>,
    );
    const link = (name: string) => screen.getByRole('link', { name });
    expect(link('overview')).not.toHaveAttribute('aria-current');
    expect(link('overview')).not.toHaveClass('active');
    expect(link('admin')).toHaveAttribute('aria-current', 'page');
    expect(link('admin')).toHaveAttribute('class', 'tab active');
    expect(link('admin alone')).not.toHaveClass('active');
    expect(link('prefix')).not.toHaveClass('active');
    // Paths match as routes do, whatever the case; the href stays as written.
    expect(link('users')).toHaveAttribute('aria-current', 'page');
    expect(link('users')).toHaveAttribute('href', '/ADMIN/users?year=2021');
  });
});

describe('Link', () => {
  it('adds to history, except when it leads where the reader already is', async () => {
    const user = userEvent.setup();
    const { source, writes } = recordingAddress('/?year=2020');
    render(
      <AddressRouter source={source}>
        <Link to="/?year=2020">here</Link>
        <Link to="/review?year=2020">review</Link>
        <Shown />
      </AddressRouter>,
    );
    await user.click(screen.getByRole('link', { name: 'here' }));
    await user.click(screen.getByRole('link', { name: 'review' }));
    expect(writes).toEqual([
      { to: '/?year=2020', replace: true },
      { to: '/review?year=2020', replace: false },
    ]);
    expect(screen.getByRole('status', { name: 'address' })).toHaveTextContent('/review?year=2020');
  });
});

function Params() {
  const { code } = useParams();
  return <p>code: {code}</p>;
}

describe('useParams', () => {
  it('gives each parameter decoded, `/` and `?` included', () => {
    render(
      <AddressRouter source={memoryAddress('/catalogue/a%2Fb%3Fc%20d')}>
        <Switch>
          <Route path="/catalogue/:code">
            <Params />
          </Route>
        </Switch>
      </AddressRouter>,
    );
    expect(screen.getByText('code: a/b?c d')).toBeInTheDocument();
  });
});

function YearButtons() {
  const [params, setParams] = useSearchParams();
  return (
    <>
      <button
        type="button"
        onClick={() =>
          setParams(
            (current) => {
              current.set('year', '2021');
              return current;
            },
            { replace: true },
          )
        }
      >
        next year
      </button>
      <button type="button" onClick={() => setParams(new URLSearchParams())}>
        clear
      </button>
      <p>year: {params.get('year')}</p>
    </>
  );
}

describe('useSearchParams', () => {
  it('changes the query on this path, keeping its other values, dropping the fragment, and a `?` with nothing after it', async () => {
    const user = userEvent.setup();
    const { source, writes } = recordingAddress('/indicators/dti-rank?year=2020&lang=en#method');
    render(
      <AddressRouter source={source}>
        <YearButtons />
      </AddressRouter>,
    );
    await user.click(screen.getByRole('button', { name: 'next year' }));
    expect(screen.getByText('year: 2021')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'clear' }));
    expect(writes).toEqual([
      { to: '/indicators/dti-rank?year=2021&lang=en', replace: true },
      { to: '/indicators/dti-rank', replace: false },
    ]);
  });
});

describe('a change of page', () => {
  it('keeps the page on screen while the next one’s code loads, rather than a loading state', async () => {
    // The sign-in page's code arrives when the test lets it, as its chunk does on a slow line.
    vi.resetModules();
    let asked = () => {};
    let arrive = () => {};
    const requested = new Promise<void>((resolve) => (asked = resolve));
    const arrived = new Promise<void>((resolve) => (arrive = resolve));
    vi.doMock('../features/session/SignInPage', async (importOriginal) => {
      asked();
      await arrived;
      return importOriginal();
    });
    const { mockFetch } = await import('../../test/api');
    const { renderApp } = await import('../../test/render');
    mockFetch();
    const { location } = renderApp('/?year=2020');
    const heading = await screen.findByRole('heading', { level: 2, name: 'Kết quả năm 2020' });

    const signIn = await screen.findByRole('link', { name: 'Đăng nhập' });
    await act(async () => signIn.click());
    await requested;
    expect(heading).toBeVisible();
    expect(screen.queryByText('Đang tải số liệu…')).toBeNull();

    arrive();
    expect(await screen.findByRole('heading', { name: 'Đăng nhập để nhập và duyệt số liệu' })).toBeVisible();
    expect(location().pathname).toBe('/sign-in');
  });
});

/**
 * Issue 20's "done when": a device opens /screen and shows a code; an admin in another browser
 * pairs it from the screens page; the device starts its playlist without a token typed; the admin's
 * page shows it online, then "last seen" once it closes; a reload sent from the page reloads it.
 */
import { describe, expect, it } from 'vitest';
import { createScreen, signIn } from '../support/kpi-api.js';
import { FULL_HD } from '../support/browser.js';
import { people } from '../support/people.js';

const ADMIN_PASSWORD = 'e2e-admin-password-7';

const site = people({
  adminPassword: ADMIN_PASSWORD,
  async setUp(server) {
    const admin = await signIn(server.url, 'admin', ADMIN_PASSWORD);
    await createScreen(admin, { name: 'Phòng họp tầng 2', secondsPerSlide: 600, playlist: [{ type: 'headline' }] });
  },
});

describe('pairing a screen by its code', () => {
  it('pairs a device from the admin’s page, shows it online then last seen, and reloads it from afar', async () => {
    const deviceBrowser = await site.newBrowser({ viewport: FULL_HD });
    const device = await deviceBrowser.context.newPage();
    await device.goto(`${site.server.url}/screen`);
    const code = await device.getByTestId('pairing-code').innerText({ timeout: 10_000 });
    expect(code).toMatch(/^[2-9A-HJKMNP-Z]{3}-[2-9A-HJKMNP-Z]{4}$/);

    const admin = await site.signedIn('admin', '/admin/screens');
    const form = admin.getByRole('form', { name: 'Ghép nối một màn hình mới' });
    await form.getByRole('textbox', { name: 'Mã ghép nối' }).fill(code.toLowerCase());
    await form.getByRole('combobox', { name: 'Màn hình' }).selectOption({ label: 'Phòng họp tầng 2' });
    await form.getByRole('button', { name: 'Ghép nối' }).click();
    await form.getByText('Đã ghép nối với “Phòng họp tầng 2”.', { exact: false }).waitFor();

    // The device starts its playlist on its own, and keeps its token for the next start.
    await device.getByRole('heading', { name: /^Kết quả nổi bật năm/ }).waitFor({ timeout: 15_000 });
    expect(device.url()).toBe(`${site.server.url}/screen`);
    expect(await device.evaluate(() => JSON.parse(localStorage.getItem('kpi.screen') ?? 'null'))).toMatchObject({ id: 1 });

    const row = admin.getByRole('row', { name: /Phòng họp tầng 2/ });
    await row.getByText('Đang hiển thị').waitFor({ timeout: 15_000 });
    await row.getByText('1920×1080', { exact: false }).waitFor({ timeout: 15_000 });

    // A reload from the admin's page reloads the device: a new page load. Awaited from before the
    // click, as the device may reload before the admin's page says the command went.
    const reloaded = device.waitForEvent('load', { timeout: 15_000 });
    await row.getByRole('button', { name: 'Tải lại màn hình Phòng họp tầng 2' }).click();
    await row.getByText('Đã gửi lệnh.').waitFor();
    await reloaded;
    await device.getByRole('heading', { name: /^Kết quả nổi bật năm/ }).waitFor({ timeout: 15_000 });

    // The device goes: the page says when it was last seen.
    await deviceBrowser.close();
    await row.getByText(/^Lần cuối:/).waitFor({ timeout: 30_000 });
  });
});

import type { Role } from '@kpi/shared';

/** Vietnamese words of sign-in, the header's page links and the roles. */
export const viSession = {
  nav: {
    label: 'Các trang',
    overview: 'Tổng quan',
    review: 'Báo cáo năm',
    entry: 'Nhập số liệu',
    import: 'Nhập từ tệp',
    approval: 'Duyệt',
    catalogue: 'Danh mục chỉ tiêu',
    admin: 'Quản trị',
  },
  roles: {
    viewer: 'Người xem',
    analyst: 'Chuyên viên nhập liệu',
    approver: 'Người duyệt',
    admin: 'Quản trị viên',
  } satisfies Record<Role, string>,
  session: {
    signIn: 'Đăng nhập',
    signingIn: 'Đang đăng nhập…',
    account: 'Tài khoản của tôi: thư điện tử',
    signOut: 'Đăng xuất',
    signInTitle: 'Đăng nhập để nhập và duyệt số liệu',
    username: 'Tên đăng nhập',
    password: 'Mật khẩu',
    badCredentials: 'Sai tên đăng nhập hoặc mật khẩu.',
    rateLimited: 'Đăng nhập sai quá nhiều lần. Vui lòng đợi một phút rồi thử lại.',
    retryInSeconds: (seconds: string) => `Đăng nhập sai quá nhiều lần. Vui lòng đợi ${seconds} giây rồi thử lại.`,
    retryAfter: (time: string) => `Đăng nhập sai quá nhiều lần nên tạm bị khoá. Vui lòng thử lại sau ${time}.`,
    failed: (message: string) => `Không đăng nhập được: ${message}`,
    noPermissionTitle: 'Không có quyền truy cập',
    noPermission: (needed: string, yours: string) => `Trang này dành cho vai trò “${needed}” trở lên; tài khoản của bạn là “${yours}”.`,
  },
};

import type { OrgUnitKind } from '@kpi/shared';

/** The admins' organisation units page (`t.unitsAdmin`). */
export const unitsAdmin = {
  tab: 'Đơn vị hành chính',
  caption: (communes: string, all: string) => `${communes} xã, phường đang có hiệu lực (${all} đơn vị, kể cả tỉnh và đơn vị cũ)`,
  showFormer: 'Hiện cả đơn vị cũ (trước 1/7/2025)',
  name: 'Tên',
  code: 'Mã',
  kind: 'Loại',
  parent: 'Trực thuộc',
  validity: 'Hiệu lực',
  since: (date: string) => `từ ${date}`,
  until: (date: string) => `đến ${date}`,
  always: 'không giới hạn',
  nameCheck: 'Tên',
  checked: 'Đã đối chiếu văn bản',
  unchecked: 'Chưa đối chiếu văn bản',
  markChecked: (name: string) => `Đánh dấu tên “${name}” đã đối chiếu`,
  formedFrom: (names: string) => `Hợp thành từ: ${names}`,
  kinds: {
    province: 'Tỉnh',
    city: 'Thành phố',
    district: 'Huyện',
    ward: 'Phường',
    commune: 'Xã',
    town: 'Thị trấn',
  } satisfies Record<OrgUnitKind, string>,
  /** A unit as people name it: the kind word, then the name ("Phường Tam Thanh"). */
  unitName: (kind: string, name: string) => `${kind} ${name}`,
  newUnit: 'Thêm đơn vị',
  codeHint: 'Chữ thường không dấu, số, gạch ngang; ví dụ tam-thanh',
  validFrom: 'Có hiệu lực từ ngày',
  noParent: '— (không trực thuộc)',
  create: 'Thêm đơn vị',
  created: (name: string) => `Đã thêm ${name}.`,
  conflict: 'Đơn vị vừa được người khác sửa; danh sách đã tải lại, hãy thử lại.',
};

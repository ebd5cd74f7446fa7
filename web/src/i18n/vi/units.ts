import type { OrgUnitKind } from '@kpi/shared';

/** Vietnamese words of the indicator page's breakdown by commune and ward. */
export const viUnits = {
  /** Units as people name them everywhere: the kind word, then the name ("Phường Tam Thanh"). */
  orgUnits: {
    kinds: { province: 'Tỉnh', city: 'Thành phố', district: 'Huyện', ward: 'Phường', commune: 'Xã', town: 'Thị trấn' } satisfies Record<OrgUnitKind, string>,
    name: (kind: string, name: string) => `${kind} ${name}`,
  },
  unitBreakdown: {
    heading: 'Theo xã, phường',
    reported: (reported: string, expected: string) => `${reported}/${expected} xã, phường đã báo cáo`,
    reportedDistricts: (reported: string, expected: string) => `${reported}/${expected} huyện, thành phố đã báo cáo`,
    computed: 'Toàn tỉnh tính từ các xã, phường',
    computedNote: 'Số tính toán: tổng tử số trên tổng mẫu số của các đơn vị đã báo cáo',
    computedSumNote: 'Số tính toán: tổng số liệu của các đơn vị đã báo cáo',
    entered: 'Toàn tỉnh theo số liệu nhập',
    noEntered: 'Chưa nhập số liệu toàn tỉnh',
    mismatch: 'Chênh lệch giữa số nhập và số tính từ các xã, phường',
    agree: 'Khớp với số tính từ các xã, phường',
    tableCaption: (year: number) => `Xếp hạng xã, phường năm ${year}, đơn vị chậm nhất trước`,
    colRank: 'Thứ tự',
    colUnit: 'Xã, phường',
    colFigure: 'Số liệu',
    colTarget: 'Mục tiêu',
    colStatus: 'Đánh giá',
    colChange: 'Thay đổi so với năm trước',
    ownTarget: 'mục tiêu riêng',
    provinceTarget: 'mục tiêu của tỉnh',
    notReported: 'Chưa báo cáo',
    behindMark: 'Một trong năm đơn vị chậm nhất',
    chartLabel: (year: number, target: string | null) =>
      target ? `Số liệu các xã, phường năm ${year} so với mục tiêu ${target} (đường đứt nét)` : `Số liệu các xã, phường năm ${year}`,
    chartTarget: 'Mục tiêu',
    chartValue: 'Số liệu',
  },
};

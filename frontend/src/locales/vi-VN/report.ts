export default {
  title: 'Báo cáo thống kê',
  intro:
    'Các biểu thống kê cơ bản về đảng viên và tổ chức đảng (theo mẫu Biểu 1–4-TCTW), cho một tổ chức đảng và các tổ chức trực thuộc, tại ngày số liệu. Cùng tham số luôn cho cùng tệp.',
  filter: {
    kind: 'Mẫu báo cáo',
    orgUnit: 'Tổ chức đảng',
    date: 'Ngày số liệu',
    dateHint: 'Mặc định: 31/12 khi đã đến, nếu không là hôm nay.',
  },
  column: {
    no: 'STT',
  },
  download: {
    xlsx: 'Tải Excel',
    pdf: 'Tải PDF',
    members: 'Danh sách đảng viên (Excel)',
    progress: 'Đang tạo tệp…',
  },
  membersFile: 'Danh sách đảng viên {date}.xlsx',
  loading: 'Đang tổng hợp số liệu…',
};

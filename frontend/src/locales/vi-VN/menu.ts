export default {
  home: 'Trang chủ',
  org: {
    tree: 'Tổ chức đảng',
  },
  member: {
    import: 'Nhập đảng viên',
    list: 'Đảng viên',
    deadlines: 'Đến hạn, quá hạn',
    detail: 'Hồ sơ đảng viên',
  },
  fee: {
    ledger: 'Đảng phí',
  },
  badge: {
    list: 'Huy hiệu Đảng',
  },
  meeting: {
    list: 'Sinh hoạt chi bộ',
    detail: 'Cuộc họp chi bộ',
    attendance: 'Thống kê dự họp',
  },
  document: {
    list: 'Văn bản',
    detail: 'Chi tiết văn bản',
    create: 'Tạo văn bản',
    edit: 'Sửa văn bản',
  },
  inspection: {
    cases: 'Kiểm tra, giám sát',
    detail: 'Hồ sơ kiểm tra',
    denunciations: 'Tố cáo trong Đảng',
    denunciation: 'Đơn tố cáo',
    plans: 'Kế hoạch kiểm tra',
    plan: 'Kế hoạch',
    summary: 'Báo cáo tổng hợp',
  },
  evaluation: {
    board: 'Đánh giá, xếp loại',
  },
  report: {
    list: 'Báo cáo thống kê',
  },
  statistics: {
    page: 'Thống kê',
    movements: 'Biến động đảng viên',
  },
  programme: {
    list: 'Chương trình công tác',
    detail: 'Chương trình công tác',
  },
  conference: {
    list: 'Hội nghị',
    detail: 'Hội nghị',
    programme: 'Chương trình toàn khóa',
  },
  congress: {
    list: 'Đại hội đảng',
    detail: 'Đại hội',
  },
  grassroots: {
    page: 'Đi cơ sở',
  },
  election: {
    list: 'Bầu cử',
    detail: 'Cuộc bầu cử',
    count: 'Nhập phiếu bầu',
    results: 'Kết quả bầu cử',
    vote: 'Bỏ phiếu điện tử',
  },
  petition: {
    inbox: 'Đơn thư, tiếp công dân',
    detail: 'Chi tiết đơn thư',
  },
  feedback: {
    list: 'Ý kiến đảng viên',
  },
  account: {
    me: 'Thông tin của tôi',
    totp: 'Xác thực hai bước',
  },
  admin: {
    audit: 'Nhật ký truy cập',
    accounts: 'Tài khoản',
    holidays: 'Lịch ngày nghỉ',
  },
  navigation: 'Điều hướng chính',
};

export default {
  title: 'Đánh giá, xếp loại chất lượng',
  intro:
    'Đảng viên tự đánh giá, chi bộ nhận xét và đề xuất mức xếp loại, cấp ủy quyết định theo từng tổ chức cơ sở đảng (QĐ 366-QĐ/TW, Điều 11), rồi công bố kết quả.',
  cycle: {
    label: 'Đợt đánh giá',
    none: 'Chưa có đợt đánh giá nào trong phạm vi của bạn.',
    option: '{period} {year} · {unit} · {state}',
    decision: 'Quyết định số {number} ngày {date}',
  },
  period: {
    YEAR: 'Năm',
    Q1: 'Quý I',
    Q2: 'Quý II',
    Q3: 'Quý III',
    Q4: 'Quý IV',
    TERM: 'Nhiệm kỳ',
  },
  state: {
    OPEN: 'Đã mở',
    SELF_ASSESSMENT: 'Tự đánh giá',
    APPRAISAL: 'Chi bộ đánh giá',
    DECIDED: 'Đã quyết định',
    PUBLISHED: 'Đã công bố',
  },
  level: {
    EXCELLENT: 'Hoàn thành xuất sắc nhiệm vụ',
    GOOD: 'Hoàn thành tốt nhiệm vụ',
    COMPLETED: 'Hoàn thành nhiệm vụ',
    NOT_COMPLETED: 'Không hoàn thành nhiệm vụ',
  },
  column: {
    name: 'Họ và tên',
    self: 'Tự đánh giá',
    score: 'Điểm chi bộ',
    allowed: 'Mức tối đa theo kết quả',
    proposed: 'Chi bộ đề xuất',
    decided: 'Cấp ủy quyết định',
    actions: 'Thao tác',
  },
  self: {
    none: 'Chưa tự đánh giá',
    comment: 'Bản tự kiểm điểm',
  },
  disqualified: 'Buộc không hoàn thành',
  counter: {
    selfAssessed: 'Đã tự đánh giá',
    proposed: 'Chi bộ đã đề xuất',
    decided: 'Đã quyết định',
  },
  quota: {
    over: 'Vượt tỷ lệ hoàn thành xuất sắc nhiệm vụ',
    within: 'Trong tỷ lệ hoàn thành xuất sắc nhiệm vụ',
    text: '{unit}: {excellent} xuất sắc / tối đa {allowed} ({percent}% của {good} đảng viên hoàn thành tốt trở lên)',
    rule: 'Căn cứ: {rule}',
  },
  decide: {
    button: 'Quyết định xếp loại',
    confirm: 'Quyết định mức xếp loại theo đề xuất của chi bộ?',
    submit: 'Quyết định',
    done: 'Đã quyết định xếp loại cho {unit}.',
  },
  action: {
    appraise: 'Nhận xét, đề xuất',
    advance: 'Chuyển sang: {state}',
  },
  appraisal: {
    title: 'Chi bộ đánh giá: {name}',
    submit: 'Lưu đề xuất',
    score: 'Điểm (thang 100)',
    tasksTotal: 'Tổng số nhiệm vụ',
    tasksExceeding: 'Số nhiệm vụ vượt yêu cầu',
    tasksLate: 'Số nhiệm vụ chậm tiến độ',
    level: 'Mức xếp loại đề xuất',
    remark: 'Nhận xét của chi bộ',
  },
  advance: {
    title: 'Chuyển đợt đánh giá sang bước: {state}',
    submit: 'Xác nhận',
    decisionNumber: 'Số quyết định',
    decisionDate: 'Ngày quyết định',
    hint: {
      OPEN: 'Đợt đánh giá được mở cho các chi bộ trong phạm vi.',
      SELF_ASSESSMENT: 'Đảng viên bắt đầu tự đánh giá, xếp loại trên sổ tay.',
      APPRAISAL: 'Chi bộ nhận xét và đề xuất mức xếp loại cho từng đảng viên.',
      DECIDED:
        'Ghi nhận quyết định xếp loại của cấp có thẩm quyền; mọi đảng viên phải đã có mức được quyết định.',
      PUBLISHED: 'Công bố kết quả: mỗi đảng viên nhận thông báo về mức xếp loại của mình.',
    },
  },
  open: {
    button: 'Mở đợt đánh giá',
    title: 'Mở đợt đánh giá, xếp loại đảng viên',
    submit: 'Mở đợt',
    unit: 'Cấp ủy mở đợt (cho toàn bộ tổ chức trực thuộc)',
    year: 'Năm đánh giá',
  },
  board: {
    title: 'Bảng đánh giá của chi bộ',
    empty: 'Không có đảng viên nào trong đợt này thuộc phạm vi của bạn.',
  },
  chart: {
    title: 'Kết quả theo mức xếp loại',
    label:
      'Biểu đồ kết quả: {excellent} xuất sắc, {good} tốt, {completed} hoàn thành, {notCompleted} không hoàn thành',
  },
};

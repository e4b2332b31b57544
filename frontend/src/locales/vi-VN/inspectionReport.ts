export default {
  title: 'Báo cáo tổng hợp kiểm tra, giám sát',
  intro:
    'Kết quả kiểm tra, giám sát và thi hành kỷ luật của ủy ban kiểm tra và các cấp dưới trong một kỳ, viết theo lối báo cáo của Đảng. Nội dung mật: mỗi lần xem, tải đều được ghi nhật ký.',
  filter: {
    unit: 'Ủy ban kiểm tra (tổ chức đảng)',
    period: 'Kỳ báo cáo',
  },
  pickUnit: 'Hãy chọn tổ chức đảng cần báo cáo.',
  download: {
    pdf: 'Tải PDF',
    xlsx: 'Tải Excel',
    progress: 'Đang tạo tệp…',
  },
  paragraphTitle: 'Tóm tắt',
  organisations: 'Tổ chức đảng',
  members: 'Đảng viên',
  short: {
    organisations: 'TCĐ',
    members: 'ĐV',
  },
  measure: {
    inspected: 'Kiểm tra',
    supervised: 'Giám sát',
    signsOfViolation: 'KT dấu hiệu vi phạm',
    violationFound: 'Có vi phạm',
    disciplined: 'Kỷ luật',
  },
  card: {
    inspected: 'Kiểm tra',
    supervised: 'Giám sát',
    signsOfViolation: 'Kiểm tra khi có dấu hiệu vi phạm',
    violationFound: 'Kết luận có vi phạm',
    share: 'Tỷ lệ: tổ chức đảng {organisations}, đảng viên {members}',
    disciplined: 'Thi hành kỷ luật',
    appeals: 'Khiếu nại kỷ luật',
    appealsDetail: 'Đã giải quyết {decided} · đang giải quyết {pending}',
  },
  cardsHint: 'Số liệu ghi: tổ chức đảng / đảng viên; mỗi đối tượng tính một lần.',
  chart: {
    figures: 'Tổ chức đảng và đảng viên theo nội dung',
    forms: 'Quyết định kỷ luật theo hình thức',
  },
  tableTitle: 'Theo đơn vị',
  column: {
    unit: 'Cấp ủy, ủy ban kiểm tra',
  },
  total: 'Tổng cộng',
  empty: 'Không có số liệu trong kỳ.',
};

export default {
  intro:
    'Câu hỏi và ý kiến đảng viên gửi từ sổ tay tới cấp ủy chi bộ của họ. Câu trả lời được gửi tới đảng viên qua thông báo trong sổ tay.',
  column: {
    createdAt: 'Gửi lúc',
    subject: 'Tiêu đề, người gửi',
    kind: 'Loại',
    state: 'Trạng thái',
  },
  kind: {
    QUESTION: 'Câu hỏi',
    OPINION: 'Ý kiến',
  },
  state: {
    OPEN: 'Chờ trả lời',
    ANSWERED: 'Đã trả lời',
  },
  filter: {
    state: 'Trạng thái',
    all: 'Tất cả',
  },
  empty: 'Không có ý kiến nào.',
  answer: 'Trả lời',
  send: 'Gửi trả lời',
  answeredBy: '{by} trả lời lúc {time}',
};

export default {
  welcome: 'Xin chào, {name}',
  intro: 'Chào mừng đồng chí đến với hệ thống quản lý công tác đảng.',
  roles: 'Vai trò và phạm vi',
  noRoles: 'Tài khoản chưa được phân vai trò.',
  memberCard: 'Thẻ đảng viên',
  totpReminder: 'Tài khoản cán bộ nên bật xác thực hai bước để bảo vệ dữ liệu đảng viên.',
  totpReminderAction: 'Bật ngay',
};

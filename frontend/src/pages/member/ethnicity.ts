import type { MemberView } from '../../api/types';

/**
 * Names of the 54 ethnic groups of Vietnam (the server's `Ethnicity` codes). They are proper names, written the
 * same in every UI language, so they are data rather than translatable text.
 */
const NAMES: Record<MemberView['ethnicity'], string> = {
  KINH: 'Kinh',
  TAY: 'Tày',
  THAI: 'Thái',
  MUONG: 'Mường',
  KHMER: 'Khmer',
  HOA: 'Hoa',
  NUNG: 'Nùng',
  HMONG: "H'Mông",
  DAO: 'Dao',
  GIA_RAI: 'Gia Rai',
  E_DE: 'Ê Đê',
  BA_NA: 'Ba Na',
  SAN_CHAY: 'Sán Chay',
  CHAM: 'Chăm',
  CO_HO: 'Cơ Ho',
  XO_DANG: 'Xơ Đăng',
  SAN_DIU: 'Sán Dìu',
  HRE: 'Hrê',
  RA_GLAI: 'Ra Glai',
  MNONG: 'Mnông',
  THO: 'Thổ',
  XTIENG: 'Xtiêng',
  KHO_MU: 'Khơ Mú',
  BRU_VAN_KIEU: 'Bru - Vân Kiều',
  CO_TU: 'Cơ Tu',
  GIAY: 'Giáy',
  TA_OI: 'Tà Ôi',
  MA: 'Mạ',
  GIE_TRIENG: 'Giẻ Triêng',
  CO: 'Co',
  CHO_RO: 'Chơ Ro',
  XINH_MUN: 'Xinh Mun',
  HA_NHI: 'Hà Nhì',
  CHU_RU: 'Chu Ru',
  LAO: 'Lào',
  LA_CHI: 'La Chí',
  KHANG: 'Kháng',
  PHU_LA: 'Phù Lá',
  LA_HU: 'La Hủ',
  LA_HA: 'La Ha',
  PA_THEN: 'Pà Thẻn',
  LU: 'Lự',
  NGAI: 'Ngái',
  CHUT: 'Chứt',
  LO_LO: 'Lô Lô',
  MANG: 'Mảng',
  CO_LAO: 'Cơ Lao',
  BO_Y: 'Bố Y',
  CONG: 'Cống',
  SI_LA: 'Si La',
  PU_PEO: 'Pu Péo',
  RO_MAM: 'Rơ Măm',
  BRAU: 'Brâu',
  O_DU: 'Ơ Đu',
};

export function ethnicityName(code: MemberView['ethnicity']): string {
  return NAMES[code] ?? code;
}

/** Every code, in the order of the server's enum (the most numerous groups first). */
export const ETHNICITIES = Object.keys(NAMES) as MemberView['ethnicity'][];

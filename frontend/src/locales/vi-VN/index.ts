import account from './account';
import admin from './admin';
import auth from './auth';
import badge from './badge';
import calendar from './calendar';
import common from './common';
import conference from './conference';
import congress from './congress';
import denunciation from './denunciation';
import document from './document';
import election from './election';
import evaluation from './evaluation';
import fee from './fee';
import feedback from './feedback';
import grassroots from './grassroots';
import handbook from './handbook';
import home from './home';
import inspection from './inspection';
import inspectionReport from './inspectionReport';
import meeting from './meeting';
import member from './member';
import memberFile from './memberFile';
import menu from './menu';
import movements from './movements';
import org from './org';
import petition from './petition';
import programme from './programme';
import report from './report';
import statistics from './statistics';

/** Vietnamese, the default language and the reference shape of every other bundle. */
const viVN = {
  common,
  menu,
  auth,
  home,
  org,
  member,
  memberFile,
  account,
  admin,
  calendar,
  badge,
  meeting,
  document,
  evaluation,
  report,
  statistics,
  movements,
  handbook,
  feedback,
  fee,
  petition,
  programme,
  inspection,
  denunciation,
  inspectionReport,
  grassroots,
  conference,
  election,
  congress,
};

export default viVN;

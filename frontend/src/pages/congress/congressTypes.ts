import type { BodyOf, ResponseOf } from '../../api/types';

export type Congress = ResponseOf<'/api/v1/congresses/{id}', 'get'>;
export type CongressKind = Congress['kind'];
export type CongressStatus = Congress['status'];
export type SeasonStatus = Congress['seasonStatus'];
export type DelegateList = ResponseOf<'/api/v1/congresses/{id}/delegates', 'get'>;
export type Delegate = DelegateList['delegates'][number];
export type DelegateCategory = Delegate['category'];
export type CongressDocument = ResponseOf<'/api/v1/congresses/{id}/documents', 'get'>[number];
export type SeasonProgress = ResponseOf<'/api/v1/congresses/progress', 'get'>;
export type SeasonLevel = SeasonProgress['total'];
export type MissingUnit = ResponseOf<'/api/v1/congresses/progress/missing', 'get'>[number];
export type PlanBody = BodyOf<'/api/v1/congresses', 'post'>;
export type AnnounceBody = BodyOf<'/api/v1/congresses/{id}/announcement', 'post'>;
export type HoldBody = BodyOf<'/api/v1/congresses/{id}/holding', 'post'>;
export type ApproveBody = BodyOf<'/api/v1/congresses/{id}/approval', 'post'>;
export type DelegateBody = BodyOf<'/api/v1/congresses/{id}/delegates', 'post'>;

import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, request } from '../../api/http';
import type {
  CreatePlanBody,
  EditPlanBody,
  PlanActivity,
  PlanPage,
  PlanView,
  SavePlanItemBody,
} from './planTypes';
import { inspectionKeys } from './useInspectionQueries';

export interface PlanFilter {
  year?: number;
  activity?: PlanActivity;
  page: number;
  size: number;
}

export const planKeys = {
  all: [...inspectionKeys.all, 'plans'] as const,
  list: (filter: PlanFilter) => [...planKeys.all, 'list', filter] as const,
  detail: (id: string) => [...planKeys.all, 'plan', id] as const,
};

export function usePlans(filter: PlanFilter) {
  return useQuery({
    queryKey: planKeys.list(filter),
    queryFn: ({ signal }) =>
      request(
        api.GET('/api/v1/inspection-plans', {
          params: {
            query: { year: filter.year, activity: filter.activity, page: filter.page, size: filter.size },
          },
          signal,
        }),
      ) as Promise<PlanPage>,
    placeholderData: keepPreviousData,
  });
}

/** Every read is audited on the server: the plan is read again only after a write. */
export function usePlan(id: string) {
  return useQuery({
    queryKey: planKeys.detail(id),
    queryFn: () =>
      request(api.GET('/api/v1/inspection-plans/{id}', { params: { path: { id } } })) as Promise<PlanView>,
    staleTime: 5 * 60_000,
  });
}

/** A write answers the plan's view: it replaces the cached plan and the lists are read again. */
function usePlanWrite<T>(write: (body: T) => Promise<PlanView>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: write,
    onSuccess: (view) => {
      client.setQueryData(planKeys.detail(view.id), view);
      client.invalidateQueries({ queryKey: [...planKeys.all, 'list'] });
    },
  });
}

export function useCreatePlan() {
  return usePlanWrite(
    (body: CreatePlanBody) => request(api.POST('/api/v1/inspection-plans', { body })) as Promise<PlanView>,
  );
}

export function useEditPlan(id: string) {
  return usePlanWrite(
    (body: EditPlanBody) =>
      request(
        api.PUT('/api/v1/inspection-plans/{id}', { params: { path: { id } }, body }),
      ) as Promise<PlanView>,
  );
}

export function useAddItem(id: string) {
  return usePlanWrite(
    (body: SavePlanItemBody) =>
      request(
        api.POST('/api/v1/inspection-plans/{id}/items', { params: { path: { id } }, body }),
      ) as Promise<PlanView>,
  );
}

export function useEditItem(id: string) {
  return usePlanWrite(
    ({ itemId, body }: { itemId: string; body: SavePlanItemBody }) =>
      request(
        api.PUT('/api/v1/inspection-plans/{id}/items/{itemId}', { params: { path: { id, itemId } }, body }),
      ) as Promise<PlanView>,
  );
}

export function useDeleteItem(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (itemId: string) =>
      request(
        api.DELETE('/api/v1/inspection-plans/{id}/items/{itemId}', { params: { path: { id, itemId } } }),
      ),
    onSuccess: () => {
      client.invalidateQueries({ queryKey: planKeys.detail(id) });
      client.invalidateQueries({ queryKey: [...planKeys.all, 'list'] });
    },
  });
}

/** A case opened from an item moves the item on the board: the plan is read again. */
export function useInvalidatePlan() {
  const client = useQueryClient();
  return (id: string) => {
    client.invalidateQueries({ queryKey: planKeys.detail(id) });
    client.invalidateQueries({ queryKey: [...planKeys.all, 'list'] });
  };
}

import { notifications } from "@mantine/notifications";
import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { isApiError } from "../../api/client";
import { dealKeys } from "../../api/deals";
import {
  createLead,
  fetchCallList,
  fetchHandoffTargets,
  fetchLead,
  fetchLeads,
  type HandoffRequest,
  handOffLead,
  type Lead,
  type LeadCreate,
  type LeadDetail,
  type LeadListParams,
  type LeadPatch,
  leadKeys,
  patchLead,
} from "../../api/leads";
import { showError } from "../../api/query-client";

export function useLeads(params: LeadListParams) {
  return useQuery({
    queryKey: leadKeys.list(params),
    queryFn: ({ signal }) => fetchLeads(params, signal),
    placeholderData: keepPreviousData,
  });
}

export function useLead(id: string | undefined) {
  return useQuery({
    queryKey: leadKeys.detail(id ?? "none"),
    queryFn: ({ signal }) => fetchLead(id ?? "", signal),
    enabled: Boolean(id),
  });
}

export function useCallList(userId: string | undefined) {
  return useQuery({
    queryKey: leadKeys.callList(userId),
    queryFn: ({ signal }) => fetchCallList(userId, signal),
  });
}

export function useHandoffTargets(enabled = true) {
  return useQuery({
    queryKey: leadKeys.handoffTargets,
    queryFn: ({ signal }) => fetchHandoffTargets(signal),
    staleTime: 5 * 60_000,
    enabled,
  });
}

/** After a lead changed: its page keeps its activities and timeline until they are read again. */
function useLeadChanged() {
  const queryClient = useQueryClient();
  return (lead: Lead) => {
    queryClient.setQueryData<LeadDetail>(leadKeys.detail(lead.id), (old) =>
      old ? { ...old, ...lead } : old,
    );
    void queryClient.invalidateQueries({ queryKey: leadKeys.detail(lead.id) });
    void queryClient.invalidateQueries({ queryKey: leadKeys.lists });
    void queryClient.invalidateQueries({ queryKey: leadKeys.callLists });
  };
}

export function useCreateLead() {
  const { t } = useTranslation();
  const changed = useLeadChanged();
  return useMutation({
    mutationFn: (body: LeadCreate) => createLead(body),
    onSuccess: (lead) => {
      changed(lead);
      notifications.show({ color: "teal", message: t("leads.create.created", { name: lead.companyName }) });
    },
    meta: { handlesErrors: true },
  });
}

/**
 * Saves a change of the lead with the version it was read at. When someone else saved it first
 * (409), the page loads their version and says so: the change is not applied.
 */
export function useUpdateLead(id: string) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const changed = useLeadChanged();
  return useMutation({
    mutationFn: (patch: LeadPatch) => patchLead(id, patch),
    onSuccess: (lead) => {
      changed(lead);
      notifications.show({ color: "teal", message: t("leads.saved") });
    },
    onError: (error) => {
      if (isApiError(error, "VERSION_CONFLICT")) {
        void queryClient.invalidateQueries({ queryKey: leadKeys.detail(id) });
        notifications.show({
          color: "orange",
          title: error.message,
          message: t("leads.conflictReloaded"),
          autoClose: 8000,
        });
        return;
      }
      showError(error);
    },
    meta: { handlesErrors: true },
  });
}

/** Hands the lead off to field sales; the new deal comes back. */
export function useHandOff(leadId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: HandoffRequest) => handOffLead(leadId, body),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: leadKeys.all });
      void queryClient.invalidateQueries({ queryKey: dealKeys.all });
      void queryClient.invalidateQueries({ queryKey: dealKeys.boards });
    },
    onError: (error) => {
      // Someone handed it off meanwhile: show the lead as it is now.
      if (isApiError(error, "LEAD_ALREADY_HANDED_OFF"))
        void queryClient.invalidateQueries({ queryKey: leadKeys.detail(leadId) });
    },
    meta: { handlesErrors: true },
  });
}

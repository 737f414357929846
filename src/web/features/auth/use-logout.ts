import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useNavigate } from "react-router";
import { logout, meKey } from "../../api/auth";

export function useLogout() {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  return useMutation({
    mutationFn: logout,
    // Leave even if the server call failed: the user asked to go.
    onSettled: () => {
      queryClient.clear();
      queryClient.setQueryData(meKey, null);
      void navigate("/login", { replace: true });
    },
    meta: { handlesErrors: true },
  });
}

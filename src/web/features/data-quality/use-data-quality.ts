import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { type DataQualityParams, dataQualityKeys, fetchDataQuality } from "../../api/data-quality";

export function useDataQuality(params: DataQualityParams) {
  return useQuery({
    queryKey: dataQualityKeys.scope(params),
    queryFn: ({ signal }) => fetchDataQuality(params, signal),
    placeholderData: keepPreviousData,
  });
}

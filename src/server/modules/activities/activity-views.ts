// An activity row with its names as the API answers it.
import type { Activity } from "../../../contract/activities";
import type { ActivityRepository } from "./activities.repository";

type View = NonNullable<Awaited<ReturnType<ActivityRepository["findView"]>>>;

export const toActivity = ({ activity, ownerName, dealName, accountName }: View): Activity => ({
  ...activity,
  occurredAt: activity.occurredAt.toISOString(),
  ownerName,
  dealName,
  accountName,
});

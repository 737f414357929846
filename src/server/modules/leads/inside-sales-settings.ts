// The org's inside-sales rules as the services use them: the stored settings with their defaults,
// and the business hours in the org's time zone.
import type { BusinessHours } from "../../../domain/inside-sales/business-hours";
import {
  type InsideSalesSettings,
  insideSalesSettingsOf,
} from "../../../domain/inside-sales/inside-sales-settings";
import type { DirectoryRepository } from "../directory/directory.repository";

export type InsideSalesRules = InsideSalesSettings & { hours: BusinessHours };

export async function insideSalesRules(directory: DirectoryRepository): Promise<InsideSalesRules> {
  const org = await directory.orgSettings();
  const settings = insideSalesSettingsOf(org?.insideSales);
  return { ...settings, hours: { ...settings.businessHours, timeZone: org?.timeZone ?? "Asia/Tokyo" } };
}

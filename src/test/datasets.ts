// The public CRM exports of ../shared/datasets, read where they are (never copied into the project):
// beside the checkout, or where SUSUMU_DATASETS_DIR says, or at the workspace's fixed place for a
// checkout made elsewhere (CI clones to a temporary folder).
import { existsSync } from "node:fs";
import path from "node:path";

const candidates = [
  process.env.SUSUMU_DATASETS_DIR,
  path.resolve(import.meta.dirname, "../../../shared/datasets"),
  "/work/shared/datasets",
].filter((dir): dir is string => typeof dir === "string");

export const datasetsDir = candidates.find((dir) => existsSync(dir));

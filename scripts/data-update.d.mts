export const CENSUS_HEADER: readonly string[];
export class UpdateError extends Error {}
export interface UpdateResult {
  latest: string;
  vintage: string;
  newMonths: string[];
  changedMonths: string[];
  changedYears: string[];
  revisions: { update_date: string; period: string; field: string; old: string; new: string }[];
  written: string[];
}
export function updateData(options: {
  workbook: string;
  dataDir: string;
  date?: string;
  vintage?: string;
}): Promise<UpdateResult>;

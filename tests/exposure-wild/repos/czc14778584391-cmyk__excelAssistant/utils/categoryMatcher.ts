export interface CategoryMatchResult {
export function matchCategoryFromConfig(feeDetail: string, categoricalData: CategoricalDataItem[]): CategoryMatchResult {
export function batchMatchCategories(
export function getAllAvailableCategories(categoricalData: CategoricalDataItem[]): Array<{category1: string, category2: string, category3: string, '收/支': string}> {
export function findBestMatchFromAvailableCategories(

export class PrintExportService {
  static generatePrintHtml(trip: import("@/types").Trip, lang: Lang = "zh"): string {
  <script>
  </script>
  private static generateDayHtml(dayPlan: import("@/types").DayPlan, L: typeof PRINT_L["zh"]): string {
  private static generateActivityHtml(activity: import("@/types").Activity, L: typeof PRINT_L["zh"]): string {

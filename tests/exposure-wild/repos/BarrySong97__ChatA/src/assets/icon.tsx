import { SVGProps } from "react";
export function SolarChatLineBroken(props: SVGProps<SVGSVGElement>) {
export function IconParkSolidAllApplication(props: SVGProps<SVGSVGElement>) {
export function SolarChatLineBold(props: SVGProps<SVGSVGElement>) {
export function ClarityWindowRestoreLine(props: SVGProps<SVGSVGElement>) {
export function PajamasAppearance(props: SVGProps<SVGSVGElement>) {
export function MingcuteMinimizeLine(props: SVGProps<SVGSVGElement>) {
export function ClarityWindowMinLine(props: SVGProps<SVGSVGElement>) {
export function ClarityWindowMaxLine(props: SVGProps<SVGSVGElement>) {
export function ClarityWindowCloseLine(props: SVGProps<SVGSVGElement>) {
export function SolarPlayBold(props: SVGProps<SVGSVGElement>) {
export function SolarImportBold(props: SVGProps<SVGSVGElement>) {
export function SolarAddFolderBold(props: SVGProps<SVGSVGElement>) {
export function SolarTrashBinMinimalisticBold(props: SVGProps<SVGSVGElement>) {
export function SolarPen2Bold(props: SVGProps<SVGSVGElement>) {
export function SolarPinBold(props: SVGProps<SVGSVGElement>) {
export function SolarSettingsBold(props: SVGProps<SVGSVGElement>) {
export function SolarFolderBold(props: SVGProps<SVGSVGElement>) {
export function SolarHamburgerMenuBold(props: SVGProps<SVGSVGElement>) {
export function SolarExportBold(props: SVGProps<SVGSVGElement>) {
export function MaterialSymbolsCheckSmall(props: SVGProps<SVGSVGElement>) {
export function MaterialSymbolsCloseSmall(props: SVGProps<SVGSVGElement>) {
export function SolarCheckCircleBold(props: SVGProps<SVGSVGElement>) {
export const EyeSlashFilledIcon = (props: SVGProps<SVGSVGElement>) => (
export function MaterialSymbolsImageOutline(props: SVGProps<SVGSVGElement>) {
export function SolarRefreshBold(props: SVGProps<SVGSVGElement>) {
export function MdiShare(props: SVGProps<SVGSVGElement>) {
export function SolarMapArrowDownBold(props: SVGProps<SVGSVGElement>) {
export function SolarMapArrowUpBold(props: SVGProps<SVGSVGElement>) {
export function SolarPenBold(props: SVGProps<SVGSVGElement>) {
export function SolarCopyOutline(props: SVGProps<SVGSVGElement>) {
export function SolarCopyBroken(props: SVGProps<SVGSVGElement>) {
export function SolarStopCircleBold(props: SVGProps<SVGSVGElement>) {
export const EyeFilledIcon = (props: SVGProps<SVGSVGElement>) => (
export function SolarQuestionCircleBroken(props: SVGProps<SVGSVGElement>) {
export function IcBaselinePhotoLibrary(props: SVGProps<SVGSVGElement>) {
export function SolarPaperclip2Bold(props: SVGProps<SVGSVGElement>) {
export function MaterialSymbolsGeneratingTokensOutline(
export function CarbonModelAlt(props: SVGProps<SVGSVGElement>) {
export function SolarAddSquareLineDuotone(props: SVGProps<SVGSVGElement>) {
export function SolarAddCircleBold(props: SVGProps<SVGSVGElement>) {
export function MaterialSymbolsAdd(props: SVGProps<SVGSVGElement>) {
export function SolarAddFolderLinear(props: SVGProps<SVGSVGElement>) {
export function SolarRoundArrowUpBold(props: SVGProps<SVGSVGElement>) {
export function SolarQuestionCircleBold(props: SVGProps<SVGSVGElement>) {
export function SolarCloseCircleBold(props: SVGProps<SVGSVGElement>) {
export function SolarAltArrowRightLinear(props: SVGProps<SVGSVGElement>) {
export function SolarEmojiFunnySquareBoldDuotone(
export function SolarHistory2Bold(props: SVGProps<SVGSVGElement>) {
export function SolarMultipleForwardLeftBroken(props: SVGProps<SVGSVGElement>) {
export function SolarMenuDotsBold(props: SVGProps<SVGSVGElement>) {
export function SolarInboxArchiveBold(props: SVGProps<SVGSVGElement>) {
export function SolarSiderbarBold(props: SVGProps<SVGSVGElement>) {
export function MaterialSymbolsToolsWrench(props: SVGProps<SVGSVGElement>) {
export function SolarLogout2Bold(props: SVGProps<SVGSVGElement>) {

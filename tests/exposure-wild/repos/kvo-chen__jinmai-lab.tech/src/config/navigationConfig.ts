export interface NavItem {
export interface NavGroup {
export const coreNavItems: NavItem[] = [
export const cocreationNavItems: NavItem[] = [
export const tianjinNavItems: NavItem[] = [
export const moreNavItems: NavItem[] = [
export const navigationGroups: NavGroup[] = [
export const topNavItems: NavItem[] = [
export const keyboardShortcuts = {

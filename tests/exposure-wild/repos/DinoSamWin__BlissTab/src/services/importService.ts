import { QuickLink } from '../types';
export const fetchChromeBookmarks = async (): Promise<{ title: string; url: string }[]> => {
export const isExtensionInstalled = async (extensionId: string): Promise<boolean> => {
 * Implementation for Infinity import logic.
export const triggerInfinityImport = async (): Promise<{ title: string; url: string }[]> => {
 * Implementation for Start.me import logic.
export const triggerStartMeImport = async (): Promise<{ title: string; url: string }[]> => {
export const formatToQuickLinks = (items: { title: string; url: string }[]): QuickLink[] => {

export type ProfileContentAction = {
export type ProfileContentTag = {
export type ProfileContentStat = {
export type ProfileContentSummary = {
export type ProfileContentInsight = {
export type ProfileContentTimelineItem = {
export type ProfileContentResourceLink = {
export type ProfileContent = {
export const useProfileContent = () => {

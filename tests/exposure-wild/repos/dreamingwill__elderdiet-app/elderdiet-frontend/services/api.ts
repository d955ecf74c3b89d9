import { API_BASE_URL, API_TIMEOUT } from '@/config/api.config';
export const setTokenExpiredHandler = (handler: () => Promise<void>) => {
export interface ApiResponse<T = any> {
export interface LoginResponse {
export interface RegisterResponse {
export interface VerifyRelationshipResponse {
export interface ChangeRoleRequest {
export interface ChangeRoleResponse {
export interface UserInfo {
export interface ProfileData {
export interface ChronicConditionOption {
export interface ProfileCompletenessResult {
export const checkProfileCompleteness = (profile: ProfileData | null): ProfileCompletenessResult => {
export interface ChatMessage {
export interface ChatRequest {
export interface ChatResponse {
export const authAPI = {
export const profileAPI = {
export interface Dish {
export interface MealInfo {
export interface MealPlan {
export interface MealPlanGenerateRequest {
export interface ReplaceDishRequest {
export interface LikeMealPlanRequest {
export interface MealPlanStatsResponse {
export interface HealthArticle {
export interface HealthArticlesResponse {
export const healthAPI = {
export const healthArticlesAPI = {
export const chatAPI = {
export const mealPlanAPI = {
export interface MealRecord {
export interface MealRecordResponse {
export interface LikeInfo {
export interface CommentInfo {
export interface RecordComment {
export interface FamilyLink {
export interface FamilyMember {
export interface TreeStatus {
export interface CreateMealRecordRequest {
export interface CreateCommentRequest {
export interface LinkFamilyRequest {
export interface LinkElderRequest {
export interface AddFamilyMemberRequest {
export interface FeedResponse {
export const mealRecordsAPI = {
export const familyAPI = {
export const gamificationAPI = {
export default {

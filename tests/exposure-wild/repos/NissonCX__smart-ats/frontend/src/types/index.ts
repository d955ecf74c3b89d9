export interface Result<T> {
export interface Page<T> {
export interface LoginRequest {
export interface RegisterRequest {
export interface SendVerificationCodeRequest {
export interface RefreshTokenRequest {
export interface LoginResponse {
export interface UserInfo {
export interface CreateJobRequest {
export interface UpdateJobRequest extends Partial<CreateJobRequest> {
export interface JobResponse {
export type JobStatus = 'DRAFT' | 'PUBLISHED' | 'CLOSED';
export interface JobQueryParams {
export interface ResumeUploadResponse {
export interface BatchUploadResponse {
export interface BatchUploadItem {
export interface TaskStatusResponse {
export interface Resume {
export interface CandidateResponse {
export interface WorkExperienceItem {
export interface ProjectExperienceItem {
export interface CandidateUpdateRequest {
export interface CandidateQueryParams {
export interface SmartSearchRequest {
export interface SmartSearchResponse {
export interface MatchedCandidate {
export interface CreateApplicationRequest {
export interface UpdateApplicationStatusRequest {
export type ApplicationStatus =
export interface ApplicationResponse {
export interface ApplicationQueryParams {
export type InterviewType = 'PHONE' | 'VIDEO' | 'ONSITE' | 'WRITTEN_TEST';
export type InterviewStatus = 'SCHEDULED' | 'COMPLETED' | 'CANCELLED' | 'NO_SHOW';
export type Recommendation = 'STRONG_YES' | 'YES' | 'NEUTRAL' | 'NO' | 'STRONG_NO';
export interface ScheduleInterviewRequest {
export interface SubmitFeedbackRequest {
export interface InterviewResponse {
export interface WebhookCreateRequest {
export interface WebhookResponse {
export const WEBHOOK_EVENTS = [
export type WebhookEventType = (typeof WEBHOOK_EVENTS)[number];
export interface AuditLogQueryRequest {
export interface AuditLogResponse {
export interface AnalyticsQueryRequest {
export interface FunnelStageDTO {
export interface RecruitmentOverviewDTO {
export interface ScoreBreakdown {
export interface MatchScoreResponse {
